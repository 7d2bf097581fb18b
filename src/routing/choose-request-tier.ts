/**
 * The routing engine's first step: the tier a request goes to, and the reasons for it (a named tier, an explicit id,
 * a named task, or auto: the classifier and quality, then an adapter), then any experiment's arm. Split from
 * request-router.ts, which builds the chain and the plan around it.
 * @module
 */
import type { ConversationClassifier } from "../classifier/classifier.js";
import { describeDifficulty } from "../classifier/difficulty-basis.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { ChatRequest } from "../core/types.js";
import { ownValue } from "../core/own-property.js";
import { adaptAutoTier, armAdapter } from "./adapter/apply-learning.js";
import type { AdapterTierInput, RouterLearning, RoutingFeatures } from "./adapter/routing-adapter.js";
import { chooseAutoTier } from "./choose-tier.js";
import type { Labels } from "./conversation-labels.js";
import type { EnrollInput, ExperimentAssigner } from "./experiments/index.js";
import type { Asked } from "./read-what-was-asked.js";
import type { RoutingPlan } from "./routing-plan.js";

/** What choosing a tier reads of the engine (the router's engine is one, passed as is: no object per request). */
export interface TierEngine {
  options: { config: SwitchyardConfig; learning?: RouterLearning | undefined };
  experiments: ExperimentAssigner;
  tiers: readonly string[];
}

/** What choosing a tier reads of the request's context: a forced tier, and the experiment unit. */
export type TierContext = EnrollInput["context"] & { tierOverride?: string | undefined };

/** The tier and the reasons for it: named tier, explicit id, named task, or auto (classifier + quality), then any experiment. */
export interface TierChoice {
  tier: string;
  mode: RoutingPlan["decision"]["mode"];
  task: string;
  taskConfidence: number;
  classification: ReturnType<ConversationClassifier["classify"]>;
  enrollment: ReturnType<ExperimentAssigner["enroll"]>;
  promptTokens: number;
  reasons: string[];
  /** Which router chose the tier (`shipped` or an adapter id). */
  router: string;
  features: RoutingFeatures | undefined;
  /** The shipped auto decision adapters start from (auto mode only). */
  autoInput: AdapterTierInput | undefined;
  explored: boolean | undefined;
  propensity: number | undefined;
}

export function chooseTier({ options, experiments, tiers }: TierEngine, request: ChatRequest, context: TierContext, asked: Asked, labels: Labels, promptTokens: number): TierChoice {
  const { config } = options;
  const { named } = asked;
  const { classification, features, task, taskConfidence } = labels;
  const learning = options.learning;
  let router = learning?.adapter?.id ?? "shipped";
  let autoInput: AdapterTierInput | undefined;
  let explored: boolean | undefined;
  let propensity: number | undefined;
  const reasons = [...labels.reasons];
  let tier: string;
  let mode = named.mode;
  if (asked.tier !== undefined) {
    tier = asked.tier;
    mode = named.mode === "explicit" || named.mode === "cheapest" ? named.mode : "tier";
    reasons.push(context.tierOverride ? `The tier was moved to ${tier}.` : `The request names the tier ${tier}.`);
  } else if (named.mode === "explicit" || named.mode === "cheapest") {
    tier = named.mode === "cheapest" ? "cheapest" : config.routing.explicit_tier;
  } else if (asked.task !== undefined) {
    tier = ownValue(config.tasks, asked.task) ?? tiers[0] ?? "budget";
    mode = "task";
    reasons.push(`${task} tasks go to the ${tier} tier.`);
  } else {
    const auto = chooseAutoTier({ difficulty: classification.difficulty.label, basis: describeDifficulty(classification), taskTier: ownValue(config.tasks, task), task, quality: asked.quality });
    tier = auto.tier;
    reasons.push(auto.reason);
    autoInput = {
      features: features ?? {},
      task,
      difficulty: classification.difficulty.label,
      strongProbability: classification.strongProbability,
      quality: asked.quality,
      qualityGiven: asked.qualityGiven,
      taskTier: ownValue(config.tasks, task),
      classification,
      tier,
      tiers,
    };
    const adapted = adaptAutoTier(learning?.adapter, autoInput);
    tier = adapted.tier;
    explored = adapted.explored;
    propensity = adapted.propensity;
    if (adapted.reason) reasons.push(adapted.reason);
  }
  const enrollment = asked.tier === undefined ? experiments.enroll({ request, context, mode, task, tier, difficulty: classification.difficulty.label, qualityGiven: asked.qualityGiven }) : undefined;
  if (enrollment) {
    tier = enrollment.tier;
    reasons.push(enrollment.reason);
    const candidate = armAdapter(learning, enrollment.experiment, enrollment.arm);
    if (candidate && autoInput) {
      // The variant's own quality knob, if any, applies on top of its router in place of `routing.quality`; a
      // request's own `switchyard.quality` still wins, as it does over a promoted router's knob.
      const variantQuality = config.experiments.find((experiment) => experiment.name === enrollment.experiment)?.variant.quality;
      const adapted = adaptAutoTier(candidate, variantQuality === undefined || asked.qualityGiven ? autoInput : { ...autoInput, quality: variantQuality });
      tier = adapted.tier;
      router = adapted.router;
      explored = adapted.explored;
      propensity = adapted.propensity;
      enrollment.tier = tier;
      reasons.push(adapted.reason ?? `The variant's router ${candidate.id} keeps the ${tier} tier.`);
    }
  }
  return { tier, mode, task, taskConfidence, classification, enrollment, promptTokens, reasons, router, features, autoInput, explored, propensity };
}
