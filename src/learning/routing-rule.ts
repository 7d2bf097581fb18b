/**
 * When a batch adapter routes (`eval --online`, ADR 0009). Refits 100 outcomes apart validate on nearly the same
 * outcomes, so their ranking z share the data's noise; each also adds its own fitting noise (one more outcome
 * reshuffles the order of the AdaGrad passes, and the ranking z of the same outcomes can move by 0.6). Two ways in:
 *
 * - **consecutive:** `passesToStart` refits in a row, each passing both checks on its own;
 * - **pooled:** the mean ranking z of the last `pooledRefits` refits, each predicting outcomes better, reaches the
 *   bar, once the newest validation holds at least `pooledMinExplored` explored outcomes. Averaging removes most
 *   of the fitting noise, not the data's; the floor keeps it to windows where the explored outcomes, which carry
 *   90% of the check's variance, are numerous enough for the z to mean what it says (no pooled start on small
 *   streams, where the consecutive rule alone decides).
 *
 * Once routing, a refit keeps the adapter routing when it passes on its own or the pooled rule holds.
 * @module
 */

/** The rule's settings. */
export interface RoutingRule {
  passesToStart: number;
  /** Refits averaged by the pooled rule (0: the consecutive rule alone). */
  pooledRefits: number;
  pooledMinExplored: number;
  /** The ranking check's bar (the gate's `minRankZ`). */
  minRankZ: number;
}

/** Refits whose ranking z the pooled rule averages (chosen on development streams, docs/routing-quality.md). */
export const DEFAULT_POOLED_REFITS = 3;
/** Explored outcomes the newest validation must hold before the pooled rule counts. */
export const DEFAULT_POOLED_MIN_EXPLORED = 100;

/** What one refit's gate measured. */
export interface RefitResult {
  /** The log-loss check passed (the adapter predicts outcomes better than the shipped score). */
  predicts: boolean;
  rankZ: number;
  /** Explored outcomes among the validated ones. */
  explored: number;
}

/** The rule's memory: consecutive passes, and the newest ranking z (−Infinity for a refit that did not predict better). */
export interface RoutingState {
  passes: number;
  recent: number[];
}

export const initialRoutingState = (): RoutingState => ({ passes: 0, recent: [] });

/** Whether the pooled rule holds after the newest refit. */
function pooledHolds(recent: readonly number[], refit: RefitResult, rule: RoutingRule): boolean {
  const k = rule.pooledRefits;
  if (k < 1 || recent.length < k || refit.explored < rule.pooledMinExplored) return false;
  const last = recent.slice(-k);
  return last.every(Number.isFinite) && last.reduce((a, b) => a + b, 0) / k >= rule.minRankZ;
}

/** Folds one refit into the state and says whether the adapter routes until the next refit. */
export function nextRouting(state: RoutingState, refit: RefitResult, routing: boolean, rule: RoutingRule): { state: RoutingState; route: boolean } {
  const passed = refit.predicts && refit.rankZ >= rule.minRankZ;
  const recent = [...state.recent, refit.predicts ? refit.rankZ : -Infinity].slice(-Math.max(1, rule.pooledRefits));
  const next = { passes: passed ? state.passes + 1 : 0, recent };
  const pooled = refit.predicts && pooledHolds(recent, refit, rule);
  const route = pooled || (routing ? passed : next.passes >= rule.passesToStart);
  return { state: next, route };
}
