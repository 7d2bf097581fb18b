/**
 * What a turn that carries figures asks for, read from its own ask rather than from the figures (twenty-fourth round):
 * - a message to write about them ("Write a short email to our accountant… mention the jump from 12,000 to 38,000",
 *   "Redacta el correo para los clientes…", "短いメールを書いてください") is writing;
 * - pasted lines of figures asked back as a table or CSV ("give me a markdown table with pod, p99 and RSS, sorted by
 *   p99", "en CSV", "表にして", "표로 만들어 줘") is extraction, not a log to debug or a sum;
 * - a judgement of the figures ("is the decline real, or could it be how we count?", "how much should I read into
 *   this?", `judgement-asks.ts`) is analysis, not a sum, whatever the figures are about.
 * @module
 */
import { insideQuote, materialStart } from "./instruction-cues.js";
import { countNumbers, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import { MESSAGE_ASK_HINT, MESSAGE_ASKS } from "./message-asks.js";
import { asksForJudgement } from "./judgement-asks.js";
import { nothingToDebug } from "./cue-context.js";
import { namesWrittenSummary } from "./written-summary.js";

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/** Characters of a turn's head (its opening sentence or two) and of its closing paragraph where its own ask is looked for. */
const ASK_HEAD_CHARS = 200;
const ASK_TAIL_CHARS = 500;

/** The turn's head and its closing paragraph (bounded: a long paste is not read through), with the tail's offset. */
function askParts(lower: string): { head: string; tail: string; tailAt: number } {
  const head = lower.slice(0, ASK_HEAD_CHARS);
  const paragraph = lower.lastIndexOf("\n\n");
  const tailAt = Math.max(paragraph < 0 ? 0 : paragraph, lower.length - ASK_TAIL_CHARS, ASK_HEAD_CHARS);
  return { head, tail: tailAt >= lower.length ? "" : lower.slice(tailAt), tailAt };
}

/** Readings figures give a turn that asks for a message about them. */
const MESSAGE_MISREADS = new Set(["analysis", "math", "summarization", "code_review", "simple_qa", "chat", "extraction", "classification"]);
/** Figures a turn holds for its message ask to be read against a reading of them. */
const MESSAGE_MIN_FIGURES = 2;
/** Words between the verb and the message that make it code ("write an email parser", "schreib ein Skript für Mails"). */
const CODE_BETWEEN = /\b(?:function|script|code|regex|parser|program|class|query|template engine|validator)\b|funci[oó]n|fun[çc][ãa]o|funktion|skript|fonction|funzione|функци|скрипт|函数|代码|脚本|関数|コード|스크립트|함수|코드/;

/**
 * A message asked to be written by the writer's own words (head or closing paragraph, outside quotes and pasted text),
 * over a turn with figures read as what the figures are: writing.
 */
export function messageAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MESSAGE_MISREADS.has(task) || reading.agent.coding) return undefined;
  const lower = reading.latestLower;
  if (countNumbers(lower, MESSAGE_MIN_FIGURES) < MESSAGE_MIN_FIGURES) return undefined;
  const { head, tail, tailAt } = askParts(lower);
  for (const [part, offset] of [[head, 0], [tail, tailAt]] as const) {
    const match = MESSAGE_ASK_HINT.test(part) ? MESSAGE_ASKS.exec(part) : null;
    // "write a short summary for our club newsletter": the piece written is a summary, the newsletter only its place.
    if (match === null || CODE_BETWEEN.test(match[0]) || namesWrittenSummary(match[0])) continue;
    const at = offset + match.index;
    // In a pasted text ("---", a quoted letter) the words are the text's, not the ask.
    if (insideQuote(lower, at) || (offset === 0 && inPastedText(lower, at))) continue;
    return { task: "creative_writing", why: `'${match[0].trim().slice(0, 40)}' asks for a message to be written about the figures` };
  }
  return undefined;
}

/** Whether `at` is past the start of a text the writer pasted in the turn's head. */
function inPastedText(lower: string, at: number): boolean {
  const material = materialStart(lower);
  return material >= 0 && at > material;
}

/**
 * Readings that pasted lines of figures give a turn asking them back as a table, and extraction itself, held against a
 * making verb whose object reads as a note ("Mach mir aus diesen Zeilen eine Markdown-Tabelle": `turn-asks.ts`).
 */
const TABLE_MISREADS = new Set(["extraction", "code_review", "math", "analysis", "code_generation", "creative_writing", "summarization"]);
/**
 * A table or CSV asked for as the answer's form, in the ten cue languages: "as CSV", "give me a markdown table", "en una
 * tabla", "als Tabelle", "sous forme de tableau", "в виде таблицы", "整理成表格", "表にして", "표로 만들어". A table the
 * writer pasted ("here's the table", "the table says") is not asked for.
 */
const TABLE_ASK = new RegExp(
  [
    /\b(?:as|into|in|to) (?:a |one )?(?:markdown |md |simple |clean |single )?(?:table|csv|tsv)\b/.source,
    /\b(?:give me|make|build|create|produce|output|return|draw up|put (?:it|them|these|this|that) in(?:to)?) (?:me )?(?:a|an|one) (?:\w+ )?(?:markdown |md )?table\b/.source,
    /(?<![a-zà-ÿ])(?:en|como|em|numa|in|come) (?:una |uma )?(?:tabla|tabela|tabella|csv)(?![a-zà-ÿ])/.source,
    /(?<![a-zà-ÿ])(?:hazme|haz|dame|s[áa]came|arma|genera|me d[áaê]|faz|fa[çc]a|monta|gera|fammi|fai|dammi|crea) (?:una|uma) (?:tabla|tabela|tabella)/.source,
    /(?<![a-zà-ÿ])als (?:markdown-)?(?:tabelle|csv)(?![a-zà-ÿ])|in (?:eine|einer) tabelle|(?:mach|erstell|erstelle|gib) (?:mir |uns )?(?:bitte )?eine (?:markdown-)?tabelle|markdown-tabelle/.source,
    /(?<![a-zà-ÿ])(?:en|sous forme de) (?:tableau|csv)(?![a-zà-ÿ])|(?:fais|fais-moi|donne-moi|dresse|dresse-moi|cr[ée]e) un tableau|dans un tableau/.source,
    /в (?:виде )?таблиц|в (?:формате )?csv|(?:сделай|составь|сведи)(?: мне)? (?:в )?таблиц|таблицей/.source,
    /整理[^。\n]{0,10}表格|做[^。\n]{0,6}表格|列[^。\n]{0,4}表格|做成表|成csv|输出csv|csv格式|表にして|表に(?:まと|整理)|表を作|表形式|csvにして|csvで|csv形式|표로|표를 만들|csv로/.source,
  ].join("|"),
);
/** An ask for code or a formula, not the table itself. */
const CODE_ASK = /\b(?:script|code|function|query|sql|regex|pandas|python|formula|macro|vba|awk|sed|jq)\b|f[oó]rmula|formel|formule|формул|скрипт|公式|脚本|代码|数式|関数|スクリプト|수식|함수|스크립트/;
/** Lines of the pasted text, with a figure each, at least. */
const TABLE_MIN_LINES = 3;
/** Lines of a long paste read for figures. */
const TABLE_LINES_READ = 60;

/** An ask line is at most this long. */
const ASK_LINE_CHARS = 400;

/**
 * The line that asks for a table: the turn's first line, or its last when the lines come first (in a turn of fewer than
 * {@link TABLE_LINES_READ} lines). Looked for before the turn is split, as most turns ask for none.
 */
function tableAskLine(lower: string): string | undefined {
  const firstEnd = lower.indexOf("\n");
  if (firstEnd < 0) return undefined;
  const first = lower.slice(0, Math.min(firstEnd, ASK_LINE_CHARS));
  if (TABLE_ASK.test(first)) return first;
  const lastStart = lower.lastIndexOf("\n") + 1;
  if (lower.length - lastStart > ASK_LINE_CHARS || !fewerLinesThan(lower, TABLE_LINES_READ)) return undefined;
  const last = lower.slice(lastStart);
  return TABLE_ASK.test(last) ? last : undefined;
}

/** Whether `text` has fewer than `count` lines (counted up to `count`). */
function fewerLinesThan(text: string, count: number): boolean {
  let at = -1;
  for (let lines = 1; lines < count; lines++) {
    at = text.indexOf("\n", at + 1);
    if (at < 0) return true;
  }
  return false;
}

/** Pasted lines with figures asked back as a table or CSV: extraction (see the module comment). */
export function tableAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  // "classe ces tickets… réponds sous forme de tableau": a verb that names other work names the task; the table is its form.
  if (!TABLE_MISREADS.has(task) || reading.agent.coding || reading.cues.some((cue) => cue.strong && cue.task !== "extraction")) return undefined;
  const lower = reading.latestLower;
  const ask = tableAskLine(lower);
  const { head, tail } = askParts(lower);
  if (ask === undefined || CODE_ASK.test(head) || CODE_ASK.test(tail)) return undefined;
  const lines = lower.split("\n", TABLE_LINES_READ);
  const withFigures = lines.filter((line) => line !== ask && countNumbers(line, 1) > 0).length;
  if (withFigures < TABLE_MIN_LINES) return undefined;
  // "Why is the total in the table wrong?", "add the monthly average": a reading or a computation, not the table.
  const domain = readNumericDomain(`${ask}\n${head}\n${tail}`);
  // A maths word among the columns asked for ("retention time and area") asks no sum.
  if (domain.interpret || domain.calculate || domain.figure || domain.failure) return undefined;
  return { task: "extraction", why: "asks for the pasted lines' figures as a table" };
}

/** Readings a judgement of figures is misread as (its words are judgement's alone: a puzzle's "is it possible, and why?" is none). */
const JUDGED_READINGS = new Set(["math", "simple_qa", "chat", "deep_reasoning", "extraction", "classification"]);
/** A reading this sure stands. */
const SURE_READING = 0.9;
/** Figures a turn holds for its ask to be a judgement of figures. */
const JUDGED_MIN_FIGURES = 3;

/**
 * A judgement of a turn's figures asked in its closing question (a reading of them, no computation, no maths, not a running system's or a log's
 * figures, which `numeric-guard.ts` reads as debugging), read as a sum, a lookup or small talk: analysis.
 */
export function judgedFiguresGuard(task: string, confidence: number, reading: ConversationReading): GuardResult | undefined {
  if (!JUDGED_READINGS.has(task) || confidence >= SURE_READING || reading.agent.coding) return undefined;
  const lower = reading.latestLower;
  if (countNumbers(lower, JUDGED_MIN_FIGURES) < JUDGED_MIN_FIGURES) return undefined;
  // A debugging word with nothing to debug ("qu'est-ce qui cloche ?" over a skier's figures) names no other task.
  if (reading.cues.some((cue) => cue.strong && cue.task !== "analysis" && !(cue.task === "code_review" && nothingToDebug(reading)))) return undefined;
  // A labelling reading stands when a word of the turn names labelling ("classify", "sort into"; twenty-fifth round).
  if (task === "classification" && reading.cues.some((cue) => cue.task === "classification")) return undefined;
  if (!asksForJudgement(lower)) return undefined;
  const domain = readNumericDomain(lower);
  if (domain.math || domain.figure || domain.calculate || domain.log || domain.system) return undefined;
  return { task: "analysis", why: "asks for a judgement of the figures, not a sum" };
}

/** Readings a band asked for each item is misread as: the items' figures pull them. */
const BAND_MISREADS = new Set(["extraction", "math", "analysis", "summarization", "simple_qa", "code_review", "deep_reasoning"]);
/** A numeric band: "75–84", "1991–1995", "75~84", "85+", "< 50" (the script's own dash or tilde), "50 미만", "below 50". */
const BAND = /(?<!\d|\d[.,])\d{1,4}(?:[.,]\d+)?\s?[–—~〜～-]\s?\d{1,4}(?:[.,]\d+)?(?!\d|[.,]\d)|(?<!\d|\d[.,])\d{1,4}\s?\+|[<>≤≥]\s?\d{1,4}|\d{1,4}\s?(?:이상|미만|이하|以上|未満|以下|及以上)|(?<![\p{L}])(?:below|under|above|over|ab|unter|über|menos de|más de|moins de|plus de|sotto|sopra|abaixo de|acima de|ниже|выше|от)\s\d{1,4}/gu;
/**
 * The answer's shape as a label per item, closing its clause: "Name → category only.", "名前→評価だけで。", "이름 → 등급만요."
 * The word before the arrow is a lookbehind, so a long run of letters with no arrow is read once, not once per start.
 */
const LABEL_PER_ITEM = /(?<=\p{L}{2})\s?(?:→|->|=>)\s?\p{L}{2,}(?: \p{L}+)?\s?(?:[,.;:!)\]”"」。，、]|$)/mu;
/** Bands a turn's head defines, at least. */
const MIN_BANDS = 3;
/** Characters of the turn's head where the bands and the answer's shape are read. */
const BANDS_HEAD_CHARS = 500;

/**
 * Bands defined by figures and a label asked per item ("A 85+, B 75–84, C 65–74 … Name → band", "30 = born 1991–1995, 35
 * = 1986–1990 … Name → category only"): each item is put in a class, however many figures the items carry. The shape is
 * script-independent: figures with dashes for the bands, an arrow from a word to a word for the answer.
 */
export function bandsAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!BAND_MISREADS.has(task) || reading.agent.coding || reading.cues.some((cue) => cue.strong && cue.task === "extraction")) return undefined;
  const head = reading.latestLower.slice(0, BANDS_HEAD_CHARS);
  if (!(head.includes("→") || head.includes("->") || head.includes("=>")) || !LABEL_PER_ITEM.test(head) || (head.match(BAND)?.length ?? 0) < MIN_BANDS) return undefined;
  const domain = readNumericDomain(head);
  if (domain.log || domain.calculate || domain.figure || domain.interpret || CODE_ASK.test(head)) return undefined;
  return { task: "classification", why: "bands defined by figures, and a label asked for each item" };
}
