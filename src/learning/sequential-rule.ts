/**
 * The tenth pass's latch (docs/routing-quality.md): the refit gate's routing rule decides when an adapter starts, and
 * the sequential evidence (`sequential-evidence.ts`) decides when it stops. Once an adapter routes, it keeps routing
 * (each newer refit that predicts better takes over) until the evidence gathered since it started shows, at level
 * `closeAlpha`, that the candidates rank worse than the shipped score; a refit window whose ranking z dips under the
 * bar no longer stops it. The whole stream's evidence may also start it (`openAlpha`, the eleventh pass: small streams
 * never reach three passing refits), on a refit whose fit predicts outcomes better; after a harm stop, only the
 * evidence since that stop.
 * @module
 */
import { addTerms, emptySums, harmLogE, mixtureLogE, mixtureScale, type EvidenceSums } from "./sequential-evidence.js";

/** The latch's settings. */
export interface SequentialRule {
  /** Level at which harm since the start stops the adapter. */
  closeAlpha: number;
  /**
   * Level at which the whole stream's evidence starts an adapter (0: only the refit gate starts one); it starts one
   * only on a refit whose fit predicts outcomes better.
   */
  openAlpha: number;
  /** Terms at which the harm test's mixture is tightest (its scale, in mean squares of the first block). */
  scaleAtTerms: number;
  /** The same for the start's mixture (default `scaleAtTerms`). */
  openScaleAtTerms?: number;
  /** Score the evidence with every refit's fit, not only with fits that predict better (`eval --online` reads it). */
  scoreEveryFit?: boolean;
}

/** The tenth pass's rule: only the refit gate starts an adapter, and only fits that predict better score the evidence. */
export const TENTH_PASS_SEQUENTIAL_RULE: SequentialRule = { closeAlpha: 0.1, openAlpha: 0, scaleAtTerms: 2000 };

/**
 * The eleventh pass's (chosen on development streams, docs/routing-quality.md): the evidence may also start an
 * adapter, at level 0.1 with its mixture tightest at 300 terms, on a refit that predicts better; every fit scores it.
 */
export const DEFAULT_SEQUENTIAL_RULE: SequentialRule = { ...TENTH_PASS_SEQUENTIAL_RULE, openAlpha: 0.1, openScaleAtTerms: 300, scoreEveryFit: true };

/** Terms scored before the mixture's scale is fixed. */
const SCALE_AFTER = 100;

export interface SequentialState {
  all: EvidenceSums;
  sinceStart: EvidenceSums;
  /**
   * What the evidence start reads: the whole stream until a harm stop, then only the terms since the last stop. Read
   * from the whole stream, the gains before a stop reopened the adapter in the same refit that stopped it.
   */
  sinceStop: EvidenceSums;
  rho: number;
  rhoOpen: number;
  latched: boolean;
}

export const initialSequentialState = (): SequentialState => ({ all: emptySums(), sinceStart: emptySums(), sinceStop: emptySums(), rho: 0, rhoOpen: 0, latched: false });

/** What the latch read after a refit (for traces). */
export interface SequentialReading {
  logE: number;
  harmLogE: number;
  terms: number;
}

/**
 * Folds the terms scored since the last refit into the state; `gateRoutes` is the refit gate's own verdict, and
 * `predicts` whether this refit's fit predicts outcomes better. Returns whether an adapter routes until the next refit.
 */
export function nextLatch(state: SequentialState, terms: readonly number[], gateRoutes: boolean, rule: SequentialRule, predicts = true): { state: SequentialState; route: boolean; reading: SequentialReading } {
  const all = addTerms(state.all, terms);
  const fixed = state.rho > 0 || all.count < SCALE_AFTER;
  const rho = fixed ? state.rho : mixtureScale(all, rule.scaleAtTerms);
  const rhoOpen = fixed ? state.rhoOpen : mixtureScale(all, rule.openScaleAtTerms ?? rule.scaleAtTerms);
  let latched = state.latched;
  let sinceStart = latched ? addTerms(state.sinceStart, terms) : emptySums();
  let sinceStop = addTerms(state.sinceStop, terms);
  if (latched && rho > 0 && harmLogE(sinceStart, rho) >= Math.log(1 / rule.closeAlpha)) {
    latched = false;
    sinceStart = emptySums();
    sinceStop = emptySums();
  }
  const evidenceOpens = rule.openAlpha > 0 && predicts && rhoOpen > 0 && mixtureLogE(sinceStop, rhoOpen) >= Math.log(1 / rule.openAlpha);
  if (!latched && (gateRoutes || evidenceOpens)) latched = true;
  const reading = { logE: rhoOpen > 0 ? mixtureLogE(sinceStop, rhoOpen) : 0, harmLogE: rho > 0 ? harmLogE(sinceStart, rho) : 0, terms: all.count };
  return { state: { all, sinceStart, sinceStop, rho, rhoOpen, latched }, route: latched, reading };
}
