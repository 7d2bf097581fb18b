/**
 * The words of a difficulty's basis, for the auto tier's reason: the strong-need estimate against the cuts the
 * classifier compared it with, or a turn that asks no work. Written once per auto decision, from numbers the classifier
 * kept (formatting them inside the classifier cost every reading of the conversation, most of them never routed).
 * @module
 */
import { DIFFICULTIES, type ConversationClassification } from "./classifier.js";

/** Most decimals the estimate gets to read apart from a cut it did not reach. */
const MAX_DIGITS = 6;

/**
 * E.g. "the classifier's estimate that it needs a strong model is 0.71, at or above premium's cut 0.66", or undefined
 * when the classifier kept no basis, or the cuts do not give the difficulty (a label set by something else).
 */
export function describeDifficulty({ difficulty, strongProbability }: ConversationClassification): string | undefined {
  if (difficulty.asksNoWork) return "it asks for no work: an acknowledgement or go-ahead with nothing before it";
  const cuts = difficulty.cuts;
  if (cuts === undefined) return undefined;
  let level = 0;
  while (level < cuts.length && strongProbability >= (cuts[level] ?? 1)) level++;
  if (DIFFICULTIES[level] !== difficulty.label) return undefined;
  const next = cuts[level];
  // "0.66, below premium's cut 0.66" would read false: as many decimals as the estimate needs to sit below the cut.
  let digits = 2;
  while (next !== undefined && digits < MAX_DIGITS && strongProbability.toFixed(digits) === next.toFixed(digits)) digits++;
  const reached = level > 0 ? `at or above ${difficulty.label}'s cut ${(cuts[level - 1] ?? 0).toFixed(digits)}` : "";
  const below = next === undefined ? "" : `below ${DIFFICULTIES[level + 1] ?? "premium"}'s cut ${next.toFixed(digits)}`;
  return `the classifier's estimate that it needs a strong model is ${strongProbability.toFixed(digits)}, ${reached}${reached && below ? " and " : ""}${below}`;
}
