/**
 * The options of `eval --online`'s simulated deployment (`online-eval.ts`), their defaults, and what an observer of
 * the batch learner's refits sees.
 * @module
 */
import type { FitAdapterOptions } from "../learning/adapter.js";
import type { Validation } from "../learning/adapter-validation.js";
import type { OutcomeExample } from "../learning/outcome.js";
import type { SequentialReading, SequentialRule } from "../learning/sequential-rule.js";
import type { BandStartRule } from "./band-start.js";

/** How the simulated deployment learns. */
export interface OnlineOptions {
  seed: number;
  /** `batch`: refit the adapter every `retrainEvery` outcomes; `bandit`: update online per outcome. */
  learner: "batch" | "bandit";
  retrainEvery: number;
  /** Most share of traffic that may explore (default 0.05). */
  maxExplore: number;
  /** Share of the stream scored at the end (default 0.3). */
  finalShare: number;
  minOutcomes: number;
  /** Hash of the shipped weights (recorded in adapters). */
  base: string;
  /** Points of the learning curve (default 10). */
  windows: number;
  numResults: number;
  /** Adapter fitting overrides (dev-stream tuning). */
  fit?: Partial<FitAdapterOptions>;
  /**
   * Batch learner: consecutive refits that must pass the gate before an adapter starts routing (default 3). Once
   * routing, the latch (`sequential`) keeps it; without the latch each refit must pass again, or the pooled rule
   * hold, or the static router is back (and the count starts over).
   */
  passesToStart?: number;
  /**
   * Batch learner: refits whose mean ranking z may start or keep an adapter routing (default 3; 0: the consecutive
   * rule alone), and the explored outcomes the newest validation must hold before that mean counts (default 100).
   * See `routing-rule.ts`.
   */
  pooledRefits?: number;
  pooledMinExplored?: number;
  /**
   * Batch learner: keep a started adapter routing until the outcomes scored since it started show harm (the tenth
   * pass's latch, `sequential-rule.ts`), and let the whole stream's evidence start one on a refit that predicts better
   * (the eleventh pass); default `DEFAULT_SEQUENTIAL_RULE`, `TENTH_PASS_SEQUENTIAL_RULE` without the evidence start;
   * `false`: the refit gate alone decides every refit, as before the tenth pass.
   */
  sequential?: SequentialRule | false;
  /**
   * Two-model streams: while no adapter routes, the threshold-band evidence of greedy outcomes (`band-start.ts`, issue
   * 10's fourteenth pass) may also start the newest fit (default `DEFAULT_BAND_START`; `false`: off, as before it).
   */
  bandStart?: BandStartRule | false;
  /** Diagnostic observer of every batch refit: the gate's measurements, whether it passed, whether the adapter routes. */
  onRefit?: (refit: RefitTrace) => void;
  /** Observer of every outcome handed to the learner (the leak test checks only served arms are revealed). */
  onReveal?: (example: OutcomeExample, position: number) => void;
  /** Diagnostic only (not a CLI flag): reveal every arm's outcome, the full-information upper bound. */
  revealAll?: boolean;
  /**
   * Diagnostic only (not a CLI flag): serve every prompt as the static router would, even while the gate lets an
   * adapter route (`adapterActive` still says when it would have). Separates what the gate's own path selects from
   * what the adapter's routing changes (docs/routing-quality.md, seventh pass).
   */
  placebo?: boolean;
  onProgress?: (message: string) => void;
}

/** One batch refit as `onRefit` sees it. */
export interface RefitTrace {
  outcomes: number;
  passed: boolean;
  routing: boolean;
  validation?: Validation;
  sequential?: SequentialReading;
  /** The band evidence's e-value log and its placebo's z (two-model streams with `bandStart`). */
  band?: { logE: number; placeboZ: number };
}

/** Consecutive passing refits before a batch adapter routes (chosen on development streams). */
export const DEFAULT_PASSES_TO_START = 3;

export const DEFAULT_ONLINE_OPTIONS: Omit<OnlineOptions, "base" | "seed"> = {
  learner: "batch",
  retrainEvery: 100,
  maxExplore: 0.05,
  finalShare: 0.3,
  minOutcomes: 200,
  windows: 10,
  numResults: 10,
};
