/**
 * The learning loop's steps inside the routing engine: the default adapter re-picks the auto tier, an
 * experiment arm may route with its own adapter, and a shadow adapter's choice is computed for the log.
 * @module
 */
import type { ShadowDecision } from "../../log/decision-record.js";
import type { ChainCandidate, RoutingPlan } from "../routing-plan.js";
import { SHIPPED_ROUTER_ID, type AdapterTierChoice, type AdapterTierInput, type RouterLearning, type RoutingAdapter, type RoutingFeatures } from "./routing-adapter.js";

/** The auto tier after the default adapter, and which router chose it. */
export interface AdaptedTier {
  tier: string;
  router: string;
  reason?: string;
  explored?: boolean;
  propensity?: number;
}

/** Runs `adapter` on an auto decision; keeps the shipped tier when there is none, or it abstains or names an unknown tier. */
export function adaptAutoTier(adapter: RoutingAdapter | undefined, input: AdapterTierInput): AdaptedTier {
  if (!adapter) return { tier: input.tier, router: SHIPPED_ROUTER_ID };
  const choice = safeChoice(adapter, input);
  if (!choice) return { tier: input.tier, router: adapter.id };
  return { tier: choice.tier, router: adapter.id, reason: choice.reason, ...(choice.explored !== undefined ? { explored: choice.explored } : {}), ...(choice.propensity !== undefined ? { propensity: choice.propensity } : {}) };
}

/** The variant arm's adapter of an experiment, when its config names `variant.weights`. */
export function armAdapter(learning: RouterLearning | undefined, experiment: string, arm: string): RoutingAdapter | undefined {
  return arm === "variant" ? learning?.armAdapters?.get(experiment) : undefined;
}

/** The shadow router's tier for an auto decision (the shipped tier when it abstains). */
export function shadowTier(shadow: RoutingAdapter, input: AdapterTierInput): string {
  return safeChoice(shadow, input)?.tier ?? input.tier;
}

/** The logged shadow decision. */
export function shadowDecision(shadow: RoutingAdapter, tier: string, model: string, estimatedCostUsd: number): ShadowDecision {
  return { router: shadow.id, tier, model, estimatedCostUsd };
}

/** An adapter's choice, or undefined when it abstains or names a tier config does not have. */
function safeChoice(adapter: RoutingAdapter, input: AdapterTierInput): AdapterTierChoice | undefined {
  const choice = adapter.chooseTier(input);
  return choice && input.tiers.includes(choice.tier) ? choice : undefined;
}

/** What `learningFields` reads of the engine's tier choice. */
export interface LearningChoice {
  tier: string;
  router: string;
  features: RoutingFeatures | undefined;
  autoInput: AdapterTierInput | undefined;
  explored: boolean | undefined;
  propensity: number | undefined;
}

/**
 * The plan's learning-loop fields: features, router id, exploration, and the shadow decision (auto requests
 * only). `topFor(tier)` builds the first candidate of another tier; when it throws (no model), no shadow is logged.
 */
export function learningFields(
  learning: RouterLearning | undefined,
  choice: LearningChoice,
  first: ChainCandidate,
  topFor: (tier: string) => ChainCandidate | undefined,
): Partial<RoutingPlan> {
  const fields: Partial<RoutingPlan> = { router: choice.router };
  if (choice.features) fields.features = choice.features;
  if (choice.explored !== undefined) fields.explored = choice.explored;
  if (choice.propensity !== undefined) fields.propensity = choice.propensity;
  const shadow = learning?.shadow;
  if (!shadow || !choice.autoInput) return fields;
  const tier = shadowTier(shadow, choice.autoInput);
  let top: ChainCandidate | undefined = first;
  if (tier !== choice.tier) {
    try {
      top = topFor(tier);
    } catch {
      // The shadow's tier has no model for this request: nothing to compare, and never an error for the caller.
      top = undefined;
    }
  }
  if (top) fields.shadow = shadowDecision(shadow, tier, top.id, Math.round(top.worstCaseCostUsd * 1e8) / 1e8);
  return fields;
}
