/**
 * German separable verbs of pulling items out (thirty-second round): "Schreib mir alle Beträge und Fristen aus dem Vertrag
 * als Stichpunkte raus", "Such mir die Termine raus", "zieh bitte die Namen heraus". The cue table knows "rausschreiben"
 * and "heraussuchen" as one word; split around their object the verb is lost and "Stichpunkte" (a format) named a summary.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/**
 * The verb at the start of its clause, its particle at the end: "schreib … raus", "such … heraus". The space after a
 * boundary stops at a newline (the newline is a boundary itself), so a run of blank lines is read in linear time.
 */
const SEPARABLE =
  /(?:^|[.!?;:\n][^\S\n]*|,\s*)(?:bitte |kannst du |könntest du |kannst du mir |würdest du )?(?:schreib|such|zieh|filter|kopier|pick)(?:e|t)?(?: (?:mir|uns|bitte|mal|doch|du))* [^.!?\n]{1,100}?(?<![\p{L}])(?:raus|heraus)(?![\p{L}])/u;
/**
 * Readings the clause's object gives (a summary: the format named; a weighing, a lookup, a list sorted, a sum over the
 * amounts), and extraction itself, kept: a later guard reads "Stichpunkte" as the verb that names a summary.
 */
const READINGS = new Set(["extraction", "summarization", "analysis", "simple_qa", "classification", "creative_writing", "math"]);

/** Characters read at each end of a long turn. */
const END_CHARS = 1000;

export function separableExtractionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  // Every match ends in "raus" ("heraus" holds it): a substring look V8 answers quickly comes first.
  if (!READINGS.has(task) || !reading.latestLower.includes("raus")) return undefined;
  const lower = reading.latestLower;
  // The ask stands before or after what it is asked of: a long turn is read at its two ends only.
  const text = lower.length > 2 * END_CHARS ? `${lower.slice(0, END_CHARS)}\n${lower.slice(-END_CHARS)}` : lower;
  const match = SEPARABLE.exec(text);
  return match === null ? undefined : { task: "extraction", why: `'${match[0].trim().slice(0, 40)}…' asks to pull items out (a German separable verb)` };
}
