/**
 * Enrolls requests in the config's A/B experiments. Rules:
 * - only `auto` and `task` requests are enrolled: a request that names a model, a tier (`switchyard/tier/<t>`,
 *   `switchyard.tier`) or `switchyard/cheapest` asked for something specific and is left alone;
 * - experiments are tried in config order and the first enabled one whose `match` fits wins (`match.task` against
 *   the given or classified task, `match.tier` against the tier the control would get);
 * - the arm comes from `assignArm(name, unit, share)`; see `experimentUnit` for the unit;
 * - a request is enrolled only when the variant could act on it, decided before the arm so both arms hold the same
 *   kind of request: a variant with `weights` (a candidate router re-picks the auto tier) enrolls auto requests only,
 *   even with a `model`; a quality-only variant enrolls auto requests that do not set `switchyard.quality`;
 * - the variant applies `quality` (re-picks the auto tier, like `routing.quality`: a request's own
 *   `switchyard.quality` wins), then `tier` (wins over quality), then `model` (tried first, the tier's chain stays
 *   as fallbacks; see `prependVariantModel`);
 * - when the key may not use the variant's tier, the request is not enrolled, in either arm (an experiment never
 *   causes a 403, and both arms hold the same keys' traffic).
 * @module
 */
import type { Difficulty } from "../../classifier/classifier.js";
import type { ExperimentConfig, SwitchyardConfig } from "../../config/config-schema.js";
import type { ChatRequest, RoutingMode } from "../../core/types.js";
import { chooseAutoTier } from "../choose-tier.js";
import { experimentUnit, unitDigest, type ExperimentUnitContext } from "./experiment-unit.js";
import { assignArm, type ExperimentArm } from "./hash-unit.js";
import { ownValue } from "../../core/own-property.js";

/** A request's place in an experiment. */
export interface Enrollment {
  experiment: string;
  arm: ExperimentArm;
  /** The tier to route with: the control's, or the variant's. */
  tier: string;
  /** The variant's model, tried first (variant arm only). */
  model: string | undefined;
  /** One sentence for `decision.reasons`. */
  reason: string;
  /** The unit's digest for the decision log (`unitDigest`); null when the unit is the request itself. */
  unit: string | null;
}

/** What the router knows when the control tier has been picked. */
export interface EnrollInput {
  request: ChatRequest;
  context: ExperimentUnitContext & { allowedTiers?: readonly string[] | null | undefined };
  mode: RoutingMode;
  task: string;
  /** The tier the control arm gets. */
  tier: string;
  difficulty: Difficulty;
  /** True when the request set `switchyard.quality` itself: a variant's `quality` then does not replace it. */
  qualityGiven: boolean;
}

/** Assigns requests to experiments. */
export interface ExperimentAssigner {
  /** The enabled experiments, in config order. */
  readonly active: readonly ExperimentConfig[];
  /** The enrollment, or undefined when no experiment applies (costs one length check without experiments). */
  enroll(input: EnrollInput): Enrollment | undefined;
}

/** Creates the assigner over a config's `experiments` (disabled ones are dropped once, here). */
export function createExperimentAssigner(config: SwitchyardConfig): ExperimentAssigner {
  const active = config.experiments.filter((experiment) => experiment.enabled);
  return {
    active,
    enroll: (input) => (active.length === 0 ? undefined : enroll(config, active, input)),
  };
}

function enroll(config: SwitchyardConfig, active: readonly ExperimentConfig[], input: EnrollInput): Enrollment | undefined {
  if (input.mode !== "auto" && input.mode !== "task") return undefined;
  const experiment = active.find((candidate) => matches(candidate, input));
  if (!experiment) return undefined;
  const unit = experimentUnit(input.request, input.context);
  if (!unit) return undefined;
  // A key that may not use the variant's tier is left out of both arms, whichever its units would draw: left out of
  // the variant arm only, its traffic would stay in the control arm alone and the arms would differ.
  const tier = variantTier(config, experiment, input);
  const allowed = input.context.allowedTiers;
  if (allowed && !allowed.includes(tier)) return undefined;
  const arm = assignArm(experiment.name, unit.value, experiment.share);
  const share = `${Math.round(experiment.share * 1000) / 10}%`;
  const by = `by ${unit.source === "decision" ? "request" : unit.source}`;
  const digest = unitDigest(experiment.name, unit);
  if (arm === "control") {
    return { experiment: experiment.name, arm, tier: input.tier, model: undefined, unit: digest, reason: `Experiment ${experiment.name} (variant share ${share}, assigned ${by}) put this request in the control arm, so routing is unchanged.` };
  }
  const changes = describeVariant(experiment, input, tier);
  return {
    experiment: experiment.name,
    arm,
    tier,
    model: experiment.variant.model,
    unit: digest,
    reason: `Experiment ${experiment.name} (variant share ${share}, assigned ${by}) put this request in the variant arm: ${changes}.`,
  };
}

function matches(experiment: ExperimentConfig, input: EnrollInput): boolean {
  const { task, tier } = experiment.match;
  if (task !== undefined && task !== input.task) return false;
  if (tier !== undefined && tier !== input.tier) return false;
  return variantActsOn(experiment, input);
}

/**
 * Whether the variant could change this request. Decided before the arm, from the request alone, so a request the
 * variant cannot treat is left out of both arms: were it kept in the control arm only (or the variant arm only),
 * the arms would hold different traffic and the comparison, and the promotion gate that reads it, would be skewed.
 * - `weights`: the candidate router re-picks the auto tier, so auto requests only, even with a `model` beside it
 *   (a task-mode request would keep the default router, and the promotion gate counts in the variant arm only the
 *   decisions the candidate made);
 * - `quality` alone: auto requests that do not set `switchyard.quality` (the request's own knob wins, as it does
 *   over `routing.quality` and a promoted router's knob), since a task-mode tier ignores quality;
 * - `tier` or `model`: every auto and task request. An empty variant (an A/A test) too.
 */
function variantActsOn(experiment: ExperimentConfig, input: EnrollInput): boolean {
  const { variant } = experiment;
  if (variant.weights !== undefined) return input.mode === "auto";
  if (variant.tier !== undefined || variant.model !== undefined || variant.quality === undefined) return true;
  return input.mode === "auto" && !input.qualityGiven;
}

function variantTier(config: SwitchyardConfig, experiment: ExperimentConfig, input: EnrollInput): string {
  const { tier, quality } = experiment.variant;
  if (tier !== undefined) return tier;
  if (quality === undefined || input.mode !== "auto" || input.qualityGiven) return input.tier;
  return chooseAutoTier({ difficulty: input.difficulty, taskTier: ownValue(config.tasks, input.task), task: input.task, quality }).tier;
}

function describeVariant(experiment: ExperimentConfig, input: EnrollInput, tier: string): string {
  const { variant } = experiment;
  const controlTier = input.tier;
  const parts: string[] = [];
  if (variant.tier !== undefined) parts.push(`tier ${tier} instead of ${controlTier}`);
  else if (variant.quality !== undefined && input.qualityGiven) parts.push(`the request's own quality stands over the variant's ${variant.quality}`);
  else if (variant.quality !== undefined) parts.push(`quality ${variant.quality} gives the ${tier} tier (control: ${controlTier})`);
  if (variant.model !== undefined) parts.push(`${variant.model} is tried first`);
  if (variant.weights !== undefined) parts.push(`the candidate router ${variant.weights} picks the tier`);
  return parts.length > 0 ? parts.join(", ") : "the variant changes nothing (an A/A test)";
}
