/**
 * The tenth pass's latch (docs/routing-quality.md): the refit gate's routing rule decides when an adapter starts, and
 * the sequential evidence (`sequential-evidence.ts`) decides when it stops. Once an adapter routes, it keeps routing
 * (each newer refit that predicts better takes over) until the evidence gathered since it started shows, at level
 * `closeAlpha`, that the candidates rank worse than the shipped score; a refit window whose ranking z dips under the
 * bar no longer stops it. Optionally the whole stream's evidence may also start it (`openAlpha`).
 * @module
 */
import { addTerms, emptySums, harmLogE, mixtureLogE, mixtureScale, type EvidenceSums } from "./sequential-evidence.js";

/** The latch's settings. */
export interface SequentialRule {
  /** Level at which harm since the start stops the adapter. */
  closeAlpha: number;
  /** Level at which the whole stream's evidence starts an adapter (0: only the refit gate starts one). */
  openAlpha: number;
  /** Terms at which the mixture's boundary is tightest (its scale, in mean squares of the first block). */
  scaleAtTerms: number;
}

export const DEFAULT_SEQUENTIAL_RULE: SequentialRule = { closeAlpha: 0.1, openAlpha: 0, scaleAtTerms: 2000 };

/** Terms scored before the mixture's scale is fixed. */
const SCALE_AFTER = 100;

export interface SequentialState {
  all: EvidenceSums;
  sinceStart: EvidenceSums;
  rho: number;
  latched: boolean;
}

export const initialSequentialState = (): SequentialState => ({ all: emptySums(), sinceStart: emptySums(), rho: 0, latched: false });

/** What the latch read after a refit (for traces). */
export interface SequentialReading {
  logE: number;
  harmLogE: number;
  terms: number;
}

/**
 * Folds the terms scored since the last refit into the state; `gateRoutes` is the refit gate's own verdict.
 * Returns whether an adapter routes until the next refit.
 */
export function nextLatch(state: SequentialState, terms: readonly number[], gateRoutes: boolean, rule: SequentialRule): { state: SequentialState; route: boolean; reading: SequentialReading } {
  const all = addTerms(state.all, terms);
  const rho = state.rho > 0 || all.count < SCALE_AFTER ? state.rho : mixtureScale(all, rule.scaleAtTerms);
  let latched = state.latched;
  let sinceStart = latched ? addTerms(state.sinceStart, terms) : emptySums();
  if (latched && rho > 0 && harmLogE(sinceStart, rho) >= Math.log(1 / rule.closeAlpha)) {
    latched = false;
    sinceStart = emptySums();
  }
  const evidenceOpens = rule.openAlpha > 0 && rho > 0 && mixtureLogE(all, rho) >= Math.log(1 / rule.openAlpha);
  if (!latched && (gateRoutes || evidenceOpens)) latched = true;
  const reading = { logE: rho > 0 ? mixtureLogE(all, rho) : 0, harmLogE: rho > 0 ? harmLogE(sinceStart, rho) : 0, terms: all.count };
  return { state: { all, sinceStart, rho, latched }, route: latched, reading };
}
