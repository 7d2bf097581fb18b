/**
 * A logic-grid puzzle: people or houses that each have a different thing, and clues that rule pairings in or out
 * ("Ana doesn't live in the red house", "the doctor sits next to the baker"). Its question, "who owns what and lives
 * where?", reads like a meeting's "who owns what" but asks for the puzzle to be solved (nineteenth round). Read in
 * English, Spanish, German, French, Italian and Portuguese. An assignment asked under constraints is solved too.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { AskedWork } from "./asked-work.js";

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

/**
 * Signs of an assignment asked under constraints (twentieth round): the arrangement asked for ("which van does which stops",
 * "work out a berth plan", "can all 7 go in one trip"), what it must meet ("so every time window and the fridge requirement
 * is met", "where every ship finishes inside the window") and what to say when it cannot ("if it can't all work, tell me
 * what breaks", "if yes give the loading, if no explain why not").
 */
const ASSIGNMENT_SIGNS = [
  /\b(?:which|who) [a-z]{2,15} (?:does|do|gets|get|takes|take|goes|go|sits|sit|works|work|plays|play|covers|cover|handles|handle|drives|drive|teaches|teach) which\b|\bwho (?:sits|goes|works|plays|sleeps|stays) (?:where|when|with whom)\b|\b(?:work out|figure out|make|build|draw up|come up with|give me|find) (?:a |an |the |my |our )?(?:(?:berth|seating|loading|route|shift|staffing|delivery|room|table|parking|duty) plan|schedule|rota|roster|timetable|seating|assignment|allocation|loading|lineup|pairings)\b|\bcan (?:all|they all|it all|everyone|everything)\b[^.?!\n]{0,30}?\b(?:go|fit|work|be done|be scheduled)\b|\b(?:find|pick|choose) (?:the |a )?(?:combos?|combinations?|options?|sets?|schedules?|arrangements?)(?:\(s\))? that (?:meets?|satisf(?:y|ies)|fits?) (?:all|every)\b/,
  /\b(?:so|such) (?:that )?(?:every|each|all)(?: the| of the)? [a-z ,-]{2,60}? (?:is|are) (?:met|satisfied|respected|honou?red|covered)\b|\bwhere (?:every|each|all) [a-z]{2,20} (?:finishes|fits|gets|is|are|has|meets)\b/,
  /\bif (?:it|this|that) (?:can'?t|cannot|doesn'?t|won'?t) (?:all )?(?:work|fit|be done)\b|\bif (?:it'?s|it is|that'?s) (?:even )?(?:impossible|not possible)\b|\bif (?:yes|so),? (?:give|show|list)\b[^.?!\n]{0,40}\bif (?:no|not)\b|\bor tell me (?:if )?(?:none|no (?:combo|combination|option|schedule)) (?:does|do|works?|fits?|is possible)\b/,
];
/** Words one of which each sign's every match holds, in the order of {@link ASSIGNMENT_SIGNS}. */
const SIGN_WORDS = [["which", "who ", "work out", "figure out", "make", "build", "draw up", "come up with", "give me", "find", "can ", "pick", "choose"], [" met", "satisf", "respect", "hono", "covered", "where "], ["if ", "tell me"]];
/** Signs an assignment ask shows at least. */
const MIN_ASSIGNMENT_SIGNS = 2;
/** Readings an assignment under constraints is mistaken for: "show your working" names a manner, not maths. */
const ASSIGNMENT_MISREADS = new Set(["math", "analysis", "extraction", "classification", "simple_qa", "brainstorming", "code_review"]);

/** Deep reasoning for a turn that asks for an assignment that meets every constraint (outside a coding agent's run). */
export function assignmentPuzzleGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (!ASSIGNMENT_MISREADS.has(task) || reading.agent.coding) return undefined;
  const lower = reading.latestLower;
  let signs = 0;
  for (let i = 0; i < ASSIGNMENT_SIGNS.length; i++) {
    // A sign's words looked for first (plain substring searches), its pattern only then; no count left can reach two.
    if (SIGN_WORDS[i]?.some((word) => lower.includes(word)) && ASSIGNMENT_SIGNS[i]?.test(lower)) signs++;
    if (signs + ASSIGNMENT_SIGNS.length - 1 - i < MIN_ASSIGNMENT_SIGNS) return undefined;
  }
  return signs >= MIN_ASSIGNMENT_SIGNS ? { task: "deep_reasoning", why: "asks for an assignment that meets every constraint" } : undefined;
}
