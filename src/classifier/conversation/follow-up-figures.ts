/**
 * "ok do it for me: <50ms: 4210, 50-100: 3120, …" after "how do I figure out our p95 from a histogram?": a consent that
 * brings its own figures to a question how to compute something asks for the computation (nineteenth round). The
 * question was a how-to; the follow-up hands over the numbers.
 * @module
 */
import { countNumbers } from "./numeric-domain.js";

/** How to compute, find or work out a quantity, in the cue languages. */
const HOW_TO_COMPUTE =
  /\bhow (?:do|would|can|should|could) (?:i|we|you|one) (?:figure out|calculate|compute|work out|get|find|estimate|derive|convert)\b|\bhow (?:is|are) (?:it|that|this|they) (?:calculated|computed|worked out)\b|c[oó]mo (?:calculo|saco|se calcula|calculamos)|wie (?:berechne|rechne|ermittle) ich|wie (?:wird|berechnet man)|comment (?:calculer|je calcule|on calcule|se calcule)|como (?:calculo|se calcula|calcular)|come (?:calcolo|si calcola|calcolare)|как (?:посчитать|рассчитать|вычислить|считается)|怎么算|怎么计算|如何计算|どうやって計算|どう計算|어떻게 계산/;
/** Figures the follow-up must bring to be the data, not a detail. */
const MIN_FIGURES = 4;

/** Whether a consent (`latest`) brings figures to a question (`asked`) how to compute something. */
export function bringsFiguresToCompute(asked: string, latest: string): boolean {
  return countNumbers(latest, MIN_FIGURES) >= MIN_FIGURES && HOW_TO_COMPUTE.test(asked);
}
