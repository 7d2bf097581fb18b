/**
 * `switchyard eval <dataset> --online`: resolves the dataset, streams it through a fresh simulated
 * deployment (`online-eval.ts`) and builds the report (`online-report.ts`). Nothing learned is written
 * anywhere: each run starts from the shipped router.
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ConversationClassifier } from "../classifier/classifier.js";
import { DEFAULT_WEIGHTS_URL } from "../classifier/learned/index.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { hashBaseWeights } from "../learning/adapter.js";
import { DEFAULT_ONLINE_OPTIONS, simulateDeployment, type OnlineOptions } from "./online-eval.js";
import { buildOnlineReport, type OnlineReport } from "./online-report.js";
import { readOutcomeStream } from "./online-stream.js";
import { resolveDatasetPath } from "./run-eval.js";
import type { LadderRung } from "./score-matrix.js";

/** Options of one `eval --online` run. */
export interface OnlineEvalOptions extends Partial<Omit<OnlineOptions, "base" | "onProgress">> {
  dataset: string;
  dataDir: string;
  cwd: string;
  seed: number;
  ladder?: LadderRung[];
  /** The weights file the router runs on (default: the shipped one), hashed into adapters. */
  weightsFile?: string;
  onProgress?: (message: string) => void;
}

function checkShare(name: string, value: number, max: number, min = 0): void {
  if (!(value >= min && value <= max)) throw new InvalidRequestError(`${name} must be between ${min} and ${max}, got ${value}.`);
}

/** Runs the simulated deployment and returns its report. */
export function runOnlineEval(classifier: ConversationClassifier, options: OnlineEvalOptions): OnlineReport {
  const { dataset, dataDir, cwd, ladder, weightsFile, onProgress, ...overrides } = options;
  const settings: OnlineOptions = {
    ...DEFAULT_ONLINE_OPTIONS,
    ...overrides,
    base: hashBaseWeights(readFileSync(weightsFile ?? fileURLToPath(DEFAULT_WEIGHTS_URL), "utf8")),
    ...(onProgress ? { onProgress } : {}),
  };
  checkShare("--explore", settings.maxExplore, 0.5);
  // An empty final slice scores nothing: at least 5% of the stream is compared.
  checkShare("--final-share", settings.finalShare, 0.9, 0.05);
  if (!(settings.retrainEvery >= 1)) throw new InvalidRequestError(`--retrain-every must be at least 1, got ${settings.retrainEvery}.`);
  const target = resolveDatasetPath(dataset, dataDir, cwd);
  onProgress?.(`reading ${target}`);
  const stream = readOutcomeStream(target, ladder);
  onProgress?.(`${stream.name}: streaming ${stream.items.length} prompts over ${stream.arms.join(" < ")}; learner ${settings.learner}, exploration ≤ ${settings.maxExplore * 100}%, seed ${settings.seed}`);
  const steps = simulateDeployment(stream, classifier, settings);
  return buildOnlineReport(stream, steps, settings);
}
