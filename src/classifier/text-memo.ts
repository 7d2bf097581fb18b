/**
 * Answers of a pure function of a text, remembered by the text's content (issue 11, twelfth pass). A coding agent
 * sends the same 10–30k-token system prompt and the same history on every request of a session, each time as new
 * strings from `JSON.parse`, so nothing can be remembered by identity. The key is cheap: the length and 16 characters
 * sampled across the text, mixed into one number; a hit is confirmed with `===` on the whole text (V8 compares the
 * characters natively), so two texts that share a key never share an answer. A key's texts are chained, at most
 * `MAX_CHAIN` of them (newest first): texts made to share a key (same length, same sampled characters) would otherwise
 * make every lookup compare against all of them, a second per request for a body of 4,096 such messages.
 *
 * Bounded: texts shorter than `minChars` or longer than `maxChars` are read each time, and the texts held, each
 * counted with `ENTRY_COST_CHARS` for its entry and answer, add up to at most `maxHeldChars`; past that the least
 * recently used keys are let go first.
 * @module
 */

/** Limits of one memo. */
export interface TextMemoLimits {
  /** Shorter texts are read each time (reading them costs less than remembering them). */
  minChars: number;
  /** Longer texts are read each time. At most 2^21 (the key packs the length above 32 bits of sampled characters). */
  maxChars: number;
  /** Characters held, all texts together. */
  maxHeldChars: number;
  /**
   * Hold a copy of each text, not the text: a slice of a longer string (`prompt.slice(0, 2000)`, and `toLowerCase()`
   * of it when nothing changes) keeps the whole longer string alive while it is held.
   */
  copyTexts?: boolean;
}

interface Entry<T> {
  text: string;
  answer: T;
  /** Another text with the same key. */
  next: Entry<T> | undefined;
}

/** The most texts one key holds; an older one is let go when a newer one comes. */
export const MAX_CHAIN = 4;
/** What an entry costs beside its text, in characters: the entry, its answer (a few small arrays), the map's slot. */
export const ENTRY_COST_CHARS = 256;

/** Every memo made, so all can be emptied at once (`clearTextMemos`). */
const memos = new Set<{ clear(): void }>();

/** Empties every text memo (tests; a library user who wants the memory back). */
export function clearTextMemos(): void {
  for (const memo of memos) memo.clear();
}

/** FNV-1a's 32-bit prime and offset. */
const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;
const SAMPLES = 16;
const TWO_TO_32 = 2 ** 32;

/** The text's key: its length, and 16 characters spread over it (the first and the last among them), FNV-mixed. */
export function textKey(text: string): number {
  const length = text.length;
  let hash = FNV_OFFSET;
  const last = length - 1;
  for (let i = 0; i < SAMPLES; i++) hash = Math.imul(hash ^ text.charCodeAt(Math.floor((last * i) / (SAMPLES - 1))), FNV_PRIME);
  return length * TWO_TO_32 + (hash >>> 0);
}

/** `read(text)` remembered by the text's content, within {@link TextMemoLimits}. */
export class TextMemo<T> {
  readonly #entries = new Map<number, Entry<T>>();
  #heldChars = 0;
  /** The key used last: it is already the most recent in `#entries`' order. */
  #lastKey = -1;

  constructor(
    private readonly read: (text: string) => T,
    private readonly limits: TextMemoLimits,
  ) {
    memos.add(this);
  }

  /** Forgets every text. */
  clear(): void {
    this.#entries.clear();
    this.#heldChars = 0;
    this.#lastKey = -1;
  }

  /** `read(text)`, from memory when a text with the same characters was read before. */
  answer(text: string): T {
    const length = text.length;
    const { minChars, maxChars } = this.limits;
    if (length < minChars || length > maxChars) return this.read(text);
    const key = textKey(text);
    const entries = this.#entries;
    const first = entries.get(key);
    for (let entry = first; entry !== undefined; entry = entry.next) {
      if (entry.text !== text) continue;
      // Most recently used last: the eviction below lets the oldest go first. (Moving a key costs a table entry the
      // map compacts later, so the key already last is left where it is: one application's one prompt, say.)
      if (key !== this.#lastKey) {
        entries.delete(key);
        entries.set(key, first as Entry<T>);
        this.#lastKey = key;
      }
      return entry.answer;
    }
    const answer = this.read(text);
    entries.delete(key);
    const added: Entry<T> = { text: this.limits.copyTexts === true ? structuredClone(text) : text, answer, next: first };
    entries.set(key, added);
    this.#lastKey = key;
    this.#heldChars += length + ENTRY_COST_CHARS;
    this.#trimChain(added);
    this.#evict();
    return answer;
  }

  /** Lets the oldest texts of a key go past MAX_CHAIN. */
  #trimChain(head: Entry<T>): void {
    let entry = head;
    for (let kept = 1; kept < MAX_CHAIN; kept++) {
      if (entry.next === undefined) return;
      entry = entry.next;
    }
    for (let gone = entry.next; gone !== undefined; gone = gone.next) this.#heldChars -= gone.text.length + ENTRY_COST_CHARS;
    entry.next = undefined;
  }

  /** Lets the least recently used keys go until the texts held fit `maxHeldChars`. */
  #evict(): void {
    const entries = this.#entries;
    for (const [key, first] of entries) {
      if (this.#heldChars <= this.limits.maxHeldChars) return;
      for (let entry: Entry<T> | undefined = first; entry !== undefined; entry = entry.next) this.#heldChars -= entry.text.length + ENTRY_COST_CHARS;
      entries.delete(key);
    }
  }

  /** Texts remembered (for tests). */
  get size(): number {
    let count = 0;
    for (const first of this.#entries.values()) for (let entry: Entry<T> | undefined = first; entry !== undefined; entry = entry.next) count++;
    return count;
  }

  /** Characters held (for tests). */
  get heldChars(): number {
    return this.#heldChars;
  }
}
