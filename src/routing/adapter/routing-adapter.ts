/**
 * What the routing engine needs from the learning loop (docs/learning.md): prompt-free features of a
 * conversation, and adapters that re-pick the auto tier. The engine knows only these interfaces; the
 * composition roots (gateway, library, CLI) build them from `src/learning/` and adapter files.
 * @module
 */
import type { ConversationClassification, Difficulty } from "../../classifier/classifier.js";
import type { ChatMessage } from "../../core/types.js";

/** Prompt-free routing features of one conversation, as a JSON object (stored in the decision log). */
export type RoutingFeatures = Readonly<Record<string, unknown>>;

/** What an adapter sees when auto routing picks a tier. */
export interface AdapterTierInput {
  features: RoutingFeatures;
  task: string;
  difficulty: Difficulty;
  /** The shipped classifier's strong-need probability. */
  strongProbability: number;
  quality: number;
  /** True when `quality` is the request's own (`switchyard.quality`), not `routing.quality`. */
  qualityGiven?: boolean;
  /** The task's own tier in config (`tasks`), which auto routing may lift the difficulty to. */
  taskTier: string | undefined;
  /** The shipped classifier's whole answer. */
  classification: ConversationClassification;
  /** The tier the shipped router picked. */
  tier: string;
  /** Every tier, cheapest first. */
  tiers: readonly string[];
}

/** A tier chosen by an adapter, with one sentence for `decision.reasons`. */
export interface AdapterTierChoice {
  tier: string;
  reason: string;
  /** Online mode: true when this choice explored rather than exploited. */
  explored?: boolean;
  /** Online mode: the probability that this tier was served (what an off-policy check divides by). */
  propensity?: number;
}

/** A deployment adapter over the shipped router (`routing.weights`, `routing.shadow`, an experiment arm's `weights`). */
export interface RoutingAdapter {
  /** Names the router in the decision log (`router`, `shadow.router`). */
  readonly id: string;
  /** The auto tier for a request; undefined keeps the shipped choice. */
  chooseTier(input: AdapterTierInput): AdapterTierChoice | undefined;
}

/** The learning loop's hooks into the engine; all optional (without them the engine is the shipped router). */
export interface RouterLearning {
  /**
   * Extracts the features that are logged and that adapters read. Without it no features are logged.
   * `promptTokens` is the engine's own estimate of the messages (so it is not counted twice).
   */
  extractFeatures?: (messages: readonly ChatMessage[], classification: ConversationClassification, promptTokens?: number) => RoutingFeatures;
  /** The default router's adapter (from `routing.weights` or a promotion). */
  adapter?: RoutingAdapter;
  /** A candidate computed for every auto decision and logged, never acted on. */
  shadow?: RoutingAdapter;
  /** Experiment name → the adapter its variant arm routes with (`experiments[].variant.weights`). */
  armAdapters?: ReadonlyMap<string, RoutingAdapter>;
}

/** The router id logged when no adapter is loaded. */
export const SHIPPED_ROUTER_ID = "shipped";
