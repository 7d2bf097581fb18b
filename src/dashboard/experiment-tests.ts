/**
 * What an experiment tests, in a sentence, from its config (`GET /api/experiments/:name/report`'s `config`): the share,
 * the traffic it matches and what the variant changes, as the CLI's report heading gives them.
 * @module
 */
import type { ExperimentReport } from "./api-types.js";
import { percent } from "./numbers.js";

const text = (value: unknown): string | undefined => (typeof value === "string" || typeof value === "number" ? String(value) : undefined);

/** "50% of code_generation requests go to the variant: tier budget. The rest is the control, routed as usual." */
export function experimentTests(config: ExperimentReport["config"]): string {
  if (!config) return "No longer in the config: the figures are what the log kept.";
  const match = config.match ?? {};
  const task = text(match.task);
  const tier = text(match.tier);
  const traffic = `${task ? `${task} requests` : "eligible requests"}${tier ? ` on tier ${tier}` : ""}`;
  const variant = config.variant ?? {};
  const changes = [
    text(variant.tier) ? `tier ${text(variant.tier)}` : undefined,
    text(variant.model) ? `model ${text(variant.model)} first` : undefined,
    text(variant.weights) ? `the candidate router ${text(variant.weights)}` : undefined,
    text(variant.quality) ? `quality ${text(variant.quality)}` : undefined,
  ].filter((change): change is string => change !== undefined);
  const what = changes.length > 0 ? changes.join(", ") : "nothing changed (an A/A test)";
  const share = typeof config.share === "number" ? shareText(config.share) : "A share";
  const paused = config.enabled === false ? " Paused: it enrolls no new requests." : "";
  return `${share} of ${traffic} go to the variant: ${what}. The rest is the control, routed as usual.${paused}`;
}

/** An experiment's share as configured ("50%", "0.1%", "12.5%"), for this sentence and the list of experiments. */
export function shareText(share: number): string {
  return percent(share, shareDigits(share));
}

/**
 * Decimals that write a share as configured (0.5 "50%", 0.001 "0.1%", 0.125 "12.5%", 0.00001 "0.001%"), four at most;
 * past that two, or as many as keep a share above none off "0.00%" and one below all off "100.00%" (a whole percent
 * said "0%" of a 0.1% canary, and two decimals said it again of a 0.001% one).
 */
function shareDigits(share: number): number {
  const points = Number((share * 100).toPrecision(12));
  const exact = [0, 1, 2, 3, 4].find((digits) => Number(points.toFixed(digits)) === points);
  if (exact !== undefined) return exact;
  let digits = 2;
  while (digits < 8 && [0, 100].includes(Number(points.toFixed(digits)))) digits += 1;
  return digits;
}
