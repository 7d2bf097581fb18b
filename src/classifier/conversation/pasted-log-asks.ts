/**
 * A log pasted under an ask to summarize, extract, classify or translate it ("give me a short summary of last night's
 * ETL run for #data-ops") asks for that work, not for debugging, unless the ask is a diagnosis; and the reverse, a
 * summary word inside a pasted failing log under "CI is red and I don't get it" asks for debugging (tenth round).
 * Moved out of `asked-work.ts`, unchanged.
 * @module
 */
import type { AskedWork } from "./asked-work.js";
import type { CueHit } from "./cue-matcher.js";
import { looksLikeLog, mayReportFailure, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/** Work asked of a pasted log that is not debugging it, with the verb the reason names it by. */
const LOG_WORK: ReadonlyMap<string, string> = new Map([
  ["summarization", "summarize"],
  ["extraction", "extract from"],
  ["classification", "classify"],
  ["translation", "translate"],
]);
/** A diagnosis ask: the log is then to debug whatever else the turn asks. */
const DIAGNOSIS = /\b(?:why|what'?s (?:likely |probably )?wrong|what caused|root cause|causes?|fix|debug|diagnos\w*|what went wrong|what broke|investigate|what'?s going on|what'?s happening|what is (?:going on|happening))\b|por ?qu[eé]|warum|pourquoi|perch[eé]|почему|为什么|なぜ|왜/;
/** Characters of the turn's head, above the pasted log, where its ask is read. */
export const ASK_HEAD_CHARS = 300;
/** Characters of a turn's last paragraph, below a pasted log, that may hold its ask ("can you summarize what failed?"). */
const ASK_TAIL_CHARS = 300;

/** The work a code-review reading of a pasted log should yield to (see the module comment). */
export function pastedLogAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  const text = reading.latestLower;
  if (task !== "code_review" || !text.includes("\n")) return undefined;
  const blank = text.indexOf("\n\n");
  const headEnd = Math.min(blank > 0 ? blank : text.indexOf("\n"), ASK_HEAD_CHARS);
  const head = text.slice(0, headEnd);
  if (DIAGNOSIS.test(head)) return undefined;
  const asked = soleLogWork(reading.cues, 0, headEnd) ?? tailLogWork(text, reading.cues, headEnd);
  if (asked === undefined || !looksLikeLog(text)) return undefined;
  return { task: asked.task, why: `'${asked.word}' (${asked.lang}) asks to ${LOG_WORK.get(asked.task) ?? asked.task} the pasted log` };
}

/**
 * The log work a last paragraph below the paste asks for, in the turn's own words, not the log's ("…WARN disk 96% used"
 * then "just list the errors and warnings with timestamp and component"); none when it asks for a diagnosis too.
 */
function tailLogWork(text: string, cues: readonly CueHit[], headEnd: number): CueHit | undefined {
  const tailStart = text.lastIndexOf("\n\n");
  if (tailStart <= headEnd || text.length - tailStart > ASK_TAIL_CHARS) return undefined;
  const tail = text.slice(tailStart);
  if (DIAGNOSIS.test(tail) || looksLikeLog(tail)) return undefined;
  return soleLogWork(cues, tailStart, text.length);
}

/** The turn's own words say something is broken or not understood ("CI is red on this and I don't get it"). */
const DEBUG_ASK = new RegExp(`${DIAGNOSIS.source}|\\b(?:(?:is|are|went|turned|goes|stays) red|failing|don'?t (?:get|understand) (?:it|this|why)|what'?s (?:wrong|going on))\\b`);

/**
 * Debugging for a summary, extraction, classification or translation reading that only a word inside a pasted failing
 * log set ("=== short test summary info ===" under "CI is red on this and I don't get it"): no cue of the read task
 * is in the turn's own words above or below the paste (tenth round).
 */
export function failingLogCueGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  const text = reading.latestLower;
  const blank = LOG_WORK.has(task) ? text.indexOf("\n\n") : -1;
  if (blank < 0) return undefined;
  const headEnd = Math.min(blank, ASK_HEAD_CHARS);
  // Cheapest first: the work named in the turn's own words above or below the paste, then a failure word below the
  // head, then the turn saying something is broken.
  if (reading.cues.some((cue) => cue.task === task && cue.at < headEnd)) return undefined;
  const tailStart = text.lastIndexOf("\n\n");
  const tailCue = tailStart > headEnd && text.length - tailStart <= ASK_TAIL_CHARS && reading.cues.some((cue) => cue.task === task && cue.at > tailStart);
  if (tailCue && !looksLikeLog(text.slice(tailStart))) return undefined;
  if (!mayReportFailure(text, headEnd)) return undefined;
  if (!DEBUG_ASK.test(text.slice(0, headEnd)) || !readNumericDomain(text).failure) return undefined;
  return { task: "code_review", why: `the ${task} cue is inside the pasted failing log; the turn asks to debug it` };
}

/**
 * The one log-work task the strong cues between `from` and `to` (the head, or the last paragraph) name, if they all
 * name one; failing a strong cue, the one the cues there name when every cue there names it ("list every request that took over 1000 ms: timestamp, method…").
 */
function soleLogWork(cues: readonly CueHit[], from: number, to: number): CueHit | undefined {
  return soleCueIn(cues, from, to, true) ?? soleCueIn(cues, from, to, false);
}

function soleCueIn(cues: readonly CueHit[], from: number, to: number, strongOnly: boolean): CueHit | undefined {
  let found: CueHit | undefined;
  for (const cue of cues) {
    if ((strongOnly && !cue.strong) || cue.at < from || cue.at >= to) continue;
    if (!LOG_WORK.has(cue.task) || (found !== undefined && found.task !== cue.task)) return undefined;
    found ??= cue;
  }
  return found;
}
