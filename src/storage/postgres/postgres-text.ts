/**
 * Postgres `text` cannot hold U+0000 (error 22021), while JSON, SQLite and every client can. A prompt, feedback
 * label or looked-up id holding one would otherwise fail its statement: a decision batch that can never be
 * inserted stops the whole log from shipping (and every read flushes first), and a lookup answers 500 instead of
 * "not found". Each NUL is stored as U+FFFD, the character Unicode keeps for one that cannot be represented.
 * @module
 */

/** The replacement for each U+0000 in a string sent to Postgres. */
export const NUL_REPLACEMENT = "\uFFFD";

/** The parameters of one statement, with every NUL in a string replaced; other values as they were. */
export function postgresParams<T>(values: readonly T[]): T[] {
  return values.map((value) => (typeof value === "string" && value.includes("\u0000") ? (value.replaceAll("\u0000", NUL_REPLACEMENT) as T) : value));
}
