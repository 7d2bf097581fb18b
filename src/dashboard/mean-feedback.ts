/**
 * The overview's mean feedback: the figure, and the note under it.
 * @module
 */
import { h, type Child } from "./dom.js";
import { counted, decimal } from "./format.js";

/** How many scores, on their 0–1 scale; a mean off that scale (impossible scores in the log) is said to be one. */
export function feedbackNote(mean: number | null, scores: number): string {
  const off = mean !== null && (mean < 0 || mean > 1);
  return `${counted(scores, "score")} (0–1)${off ? "; this mean is outside 0–1: the log holds scores off the scale" : ""}`;
}

/**
 * A mean of scores. With scores but no mean (one of them NaN or infinite, which the API gives as null), the mean is no
 * number at all: it showed "—", as with no scores yet, and is badged as impossible figures are elsewhere.
 */
export function meanFeedback(mean: number | null, scores: number): Child {
  if (mean !== null) return decimal(mean, 2);
  if (scores === 0) return "—";
  return ["—", " ", h("span", { class: "badge warn", "data-impossible": "" }, "impossible: not a finite number")];
}
