/**
 * Exploration where it tells most (docs/routing-quality.md, eighth pass): the ranking check's terms are
 * gain × (candidate percentile − shipped percentile), so an explored outcome on a prompt where the candidate
 * adapter and the shipped score agree adds variance and almost nothing to the mean. `DisagreementIntensity`
 * scales each decision's exploration probability by (floor + |candidate − shipped percentile|), normalised by
 * the mean of that value over recent decisions, so the explored share stays at the cap on average while the
 * budget goes where the two rankings differ. The intensity depends only on the prompt's features and on the
 * past (the newest candidate and the recent values), so the propensity `chooseArm` records stays exact.
 * @module
 */
import { percentileOf, type DeploymentAdapter } from "./adapter.js";
import { adaptedGain } from "./apply-adapter.js";
import type { RoutingFeatures } from "./routing-features.js";

/** Share of the uniform intensity every prompt keeps (positivity for later candidates). */
export const DEFAULT_EXPLORE_FLOOR = 0.1;
const WINDOW = 400;

/** How far the candidate's and the shipped percentiles of one prompt lie apart (0..1). */
export function percentileDistance(candidate: DeploymentAdapter, features: RoutingFeatures): number {
  const adapted = percentileOf(candidate.gain_quantiles, adaptedGain(candidate, features));
  const shipped = percentileOf(candidate.static_quantiles, features.strong_probability);
  return Math.abs(adapted - shipped);
}

/** Per-decision exploration intensity (mean about 1 over recent decisions); 1 while there is no candidate. */
export class DisagreementIntensity {
  private readonly recent: number[] = [];
  private sum = 0;
  constructor(private readonly floor = DEFAULT_EXPLORE_FLOOR) {}

  intensity(candidate: DeploymentAdapter | undefined, features: RoutingFeatures): number {
    if (!candidate) return 1;
    const value = this.floor + percentileDistance(candidate, features);
    this.recent.push(value);
    this.sum += value;
    if (this.recent.length > WINDOW) this.sum -= this.recent.shift() ?? 0;
    const mean = this.sum / this.recent.length;
    return mean > 0 ? value / mean : 1;
  }
}
