/**
 * Derives a cheap pre-check for a rule's regex: the three-letter prefixes (or whole words of one
 * or two letters) one of which must begin some word of the text for the regex to have any chance of
 * matching; see {@link gateKey} for how words and prefixes are compared. Testing ~100 regexes over a
 * prompt dominates the heuristic classifier's cost; a Set lookup per rule skips most of them.
 *
 * The derivation is conservative: whenever a pattern could match without starting at a word that
 * begins with a known prefix, it returns `undefined` and the rule always runs.
 * @module
 */

/** Length of the word prefixes used as gates. */
export const GATE_PREFIX_LENGTH = 3;

/**
 * The prefixes one of which must begin a word of any text the pattern matches, or `undefined`
 * when that cannot be shown from the pattern's source.
 */
export function deriveGate(source: string): string[] | undefined {
  const prefixes = new Set<string>();
  for (const alternative of splitTopLevel(source)) {
    let rest = alternative;
    if (rest.startsWith("\\b")) rest = rest.slice(2);
    else if (rest.startsWith("^") && !rest.startsWith("^\\s")) rest = rest.slice(1);
    else return undefined; // without an anchor the match may start inside a word
    const found = leadingPrefixes(rest);
    if (found === undefined) return undefined;
    for (const prefix of found) prefixes.add(prefix);
  }
  return [...prefixes];
}

/**
 * Prefixes for a pattern that is known to start at a word boundary. `endsWord` says that whatever
 * follows the pattern starts with a space or a boundary (it is the rest of an enclosing group).
 */
function leadingPrefixes(source: string, endsWord = false): string[] | undefined {
  if (source.startsWith("(")) {
    const inner = source.startsWith("(?:") ? 3 : 1;
    const close = matchingParen(source);
    const afterGroup = source.slice(close + 1);
    if (close < 0 || /^[?*{]/.test(afterGroup)) return undefined; // an optional group
    const groupEndsWord = afterGroup.startsWith(" ") || afterGroup.startsWith("\\b") || (afterGroup === "" && endsWord);
    const result: string[] = [];
    for (const alternative of splitTopLevel(source.slice(inner, close))) {
      const found = leadingPrefixes(alternative, groupEndsWord);
      if (found === undefined) return undefined;
      result.push(...found);
    }
    return result;
  }
  const letters = /^[a-z]+/.exec(source)?.[0] ?? "";
  const after = source.slice(letters.length);
  // A quantifier right after the letters makes the last one optional ("bugs?").
  const usable = /^[?*{]/.test(after) ? letters.slice(0, -1) : letters;
  if (usable.length >= GATE_PREFIX_LENGTH) return [usable.slice(0, GATE_PREFIX_LENGTH)];
  // A short word followed by a space or a boundary is that whole word ("in ", "to\\b", "(to|into) ").
  const wordEnds = after.startsWith(" ") || after.startsWith("\\b") || (after === "" && endsWord);
  if (usable === letters && letters.length > 0 && wordEnds) return [letters];
  return undefined;
}

/** Splits a regex source at `|` outside groups and character classes. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Index of the parenthesis closing the group that opens at index 0, or -1. */
function matchingParen(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return -1;
}

/**
 * The gate key of a word or prefix: its first three characters (or the whole word when shorter)
 * packed into a number, so the text side can compute it from character codes without allocating.
 * Words hold only `a-z`, digits and apostrophes, all below 128.
 */
export function gateKey(word: string): number {
  let key = 0;
  for (let i = 0; i < GATE_PREFIX_LENGTH; i++) key = key * 128 + (i < word.length ? word.charCodeAt(i) & 127 : 0);
  return key;
}
