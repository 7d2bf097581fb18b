/**
 * Word boundaries for the follow-up patterns: a pattern of the cue languages' words is bounded by the letters of the
 * Latin, Greek and Cyrillic alphabets, with an optional CJK alternative left unbounded.
 * @module
 */

/** Letters of the Latin, Greek and Cyrillic alphabets, for word boundaries that `\b` (ASCII only) misses. */
const L = "a-zà-ÿāăąćčďēęěğīıłńňőœřśşšţťūůűźżžа-яё";
const START = `(?<![${L}])`;
export const END = `(?![${L}])`;

export function pattern(words: string, cjk = ""): RegExp {
  return new RegExp(`${START}(?:${words})${END}${cjk ? `|${cjk}` : ""}`);
}
