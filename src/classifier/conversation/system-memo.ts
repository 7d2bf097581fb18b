/**
 * What a system prompt says, remembered by its text (eleventh pass of issue 11). An application sends the same system
 * prompt with every request, and reading it is a dozen patterns or more each time: whether it declares a coding agent,
 * and the pipeline shape it sets (3–4% of a 100-token decision after "You are a helpful assistant."). Both are functions
 * of the text alone, so a remembered answer is the answer. Bounded: a table that reaches {@link MAX_REMEMBERED_PROMPTS}
 * prompts is emptied. Prompts longer than {@link MAX_REMEMBERED_CHARS} (a coding agent's, 10–30k tokens: twelfth pass)
 * are remembered by content in a {@link TextMemo} of at most {@link MAX_LONG_HELD_CHARS} characters.
 * @module
 */
import { TextMemo } from "../text-memo.js";

/** Longest prompt text remembered (a pipeline's shape is read from up to four prompts of 1,500 characters). */
const MAX_REMEMBERED_CHARS = 6_100;
/**
 * Prompts remembered per question before the table is emptied: at most 128 × 6,100 characters a table (three tables:
 * ~2.3 M characters if every request brings a new long prompt; a few kilobytes for an application's one prompt).
 */
const MAX_REMEMBERED_PROMPTS = 128;
/** Longest prompt remembered at all, and the characters all long prompts together may hold (per question). */
const MAX_LONG_CHARS = 262_144;
const MAX_LONG_HELD_CHARS = 1_048_576;

/** One question asked of system prompts, with its answers by prompt text. */
export class SystemMemo<T> {
  readonly #answers = new Map<string, T>();
  readonly #long: TextMemo<T>;

  constructor(private readonly read: (text: string) => T) {
    this.#long = new TextMemo(read, { minChars: MAX_REMEMBERED_CHARS + 1, maxChars: MAX_LONG_CHARS, maxHeldChars: MAX_LONG_HELD_CHARS, copyTexts: true });
  }

  /** `read(text)`, from memory when this text was read before. */
  answer(text: string): T {
    if (text.length > MAX_REMEMBERED_CHARS) return this.#long.answer(text);
    const answers = this.#answers;
    if (answers.has(text)) return answers.get(text) as T;
    const answer = this.read(text);
    if (answers.size >= MAX_REMEMBERED_PROMPTS) answers.clear();
    // A copy: the text is often a slice of the whole prompt (`cut(text, 1500)`), which would keep that alive.
    answers.set(structuredClone(text), answer);
    return answer;
  }

  /** How many prompts are remembered (for tests). */
  get size(): number {
    return this.#answers.size + this.#long.size;
  }
}
