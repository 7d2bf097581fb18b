/**
 * Many ideas asked for, whatever the figures around the ask pull a reading towards (seventeenth round).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { AskedWork } from "./asked-work.js";

/**
 * Many ideas asked for (seventeenth round): "I need a long list of ideas (15-20)", "a broad list of angles/hypotheses to
 * look into, the more the better", "Give me as many ideas as you can to cut this", "Throw out lots", "give me a bunch".
 * Not "any ideas?", which asks what is wrong.
 */
const MANY_IDEAS =
  /\b(?:(?:long|broad|big|wide|huge|quick|full) )?list of (?:ideas|angles|hypotheses|options|suggestions|ways|things to try)\b|\bas many (?:ideas|options|ways|suggestions)\b|\b(?:lots|loads|a bunch|plenty|tons|heaps|a ton) of (?:ideas|options|suggestions)\b|\bthrow out (?:lots|some|a bunch|ideas)\b|\bthe more the (?:better|merrier)\b|\bgive me a (?:bunch|ton|load|heap)\b|\bwhat (?:ideas|options) should (?:we|i) consider\b|\bbrainstorm|\b\d{1,2}(?:[-–]\d{1,2})? (?:ideas|suggestions)\b|\bideas \(\d|\b(?:other|more|different|fresh) (?:angles|ideas)\b|\bwhat else (?:could|can|might|should) (?:we|i) try\b/;
/** Words one of which every {@link MANY_IDEAS} phrase holds: looked for (plain substring searches) before the long pattern. */
const IDEAS_WORDS = ["idea", "what else", "angle", "option", "hypothes", "suggestion", "ways", "things to try", "brainstorm", "merrier", "the better", "bunch", "throw out", "a ton", "a load", "a heap"];
/** Readings the figures or the text around an ask for many ideas give. */
const IDEAS_MISREAD = new Set(["analysis", "summarization", "math", "simple_qa", "deep_reasoning", "extraction", "code_review", "chat"]);

/** Brainstorming for a turn that asks for many ideas, whatever its figures say, unless a defining verb names the reading. */
export function manyIdeasGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (!IDEAS_MISREAD.has(task) || !IDEAS_WORDS.some((word) => reading.latestLower.includes(word)) || reading.cues.some((cue) => cue.strong && cue.task === task)) return undefined;
  const asked = MANY_IDEAS.exec(reading.latestLower);
  return asked === null ? undefined : { task: "brainstorming", why: `'${asked[0]}' asks for many ideas` };
}
