/**
 * Builds the engine's learning hooks from config and the router state file: the routing features
 * (`src/learning/`), the default adapter (`routing.weights`, or the promoted one), the shadow
 * (`routing.shadow`, or `router shadow FILE`) and the experiment arms' adapters (`variant.weights`).
 * @module
 */
import { whyUnreadable } from "../../core/why-unreadable.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readRegularFile } from "../../core/read-regular-file.js";
import { DEFAULT_WEIGHTS_URL } from "../../classifier/learned/learned-classifier.js";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { ConfigError } from "../../core/errors/index.js";
import { applyAdapter, extractRoutingFeatures, hashBaseWeights, parseAdapter, type DeploymentAdapter, type RoutingFeatures } from "../../learning/index.js";
import { chooseAutoTier } from "../choose-tier.js";
import type { RouterLearning, RoutingAdapter } from "./routing-adapter.js";
import { adapterId, readRouterState, type RouterRef } from "./router-state.js";

/** The learning hooks and which files they came from (for `/api/router` and notices). */
export interface LoadedRouterLearning {
  learning: RouterLearning;
  /** The default router: `shipped` or an adapter id, with its file. */
  active: RouterRef;
  shadow: RouterRef | null;
  /** Experiment name → its variant's router. */
  arms: Record<string, RouterRef>;
}

let baseHash: string | undefined;

/** The hash of the shipped weights an adapter must have been fitted on (`hashBaseWeights`). */
export async function shippedBaseHash(): Promise<string> {
  baseHash ??= hashBaseWeights(await readFile(fileURLToPath(DEFAULT_WEIGHTS_URL), "utf8"));
  return baseHash;
}

/** Reads and checks an adapter file; errors name `configPath`, the setting (or state entry) that named it. */
export async function readAdapterFile(file: string, configPath = "routing.weights"): Promise<{ adapter: DeploymentAdapter; id: string }> {
  let text: string;
  try {
    text = await readRegularFile(file);
  } catch (error) {
    throw new ConfigError([{ path: configPath, message: `cannot read the adapter file ${file}: ${whyUnreadable(error)}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError([{ path: configPath, message: `${file} is not valid JSON, so not an adapter; write one with \`switchyard train --from-log --out FILE\`` }]);
  }
  const baseWeightsHash = await shippedBaseHash();
  try {
    return { adapter: parseAdapter(data, baseWeightsHash, configPath), id: adapterId(text) };
  } catch (error) {
    // The adapter's own problems name the file it came from: the setting alone does not say which file was read.
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(error.issues.map((issue) => ({ path: issue.path, message: `${file}: ${issue.message}` })), error.file);
  }
}

/**
 * The engine's adapter over a deployment adapter: corrected strong-need → difficulty → the usual auto tier rule.
 * `quality`, the knob the router was promoted (or is tested) at, replaces `routing.quality`; a request's own
 * `switchyard.quality` still wins.
 */
export function routingAdapter(adapter: DeploymentAdapter, id: string, quality?: number): RoutingAdapter {
  return {
    id,
    chooseTier(input) {
      const adapted = applyAdapter(adapter, input.classification, input.features as unknown as RoutingFeatures);
      const difficulty = adapted.difficulty.label;
      const { tier } = chooseAutoTier({ difficulty, taskTier: input.taskTier, task: input.task, quality: input.qualityGiven === true ? input.quality : (quality ?? input.quality) });
      const need = `${adapted.strongProbability.toFixed(2)} (shipped ${input.strongProbability.toFixed(2)})`;
      return { tier, reason: `The deployment adapter ${id} reads the need for a strong model as ${need}, so it picks the ${tier} tier.` };
    },
  };
}

/** Loads everything config and the state file name. A bad file is a ConfigError naming it. */
export async function loadRouterLearning(config: SwitchyardConfig, cwd: string): Promise<LoadedRouterLearning> {
  const state = await readRouterState(path.resolve(cwd, config.routing.state_file));
  const load = async (file: string, configPath: string, quality?: number): Promise<{ adapter: RoutingAdapter; ref: RouterRef }> => {
    const resolved = path.resolve(cwd, file);
    const { adapter, id } = await readAdapterFile(resolved, configPath);
    return { adapter: routingAdapter(adapter, id, quality), ref: { id, weights: resolved, ...(quality !== undefined ? { quality } : {}) } };
  };
  const learning: RouterLearning = {};
  let active: RouterRef = { id: "shipped", weights: null };
  const activeFile = state.active ? state.active.weights : (config.routing.weights ?? null);
  if (activeFile) {
    const loaded = await load(activeFile, state.active ? `the router state file's active router (${config.routing.state_file})` : "routing.weights", state.active?.quality);
    learning.adapter = loaded.adapter;
    active = loaded.ref;
  }
  let shadow: RouterRef | null = null;
  const shadowFile = state.shadow?.weights ?? config.routing.shadow?.weights;
  if (shadowFile) {
    const loaded = await load(shadowFile, state.shadow ? `the router state file's shadow router (${config.routing.state_file})` : "routing.shadow.weights");
    learning.shadow = loaded.adapter;
    shadow = loaded.ref;
  }
  const arms: Record<string, RouterRef> = {};
  const armAdapters = new Map<string, RoutingAdapter>();
  for (const [index, experiment] of config.experiments.entries()) {
    if (!experiment.enabled || experiment.variant.weights === undefined) continue;
    const loaded = await load(experiment.variant.weights, `experiments[${index}].variant.weights`);
    armAdapters.set(experiment.name, loaded.adapter);
    arms[experiment.name] = loaded.ref;
  }
  if (armAdapters.size > 0) learning.armAdapters = armAdapters;
  const needsFeatures = config.log.store_features || config.routing.online.enabled || learning.adapter !== undefined || learning.shadow !== undefined || armAdapters.size > 0;
  if (needsFeatures) learning.extractFeatures = (messages, classification, promptTokens) => extractRoutingFeatures(messages, classification, promptTokens) as unknown as Readonly<Record<string, unknown>>;
  return { learning, active, shadow, arms };
}
