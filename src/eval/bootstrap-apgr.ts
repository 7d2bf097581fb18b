/**
 * Bootstrap confidence intervals for APGR: resample the prompts with replacement (seeded), recompute
 * the whole RouteLLM sweep on each resample, and report the 2.5% and 97.5% percentiles. With 72
 * MT-Bench questions the interval is wide; it says how much a difference between routers can mean.
 * @module
 */
import { createSeededRandom } from "./random-classifier.js";
import { computeRoutingMetrics, type PairedOutcome } from "./routing-metrics.js";

/** APGR's 95% bootstrap interval. */
export function bootstrapApgr(outcomes: readonly PairedOutcome[], options: { resamples?: number; seed?: number; numResults?: number } = {}): [number, number] {
  const { resamples = 200, seed = 0, numResults = 10 } = options;
  const random = createSeededRandom(seed);
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = outcomes.map(() => outcomes[Math.floor(random() * outcomes.length)] as PairedOutcome);
    const apgr = computeRoutingMetrics(sample, numResults).apgr;
    if (Number.isFinite(apgr)) values.push(apgr);
  }
  values.sort((a, b) => a - b);
  const at = (q: number): number => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))] ?? Number.NaN;
  return [at(0.025), at(0.975)];
}
