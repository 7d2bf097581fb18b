/**
 * Builds a `ConversationClassifier` from a router name: `random`, `heuristic` or `learned`.
 * @module
 */
import type { ConversationClassifier } from "../classifier/classifier.js";
import { createLearnedClassifier, loadLearnedWeights } from "../classifier/learned/index.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { createRandomClassifier } from "./random-classifier.js";

/** Router names `eval` accepts. */
export const ROUTER_NAMES = ["random", "heuristic", "learned"] as const;

/** Options for building a classifier. */
export interface ClassifierByNameOptions {
  /** Seed of the random router (RouteLLM seeds with 0). */
  seed?: number;
  /** A weights file for `learned` instead of the shipped one. */
  weightsFile?: string;
}

type HeuristicModule = { createHeuristicClassifier?: () => ConversationClassifier };

async function loadHeuristic(): Promise<ConversationClassifier> {
  // Resolved at run time: the heuristic module is owned by another part of the codebase.
  const specifier = "../classifier/heuristic-classifier.js";
  const module = (await import(specifier)) as HeuristicModule;
  if (typeof module.createHeuristicClassifier !== "function") {
    throw new InvalidRequestError("The heuristic classifier does not export createHeuristicClassifier().");
  }
  return module.createHeuristicClassifier();
}

/** Creates the named classifier. */
export async function createClassifierByName(name: string, options: ClassifierByNameOptions = {}): Promise<ConversationClassifier> {
  switch (name) {
    case "random":
      return createRandomClassifier(options.seed ?? 0);
    case "heuristic":
      return loadHeuristic();
    case "learned":
      return createLearnedClassifier(options.weightsFile ? loadLearnedWeights(options.weightsFile) : undefined);
    default:
      throw new InvalidRequestError(`Unknown router "${name}". Valid routers: ${ROUTER_NAMES.join(", ")}.`, { param: "router" });
  }
}
