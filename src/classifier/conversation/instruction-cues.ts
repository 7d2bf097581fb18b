/**
 * Where a turn gives its instruction: "다음 기사를 세 줄로 요약해 줘: <article>", "Summarize this:\n\n<report>", or a
 * pasted text followed by "Translate the above". When the defining verbs of a turn disagree, the ones in the
 * instruction name the task; the ones inside the pasted text ("…운행 데이터를 분석할 계획이다") are its content.
 * @module
 */
import type { CueHit } from "./cue-matcher.js";

/** A text after the instruction must be at least this long for the instruction to be told apart from it. */
const MIN_BODY_CHARS = 40;
/** A closing instruction line ("Translate the above.") is at most this long. */
const MAX_TAIL_LINE_CHARS = 200;

/** The defining cues of `lower`'s instruction when its defining cues name more than one task; else all of them. */
export function instructionStrongCues(lower: string, cues: readonly CueHit[]): readonly CueHit[] {
  // A verb inside a quoted text is the text's ("…só quero que ele resolva", in a message to make politer), not the ask's.
  const all = cues.filter((cue) => cue.strong);
  const unquoted = all.length > 0 ? all.filter((cue) => !insideQuote(lower, cue.at)) : all;
  const strong = unquoted.length > 0 ? unquoted : all;
  if (strong.every((cue) => cue.task === strong[0]?.task)) return strong;
  const headEnd = firstBreak(lower);
  if (headEnd < 0) return strong;
  const lastLine = lower.lastIndexOf("\n");
  // A last line after a body of its own may be a closing instruction ("<text>\n\nNow translate it.").
  const tailStart = lastLine - headEnd > MIN_BODY_CHARS && lower.length - lastLine <= MAX_TAIL_LINE_CHARS ? lastLine : lower.length;
  const instruction = strong.filter((cue) => cue.at < headEnd || cue.at > tailStart);
  if (instruction.length > 0) return instruction;
  // "Guten Tag, … wäre ich Ihnen dankbar, wenn Sie sie ins Englische übertragen könnten.\n---\n<letter>": the writer's own
  // paragraphs before a delimited text are the instruction too (thirteenth round).
  const framingEnd = materialStart(lower);
  const framing = framingEnd < 0 ? instruction : strong.filter((cue) => cue.at < framingEnd);
  return framing.length > 0 ? framing : strong;
}

/**
 * Where a delimited text the writer pasted begins, after paragraphs of their own: a rule line ("---", "***", "==="), a
 * fence, a line that opens with a quotation mark, a colon closing a paragraph before a blank line, or (fourteenth round)
 * a line that opens with a time, as a chat or meeting transcript's lines do ("[09:04] Mats Berg: …"). -1 when there is
 * none in the turn's head or the text after it is short.
 */
export function materialStart(lower: string): number {
  const head = lower.length > FRAMING_MAX_CHARS ? lower.slice(0, FRAMING_MAX_CHARS) : lower;
  const match = MATERIAL_MARK.exec(head);
  return match === null || lower.length - match.index < MIN_BODY_CHARS ? -1 : match.index;
}

/** The writer's own paragraphs before a pasted text are at most this long. */
const FRAMING_MAX_CHARS = 1_500;
const MATERIAL_MARK = /\n[ \t]*(?:-{3,}|\*{3,}|={3,}|_{3,}|```|""")[ \t]*\n|\n[ \t]*["“«„「『]|:[ \t]*\n[ \t]*\n|\n[ \t]*\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t,-]/;

/** The end of the instruction line: the first colon or line break with a text after it, or -1. */
function firstBreak(lower: string): number {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 10 || c === 58 || c === 0xff1a) return lower.length - i > MIN_BODY_CHARS ? i : -1;
  }
  return -1;
}

/** Opening quotation marks: straight, curly, guillemets, low-9 and corner brackets. */
const OPENING = "\"“«„「『";
const CLOSING: Readonly<Record<string, string>> = { '"': '"', "“": "”", "«": "»", "„": "“", "「": "」", "『": "』" };
/** Characters before a cue searched for the quote it may be in: a quoted message, not a whole pasted document. */
const QUOTE_WINDOW_CHARS = 2_000;

/**
 * Whether offset `at` lies inside a quoted span that opens at most `QUOTE_WINDOW_CHARS` before it: after an opening mark
 * whose closing mark (if any) comes after `at`. Bounded, so a cue at the end of a 300k-token turn costs no full scan.
 */
export function insideQuote(lower: string, at: number): boolean {
  const from = Math.max(0, at - QUOTE_WINDOW_CHARS);
  const before = lower.slice(from, at);
  let open = -1;
  let mark = "";
  for (const candidate of OPENING) {
    const index = before.lastIndexOf(candidate);
    if (index > open) [open, mark] = [index, candidate];
  }
  if (open < 0) return false;
  // A straight quote both opens and closes: the span is open when an odd number of them come before `at`.
  if (mark === '"') {
    let count = 0;
    for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) count++;
    return count % 2 === 1;
  }
  const closing = CLOSING[mark] ?? mark;
  return !before.includes(closing, open + 1);
}

/** A determiner before a noun phrase: "here's our loss ratio summary", "the monthly P&L summary", "native memory summary below". */
const NOUN_PHRASE_BEFORE = /(?:^|[\s(])(?:here'?s|here is|attached(?: is)?|below is|our|this|my|the|their|your)\s+(?:[^\s.!?\n]+\s+){0,5}$/;
/** The text something is taken from: "from this log summary", "out of the weekly summary", "in our incident summary". */
const SOURCE_BEFORE = /\b(?:from|out of)\s+(?:this|these|that|the|our|my|their|your)\s+(?:[^\s.!?\n]+\s+){0,3}$/;
/** A summary asked for: "write a summary", "give me a quick summary", "need an executive summary". */
const SUMMARY_ASKED_BEFORE = /\b(?:a|an|me|quick|short|brief|executive|one-line|give|write|need|want|make|prepare|draft|provide|do|in|as)\s+(?:[^\s.!?\n]+\s+){0,2}$/;

/**
 * Whether an English summary cue is a noun naming the text the writer pasted ("Here's our loss ratio summary by region
 * …: what story are the numbers telling?", "monthly P&L summary (£k). what's happening?"), not an ask for one: a
 * determiner-led noun phrase before it, no ask for a summary next to it, and a question after it (seventeenth round).
 */
export function namesTheText(lower: string, cue: CueHit): boolean {
  if (cue.lang !== "en" || !/^summar(?:y|ies)$/.test(cue.word)) return false;
  const before = lower.slice(Math.max(0, cue.at - 60), cue.at);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  // "Give me just the error codes and their counts from this log summary:": the text the fields come from (round 37n).
  if (SOURCE_BEFORE.test(line)) return true;
  if (!NOUN_PHRASE_BEFORE.test(line) || SUMMARY_ASKED_BEFORE.test(line)) return false;
  const after = lower.slice(cue.at + cue.word.length);
  return !/^\s+(?:of|for (?:me|us)|please|pls|on|about)\b/.test(after) && after.includes("?");
}
