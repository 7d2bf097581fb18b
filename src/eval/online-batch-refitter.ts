/**
 * The batch learner of `eval --online`: every `retrainEvery` outcomes it refits the adapter, and the routing rule
 * (`routing-rule.ts`), the latch (`sequential-rule.ts`) and, on two-model streams, the band start (`band-start.ts`)
 * decide whether the fit routes. Split from `online-eval.ts`, which streams the prompts and serves the arms.
 * @module
 */
import { DEFAULT_MIN_RANK_Z, DEFAULT_MIN_Z, fitAdapter, gateRefusal, type DeploymentAdapter, type FitAdapterResult } from "../learning/adapter.js";
import { predictRewards } from "../learning/apply-adapter.js";
import type { OutcomeExample } from "../learning/outcome.js";
import { DEFAULT_POOLED_MIN_EXPLORED, DEFAULT_POOLED_REFITS, initialRoutingState, nextRouting, type RefitResult, type RoutingRule } from "../learning/routing-rule.js";
import { rankingTermsOf } from "../learning/ranking-gate.js";
import { DEFAULT_SEQUENTIAL_RULE, initialSequentialState, nextLatch, type SequentialReading } from "../learning/sequential-rule.js";
import { BandStart, DEFAULT_BAND_START } from "./band-start.js";
import { DEFAULT_PASSES_TO_START, type OnlineOptions } from "./online-options.js";
import type { OutcomeStream } from "./online-stream.js";
import { refitNote } from "./refit-note.js";

/** The batch learner's refit: the gate builds every adapter that predicts better, and the routing rule decides. */
export function batchRefitter(stream: OutcomeStream, options: OnlineOptions): (examples: readonly OutcomeExample[], routing: boolean) => DeploymentAdapter | undefined {
  const bar = options.fit?.minRankZ ?? DEFAULT_MIN_RANK_Z;
  const rule: RoutingRule = {
    passesToStart: options.passesToStart ?? DEFAULT_PASSES_TO_START,
    pooledRefits: options.pooledRefits ?? DEFAULT_POOLED_REFITS,
    pooledMinExplored: options.pooledMinExplored ?? DEFAULT_POOLED_MIN_EXPLORED,
    minRankZ: bar,
  };
  const latchRule = options.sequential === undefined ? DEFAULT_SEQUENTIAL_RULE : options.sequential;
  let state = initialRoutingState();
  let latch = initialSequentialState();
  let candidate: DeploymentAdapter | undefined;
  let scorer: DeploymentAdapter | undefined;
  let scored = 0;
  let lastNote = "";
  const bandRule = options.bandStart ?? DEFAULT_BAND_START;
  const band = bandRule && stream.arms.length === 2 ? new BandStart(bandRule) : undefined;
  return (examples, routing) => {
    // Outcomes since the last refit, scored by the fit of that refit (fitted only on outcomes before them).
    const terms = scorer ? candidateTerms(scorer, examples.slice(scored)) : [];
    if (band && scorer && !routing) band.score(scorer, examples.slice(scored));
    scored = examples.length;
    const { fitted, unchecked } = refitOnce(examples, stream, options);
    const validation = "adapter" in fitted ? fitted.adapter.validation : fitted.validation;
    const refit: RefitResult = { predicts: "adapter" in fitted, rankZ: validation?.rank_z ?? -Infinity, explored: validation?.explored ?? 0 };
    const next = nextRouting(state, refit, routing, rule);
    state = next.state;
    if ("adapter" in fitted) candidate = fitted.adapter;
    let route = next.route;
    let reading: SequentialReading | undefined;
    if (latchRule) {
      const wasLatched = latch.latched;
      const latched = nextLatch(latch, terms, next.route, latchRule, refit.predicts);
      latch = latched.state;
      route = latched.route;
      reading = latched.reading;
      if (wasLatched && !latch.latched) band?.reset();
      if (band && !route && unchecked && band.tryStart(latch.sinceStop.sum)) {
        latch = { ...latch, latched: true };
        route = true;
        options.onProgress?.(`after ${examples.length} outcomes: band start (e-value log ${band.logE().toFixed(2)}, placebo z ${band.placeboZ().toFixed(2)})`);
      }
    }
    // The gate routes only on a refit that predicts better, so `candidate` is then this refit's adapter; the latch
    // keeps the newest one that did. A band start routes with the newest fit.
    const adapter = route ? (band?.started === true ? (unchecked ?? candidate) : candidate) : undefined;
    // The next block is scored by the adapter that routes it, or while none routes by the newest fit (every fit with
    // `scoreEveryFit`, else the newest that predicts better).
    scorer = adapter ?? (latchRule && latchRule.scoreEveryFit === true ? (unchecked ?? scorer) : candidate);
    options.onRefit?.({ outcomes: examples.length, passed: refit.predicts && refit.rankZ >= bar, routing: adapter !== undefined, validation, ...(reading ? { sequential: reading } : {}), ...(band ? { band: { logE: band.logE(), placeboZ: band.placeboZ() } } : {}) });
    const note = refitNote(fitted, adapter !== undefined, bar, options.fit?.minZ, route && !next.route ? (routing ? "latch" : "evidence") : undefined);
    if (note !== lastNote) options.onProgress?.(`after ${examples.length} outcomes: ${note}`);
    lastNote = note;
    return adapter;
  };
}

/**
 * One refit: the gate's verdict (`fitted`, refused unless the fit predicts outcomes better; the ranking bar is the
 * routing rule's to apply) and the fit itself whatever the log-loss check said (`unchecked`, to score the evidence).
 */
function refitOnce(examples: readonly OutcomeExample[], stream: OutcomeStream, options: OnlineOptions): { fitted: FitAdapterResult; unchecked?: DeploymentAdapter } {
  const fit = fitAdapter(examples, { seed: options.seed, base: options.base, minOutcomes: options.minOutcomes, arms: stream.arms, ...options.fit, minRankZ: -Infinity, minZ: -Infinity });
  if (!("adapter" in fit)) return { fitted: fit };
  const v = fit.adapter.validation;
  const minZ = options.fit?.minZ ?? DEFAULT_MIN_Z;
  return { fitted: v.z >= minZ ? fit : { refused: gateRefusal(v, minZ, -Infinity), validation: v }, unchecked: fit.adapter };
}

/** The ranking check's doubly robust terms of a block of outcomes under one candidate adapter. */
function candidateTerms(candidate: DeploymentAdapter, block: readonly OutcomeExample[]): number[] {
  const bottom = candidate.arms[0] ?? "";
  const top = candidate.arms[candidate.arms.length - 1] ?? "";
  const predicted = block.map((e) => {
    const rewards = predictRewards(candidate, e.features);
    return { bottom: rewards[bottom] ?? 0, top: rewards[top] ?? 0 };
  });
  return rankingTermsOf(block, predicted, candidate.arms);
}
