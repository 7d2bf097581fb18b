/**
 * Follow-ups that bring figures (nineteenth round):
 * - "ok do it for me: <50ms: 4210, 50-100: 3120, …" after "how do I figure out our p95 from a histogram?": a consent that
 *   brings its own figures to a question how to compute something asks for the computation;
 * - "what if we lease instead at $42/month over 36 months — total cost and difference?" after a sum: the same sum with
 *   the figures changed, when the what-if asks for a figure and no reading of one.
 * @module
 */
import { countNumbers, readNumericDomain } from "./numeric-domain.js";

/** How to compute, find or work out a quantity, in the cue languages. */
const HOW_TO_COMPUTE =
  /\bhow (?:do|would|can|should|could) (?:i|we|you|one) (?:figure out|calculate|compute|work out|get|find|estimate|derive|convert)\b|\bhow (?:is|are) (?:it|that|this|they) (?:calculated|computed|worked out)\b|c[oó]mo (?:calculo|saco|se calcula|calculamos)|wie (?:berechne|rechne|ermittle) ich|wie (?:wird|berechnet man)|comment (?:calculer|je calcule|on calcule|se calcule)|como (?:calculo|se calcula|calcular)|come (?:calcolo|si calcola|calcolare)|как (?:посчитать|рассчитать|вычислить|считается)|怎么算|怎么计算|如何计算|どうやって計算|どう計算|어떻게 계산/;
/** Figures the follow-up must bring to be the data, not a detail. */
const MIN_FIGURES = 4;

/** Whether a consent (`latest`) brings figures to a question (`asked`) how to compute something. */
export function bringsFiguresToCompute(asked: string, latest: string): boolean {
  return countNumbers(latest, MIN_FIGURES) >= MIN_FIGURES && HOW_TO_COMPUTE.test(asked);
}

/** A what-if that opens the turn: "what if…", "and if…", "y si…", "und wenn…", "et si…", "e se…", "а если…", "如果…". */
const WHAT_IF = /^[¿¡]?(?:(?:ok(?:ay)?|and|so|hmm|wait)[,.]?\s+)?(?:what if|and if|what about if|y si|und wenn|et si|e se|а если|如果|もし)(?![a-zà-ÿ])/;

/** Marks that close a sentence. */
const SENTENCE_MARKS = new Set([".", "!", "?", "。", "！", "？"]);

/** The last sentence of a turn (a full stop, question or exclamation mark before a space or the end closes a sentence). */
function lastSentence(latest: string): string {
  // Trimmed by a loop: a pattern anchored at the end retries from every mark of a long run (review of the twenty-fifth round).
  let end = latest.trimEnd().length;
  while (end > 0 && SENTENCE_MARKS.has(latest.charAt(end - 1))) end -= 1;
  const trimmed = latest.slice(0, end);
  let start = 0;
  for (const match of trimmed.matchAll(/[.!?。！？](?:\s|$)/gu)) start = (match.index ?? 0) + 1;
  return trimmed.slice(start).trimStart();
}

/**
 * Whether the turn asks what happens with changed figures of its own ("what if we lease at $42/month?"). After a sum
 * the assistant worked (`afterWorkedSum`, twenty-fifth round) the what-if may close the turn, after a line of new figures
 * ("contract says 0.12 per extra km. what if I actually drive 20,000 a year?"), and asks that sum again without saying so.
 */
export function asksWhatIfWithFigures(latest: string, afterWorkedSum = false): boolean {
  if (countNumbers(latest, 1) < 1) return false;
  // After a worked sum the what-if is the whole last sentence: "what if we waited 6 months, would that be smarter?" goes
  // on to ask a judgement.
  const last = afterWorkedSum ? lastSentence(latest) : "";
  // It brings a figure of its own: "the bus pass is 49 a month. what if I take B" asks the choice again.
  const plain = afterWorkedSum && WHAT_IF.test(last) && !/[,;，、]\s/u.test(last) && countNumbers(last, 1) >= 1;
  if (!plain && !WHAT_IF.test(latest)) return false;
  // "e se eu continuar alugando… vale mais a pena?", "still only one answer?": a judgement or a puzzle asked again.
  const domain = readNumericDomain(latest);
  return (plain || domain.compute || domain.figure || domain.calculate) && !domain.interpret;
}

/** A sum worked out in an assistant's turn: figures joined by an operator ("2,000 + 36 × 299", "16 × 8,50"), or a result after "=". */
const WORKED_SUM = /[\d.,]\s?[+×*]\s?\d|=\s?[\d€$£¥₽]/u;

/**
 * Whether `assistant` (an assistant's turn) shows a sum worked out, in prose: an answer with code in it ("timeout = 30")
 * sets values, and a what-if about them asks about the code.
 */
export function showsWorkedSum(assistant: string): boolean {
  return !assistant.includes("```") && WORKED_SUM.test(assistant);
}
