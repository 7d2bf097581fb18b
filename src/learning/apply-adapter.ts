/**
 * Applying a deployment adapter, and reading its JSON file (`routing.weights`).
 * @module
 */
import type { ConversationClassification } from "../classifier/classifier.js";
import { DIFFICULTIES } from "../classifier/classifier.js";
import { ConfigError } from "../core/errors/index.js";
import { mapFeatures, predictShared, type ArmWeights } from "./arm-model.js";
import { ADAPTER_FORMAT, percentileOf, valueAt, type DeploymentAdapter } from "./adapter.js";
import type { RoutingFeatures } from "./routing-features.js";

interface DenseModels {
  common: ArmWeights;
  arms: Map<string, ArmWeights>;
}

const dense = new WeakMap<DeploymentAdapter, DenseModels>();

function toDense(pairs: readonly [number, number][], dim: number): ArmWeights {
  const w = new Array<number>(dim).fill(0);
  for (const [slot, value] of pairs) w[slot] = value;
  return { w, g2: [] };
}

function denseModels(adapter: DeploymentAdapter): DenseModels {
  let models = dense.get(adapter);
  if (!models) {
    // Only the arms' models: other entries of `models` are never read, so never made dense.
    models = { common: toDense(adapter.common, adapter.dim), arms: new Map(adapter.arms.map((arm) => [arm, toDense(adapter.models[arm] ?? [], adapter.dim)])) };
    dense.set(adapter, models);
  }
  return models;
}

/** The adapter's predicted reward per arm for these features. */
export function predictRewards(adapter: DeploymentAdapter, features: RoutingFeatures): Record<string, number> {
  const x = mapFeatures(features, adapter.dim);
  const out: Record<string, number> = {};
  const models = denseModels(adapter);
  for (const [arm, weights] of models.arms) out[arm] = predictShared(models.common, weights, x);
  return out;
}

/** Predicted gain of the most expensive arm over the cheapest. */
export function adaptedGain(adapter: DeploymentAdapter, features: RoutingFeatures): number {
  const rewards = predictRewards(adapter, features);
  return (rewards[adapter.arms[adapter.arms.length - 1] ?? ""] ?? 0) - (rewards[adapter.arms[0] ?? ""] ?? 0);
}

/**
 * The shipped classification, corrected by the adapter: same task, a new strong-need probability (the
 * adapted gain's percentile on the shipped scale) and the difficulty that follows from it.
 * `applyAdapter(undefined, c, f)` returns `c` unchanged.
 */
export function applyAdapter(adapter: DeploymentAdapter | undefined, classification: ConversationClassification, features: RoutingFeatures): ConversationClassification {
  if (!adapter) return classification;
  const percentile = percentileOf(adapter.gain_quantiles, adaptedGain(adapter, features));
  // A sliver of the percentile keeps the mapping strictly increasing where the shipped scale is flat.
  const strongProbability = Math.max(0, Math.min(1, 0.999 * valueAt(adapter.static_quantiles, percentile) + 0.001 * percentile));
  let level = 0;
  while (level < 3 && strongProbability >= (adapter.difficulty_cuts[level] ?? 1)) level++;
  const label = DIFFICULTIES[level] ?? "premium";
  return { task: classification.task, difficulty: { label, confidence: 0.5 + Math.abs(strongProbability - 0.5) }, strongProbability };
}

/** The largest feature space an adapter may declare (the gateway's routing features use 2^16). */
const MAX_DIM = 1 << 24;
/**
 * The most weights an adapter may make dense (dim × (arms + 1) numbers, 128 MB): the router allocates them at its
 * first request, so a file declaring dozens of arms of the largest dim would take the gateway down there, not at load.
 */
const MAX_DENSE_WEIGHTS = 1 << 24;

function isQuantileTable(table: unknown): table is number[] {
  return Array.isArray(table) && table.length >= 2 && table.every((value, index) => Number.isFinite(value) && (index === 0 || (value as number) >= (table[index - 1] as number)));
}

/**
 * Validates an adapter file's JSON; `expectedBase` (the shipped weights' hash) must match when given. Errors name
 * `configPath`, the setting that named the file.
 */
export function parseAdapter(data: unknown, expectedBase?: string, configPath = "routing.weights"): DeploymentAdapter {
  const a = data as Partial<DeploymentAdapter> | null;
  const fail = (message: string): never => {
    throw new ConfigError([{ path: configPath, message }]);
  };
  if (!a || a.format !== ADAPTER_FORMAT) return fail(`not a ${ADAPTER_FORMAT} file; run \`switchyard train --from-log\` to make one`);
  if (!Array.isArray(a.arms) || a.arms.length < 2 || !a.arms.every((arm) => typeof arm === "string") || !a.models || typeof a.models !== "object") return fail("missing arms or models");
  // Every number the router reads per request is checked here, so a damaged file is refused at load, never per request.
  if (!Number.isInteger(a.dim) || (a.dim ?? 0) < 1 || (a.dim ?? 0) > MAX_DIM) return fail(`dim must be a whole number from 1 to ${MAX_DIM} (got ${JSON.stringify(a.dim)})`);
  if (new Set(a.arms).size !== a.arms.length) return fail(`arms must be distinct (got ${JSON.stringify(a.arms)})`);
  if ((a.dim ?? 0) * (a.arms.length + 1) > MAX_DENSE_WEIGHTS) {
    return fail(`dim × (arms + 1) must be at most ${MAX_DENSE_WEIGHTS} weights (got ${a.dim} × ${a.arms.length + 1}); this is not a file train --from-log writes`);
  }
  if (!isQuantileTable(a.gain_quantiles) || !isQuantileTable(a.static_quantiles)) return fail("gain_quantiles and static_quantiles must be non-decreasing lists of at least two numbers");
  if (!Array.isArray(a.difficulty_cuts) || a.difficulty_cuts.length !== 3 || !a.difficulty_cuts.every((cut) => Number.isFinite(cut))) return fail("difficulty_cuts must be three numbers");
  for (const arm of [...a.arms, "(common)"]) {
    const pairs = arm === "(common)" ? a.common : a.models[arm];
    if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p) && Number.isInteger(p[0]) && p[0] >= 0 && p[0] < (a.dim ?? 0) && Number.isFinite(p[1]))) {
      return fail(`model of arm "${arm}" is missing or malformed`);
    }
  }
  if (expectedBase !== undefined && a.base_hash !== expectedBase) {
    return fail(`fitted on other base weights (${String(a.base_hash)}, these are ${expectedBase}); retrain with \`switchyard train --from-log\``);
  }
  return a as DeploymentAdapter;
}
