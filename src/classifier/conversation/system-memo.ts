/**
 * What a system prompt says, remembered by its text (eleventh pass of issue 11). An application sends the same system
 * prompt with every request, and reading it is a dozen patterns or more each time: whether it declares a coding agent,
 * and the pipeline shape it sets (3–4% of a 100-token decision after "You are a helpful assistant."). Both are functions
 * of the text alone, so a remembered answer is the answer. Bounded: prompts longer than {@link MAX_REMEMBERED_CHARS} are
 * read each time, and a table that reaches {@link MAX_REMEMBERED_PROMPTS} prompts is emptied.
 * @module
 */

/** Longest prompt text remembered (a pipeline's shape is read from up to four prompts of 1,500 characters). */
const MAX_REMEMBERED_CHARS = 6_100;
/**
 * Prompts remembered per question before the table is emptied: at most 128 × 6,100 characters a table (three tables:
 * ~2.3 M characters if every request brings a new long prompt; a few kilobytes for an application's one prompt).
 */
const MAX_REMEMBERED_PROMPTS = 128;

/** One question asked of system prompts, with its answers by prompt text. */
export class SystemMemo<T> {
  readonly #answers = new Map<string, T>();

  constructor(private readonly read: (text: string) => T) {}

  /** `read(text)`, from memory when this text was read before. */
  answer(text: string): T {
    if (text.length > MAX_REMEMBERED_CHARS) return this.read(text);
    const answers = this.#answers;
    if (answers.has(text)) return answers.get(text) as T;
    const answer = this.read(text);
    if (answers.size >= MAX_REMEMBERED_PROMPTS) answers.clear();
    answers.set(text, answer);
    return answer;
  }

  /** How many prompts are remembered (for tests). */
  get size(): number {
    return this.#answers.size;
  }
}
