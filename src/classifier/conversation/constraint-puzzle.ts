/**
 * A logic-grid puzzle: people or houses that each have a different thing, and clues that rule pairings in or out
 * ("Ana doesn't live in the red house", "the doctor sits next to the baker"). Its question, "who owns what and lives
 * where?", reads like a meeting's "who owns what" but asks for the puzzle to be solved (nineteenth round). Read in
 * English, Spanish, German, French, Italian and Portuguese.
 * @module
 */

/** Each of them has a different one: the puzzle's frame. */
const EACH_DIFFERENT =
  /\beach\b[^.?!\n]{0,40}?\b(?:a )?different\b|\bcada (?:uno|una|um|uma)\b[^.?!\n]{0,40}?\b(?:distint|diferente|divers)|\bjede[rs]?\b[^.?!\n]{0,40}?\b(?:ein(?:e|en)? )?(?:andere|verschiedene)|\bchacun(?:e)?\b[^.?!\n]{0,40}?\bdiff[ée]rent/;
/** A clue that rules a pairing in or out. */
const CLUE =
  /\b(?:does ?n[o']t|does not|is ?n[o']t|is not|never|neither|nor|next to|(?:left|right) of|no (?:vive|tiene|es)|nicht|ne (?:vit|poss[eè]de|est) pas|non (?:vive|ha|è)|n[ãa]o (?:mora|tem|[ée]))\b/g;
/** Clues a puzzle states at least. */
const MIN_CLUES = 2;

/** The text frames a logic-grid puzzle: each has a different one, and two or more clues. */
export function isConstraintPuzzle(lower: string): boolean {
  if (!EACH_DIFFERENT.test(lower)) return false;
  let clues = 0;
  for (CLUE.lastIndex = 0; CLUE.exec(lower) !== null; ) if (++clues >= MIN_CLUES) return true;
  return false;
}
