/**
 * Rows of the writer's own pasted list picked by their state (round 37n): "Which of these products are out of stock?" above
 * "SKU-101 Desk lamp, qty 0 / SKU-102 Monitor arm, qty 14 / …", "¿cuáles de estos están vencidos?", "welche davon sind
 * überfällig?", "哪些缺货？" above the lines. The quantities made it a sum (learned) or a sorting (heuristic); the question
 * picks items out, as the same question after a tool's result does (`picked-rows.ts`). A judgement ("which of these
 * should we keep?", "which are spam?") or a maths property ("which of these numbers are prime?") is left alone.
 * @module
 */
import { hasExplicitMath } from "./numeric-domain.js";
import { JUDGED, WHICH_MANY } from "./picked-rows.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "which of these products are out of stock", "which of the following items have expired": the items named between. */
const WHICH_OF_THESE_NOUN = /\bwhich (?:of )?(?:these|those|the following|the) [a-z]{2,20} (?:are|were|have|has|need|still|did|don't|aren't)\b/;
/** A line that is one question, ending it. */
const ONE_QUESTION_ENDS = /^[^?？]+[?？]\s*[:：]?$/u;
/** A label asked per item, or two which-words (the items sorted into two kinds). */
const LABELS_ASKED = /\b(?:label|mark|tag|categor\w*|classify)\b|标|標|分类|分類|ラベル|タグ|분류|표시|(?:哪些|which)[^\n]*(?:哪些|which)/u;
/** A property of numbers asked ("which of these numbers are prime?"): a maths question, whatever the list holds. */
const NUMBER_PROPERTY = /\b(?:primes?|even|odd|divisible|multiples?|factors?|perfect squares?|square numbers?)\b|primos?|primzahl|premiers|primi|прост\S* числ|质数|素数|소수/u;
/** Readings the pasted quantities or states give the question. */
const MISREAD: ReadonlySet<string> = new Set(["math", "simple_qa", "analysis", "classification", "chat"]);
/** The question's line is this short at most. */
const MAX_QUESTION_CHARS = 80;
/** Lines of items below it, at least. */
const MIN_ITEMS = 3;
/** A pasted list this long at most (a longer text is a document, read by the other rules). */
const MAX_CHARS = 2_000;

/** The line without its closing question marks, colons and spaces (a loop: a `[…]+$` pattern backtracks on long runs). */
function withoutClosingMarks(line: string): string {
  let end = line.length;
  while (end > 0 && "?？:： \t".includes(line[end - 1]!)) end--;
  return line.slice(0, end);
}

/** Extraction for a which-question over the writer's own list of items (see the module comment). */
export function pickedPastedRowsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.toolMessages > 0 || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  const end = text.indexOf("\n");
  if (end < 0 || end > MAX_QUESTION_CHARS || text.length > MAX_CHARS) return undefined;
  const line = text.slice(0, end).trim();
  // One question that ends the line: "哪些算工作开支、哪些算个人开支？每项后面标个B或P就行" sorts every item (a label each).
  if (!ONE_QUESTION_ENDS.test(line) || LABELS_ASKED.test(line)) return undefined;
  const question = withoutClosingMarks(line);
  if (!(WHICH_MANY.test(question) || WHICH_OF_THESE_NOUN.test(question)) || JUDGED.test(question)) return undefined;
  const items = text.slice(end + 1).split("\n").filter((line) => line.trim() !== "").length;
  if (items < MIN_ITEMS || hasExplicitMath(text) || NUMBER_PROPERTY.test(question)) return undefined;
  // "¿Cuáles son los puntos clave de esto?" above call notes: the question names other work (a summary).
  if (reading.cues.some((cue) => cue.strong && cue.task !== "extraction" && cue.at < end)) return undefined;
  return { task: "extraction", why: "picks items of the pasted list by their state" };
}
