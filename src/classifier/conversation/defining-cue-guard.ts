/**
 * A defining verb names the task: "resume este texto", "fasse zusammen", "总结", "traduce" outweigh a reading that
 * figures or the length of a pasted text pulled elsewhere; text work's verb framing a pasted text is not a request to
 * write.
 * @module
 */
import { looksUpRule } from "./rule-lookup.js";
import { soleStrongCue, type CueHit } from "./cue-matcher.js";
import { insideQuote, instructionStrongCues, materialStart, namesTheText } from "./instruction-cues.js";
import { countNumbers, hasExplicitMath, readNumericDomain } from "./numeric-domain.js";
import { isMoneyTransfer, nothingToDebug } from "./cue-context.js";
import type { ConversationReading } from "./read-conversation.js";
import { MIN_SUM_FIGURES, type GuardResult } from "./task-guards.js";

/** Tasks whose verbs ("analyse", "explain why") also open maths problems. */
const ANALYSING_TASKS = new Set(["analysis", "deep_reasoning"]);

/** Characters of a turn's head where a defining verb overrides a reading no word of the turn names. */
const DEFINING_HEAD_CHARS = 80;
/** The end of the turn's first line (a word of the text below it names no task the turn asks for). */
function firstLineEnd(lower: string): number {
  const end = lower.indexOf("\n");
  return end < 0 ? lower.length : end;
}

/**
 * Whether a cue at `at` is in the turn's opening words (early) or in the writer's own paragraphs before a text they
 * pasted (thirteenth round), and not inside a quoted text.
 */
function opensTurn(lower: string, at: number): boolean {
  if (insideQuote(lower, at)) return false;
  if (at <= DEFINING_HEAD_CHARS) return true;
  const framingEnd = materialStart(lower);
  return framingEnd >= 0 && at < framingEnd;
}
/** A pasted text at least this long before the writer's closing paragraph. */
const CLOSING_BODY_CHARS = 400;
/** The writer's closing paragraph after a pasted text is at most this long. */
const CLOSING_ASK_CHARS = 400;

/**
 * Whether a cue at `at` is in the writer's closing paragraph after a text they pasted (sixteenth round): a letter, a
 * contract or a policy, then "Kun je dit vertalen naar het Pools?", "перекладіть будь ласка українською".
 */
export function closesTurn(lower: string, at: number): boolean {
  const trimmed = lower.trimEnd();
  const paragraph = trimmed.lastIndexOf("\n\n");
  if (paragraph < CLOSING_BODY_CHARS || at <= paragraph || trimmed.length - paragraph > CLOSING_ASK_CHARS || insideQuote(lower, at)) return false;
  // The writer asks ("?", "please"); a pasted letter's own last paragraph ("a translation is available on request") does not.
  return ASKING_MARK.test(trimmed.slice(paragraph));
}
/** A question or a word of asking politely, in the cue languages' most common forms. */
const ASKING_MARK =
  /[?？؟]|\b(?:please|pls|plz|bitte|por favor|porfa|per favore|s'il (?:te|vous) pla[iî]t|svp|por gentileza|alsjeblieft|alstublieft|graag|v[ăa] rog|te rog|lütfen|tolong|kérem|molim|prosim|vær så snill|snälla|pyydän)\b|proszę|prosím|будь ласка|пожалуйста|прошу|παρακαλώ|請|请|お願い|부탁/;
/**
 * Pieces, ideas and (sixteenth round) a reasoning asked for ("No quiero una respuesta rápida: razona a fondo"), whose
 * defining words name the work wherever the writer asks it in their own words.
 */
const OWN_WORDS_WORK = new Set(["creative_writing", "brainstorming", "deep_reasoning"]);
/** A turn at most this long with no pasted text in it is all the writer's own words. */
const OWN_WORDS_CHARS = 1_500;

/**
 * Whether a piece or ideas are asked in the writer's own words: a turn with no pasted text ("Você poderia escrever um
 * e-mail pra eu mandar…" in its second paragraph, "Pourriez-vous me proposer une dizaine de pistes…"), outside quotes
 * (thirteenth round). A text-work reading of such a turn saw only its length.
 */
function asksInOwnWords(lower: string, cue: CueHit): boolean {
  return OWN_WORDS_WORK.has(cue.task) && lower.length <= OWN_WORDS_CHARS && materialStart(lower) < 0 && !insideQuote(lower, cue.at);
}

/** Work on a given text, which the text itself can pull a reading towards. */
const TEXT_WORK = new Set(["translation", "summarization", "extraction", "classification"]);

/** Work whose verb, opening a turn, outweighs a text-work reading no word names ("ช่วยวิเคราะห์…" read as extraction). */
const OPENING_WORK = new Set([...TEXT_WORK, "analysis"]);

/** Readings that figures in a text can pull a request towards, away from what its verb asks. */
const FIGURE_READINGS = new Set(["math", "analysis", "deep_reasoning", "simple_qa", "chat"]);

/**
 * A defining verb names the task: "resume este texto", "fasse zusammen", "总结", "要約して", "traduce" — a text
 * full of figures it is applied to does not make the request maths or analysis. Applies when the latest turn's
 * defining cues all name one task and the reading is one figures can produce, except that an analysing verb over
 * explicit maths (notation or maths words) leaves a maths reading alone.
 */
export function definingCueGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task === "creative_writing") return writingAsTextWork(reading);
  // A text-work reading no word of the turn's first line names (a letter to translate read as its summary, a bilingual
  // invoice to "pull out" fields from read as translation) is a guess too, when the verb of other text work or of
  // analysis opens it.
  const lineEnd = firstLineEnd(reading.latestLower);
  const untold = TEXT_WORK.has(task) && !reading.cues.some((cue) => cue.task === task && cue.at < lineEnd);
  if (!FIGURE_READINGS.has(task) && !untold) return undefined;
  const named = soleStrongCue(instructionStrongCues(reading.latestLower, reading.cues));
  if (named === undefined || named.task === task || namesTheText(reading.latestLower, named)) return undefined;
  // "Qu'est-ce qui cloche ?" over a player's figures: a debugging word with nothing to debug names no debugging.
  if (named.task === "code_review" && nothingToDebug(reading)) return undefined;
  if (named.task === "translation" && named.lang === "ru" && isMoneyTransfer(reading)) return undefined;
  const closing = closesTurn(reading.latestLower, named.at);
  if (untold && task !== "translation" && !closing && !(OPENING_WORK.has(named.task) ? opensTurn(reading.latestLower, named.at) : asksInOwnWords(reading.latestLower, named))) return undefined;
  // An analysing word is common in pasted text ("Lumen Analytics", "Data Analyst"): it must be in the ask's own line.
  if (untold && named.task === "analysis" && named.at >= lineEnd && !closing) return undefined;
  // "Analyse the function f(x) = x³ − 3x" is calculus: an analysing verb does not take maths away from maths.
  if (task === "math" && ANALYSING_TASKS.has(named.task) && hasExplicitMath(reading.latestLower)) return undefined;
  // "не могу решить: рыцари и лжецы…", "solve this riddle": a puzzle is solved too; solving does not make it maths.
  if (task === "deep_reasoning" && named.task === "math" && reading.cues.some((cue) => cue.task === "deep_reasoning")) return undefined;
  // "メルカリの販売手数料って今何%でしたっけ？": a rate looked up, whatever maths word asks for it (nineteenth round).
  if (named.task === "math" && looksUpRule(reading.latestLower)) return undefined;
  // "maks døgndose er 60 mg/kg, hvor mange doser…?": a rule's noun among figures the turn asks to compute names no lookup.
  if (task === "math" && named.task === "simple_qa" && countNumbers(reading.latestLower, MIN_SUM_FIGURES) >= MIN_SUM_FIGURES && readNumericDomain(reading.latestLower).compute) return undefined;
  return { task: named.task, why: `the verb '${named.word}' (${named.lang}) names the task` };
}

/**
 * A writing reading of a turn that opens with text work's defining verb ("turn this into a short handover for the night
 * shift: bed 7, …", "summarize this for the team newsletter"): the text is to be summarized, translated or pulled from,
 * not written anew. A retrain read that handover as creative writing (twenty-second round).
 */
/** Text work done on a pasted text (translation's cue words also name people: "as a JP>EN translator"). */
const PASTED_TEXT_WORK = new Set(["summarization", "extraction"]);
/** Characters of pasted material after the framing verb, and at most between the verb and the material's mark. */
const PASTED_MIN_CHARS = 80;
/** How far into the turn the framing verb may stand. */
const OPENING_CHARS = 60;
const WRITING_NOUN_NEXT = /^\s*(?:stor(?:y|ies)|poems?|songs?|films?|movies?|scripts?|screenplay|plays?|videos?|tales?|fables?|novels?|sketch|skit|rap|ballad|sonnet|haiku|limerick)\b/;

function writingAsTextWork(reading: ConversationReading): GuardResult | undefined {
  const named = soleStrongCue(instructionStrongCues(reading.latestLower, reading.cues));
  // The verb opens the turn ("Ein paar Stichpunkte: …" further down lists the writer's notes for the speech to write).
  if (named === undefined || !PASTED_TEXT_WORK.has(named.task) || named.at > OPENING_CHARS || namesTheText(reading.latestLower, named)) return undefined;
  // The verb frames a pasted text: the material follows it after a colon or a line break, not a request to write.
  const lower = reading.latestLower;
  const after = named.at + named.word.length;
  const breaks = [lower.indexOf(":", after), lower.indexOf("\n", after)].filter((at) => at >= 0);
  const material = breaks.length === 0 ? -1 : Math.min(...breaks);
  if (material < 0 || lower.length - material < PASTED_MIN_CHARS || (material > after + PASTED_MIN_CHARS && materialStart(lower) < 0)) return undefined;
  // "turn this into a short story": the cue's words go on to name a piece of writing.
  if (WRITING_NOUN_NEXT.test(reading.latestLower.slice(named.at + named.word.length, named.at + named.word.length + 24))) return undefined;
  return { task: named.task, why: `the verb '${named.word}' (${named.lang}) names the task` };
}

