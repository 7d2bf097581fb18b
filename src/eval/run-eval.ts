/**
 * `switchyard eval`: resolves a dataset by name or path, reads it in its published format and
 * scores any `ConversationClassifier` on it.
 * @module
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { ConversationClassifier } from "../classifier/classifier.js";
import { InvalidRequestError } from "../core/errors/index.js";
import type { ChatMessage } from "../core/types.js";
import { bootstrapApgr } from "./bootstrap-apgr.js";
import { evaluateLadder, type CostQualityResult } from "./cost-quality.js";
import { computeRoutingMetrics, type RoutingMetrics } from "./routing-metrics.js";
import { readRouteLlmFolder } from "./routellm-datasets.js";
import { DATASET_ALIASES } from "./dataset-aliases.js";
import { readRouterBench } from "./routerbench-dataset.js";
import { ladderFor, readScoreMatrix, type LadderRung } from "./score-matrix.js";
import { evaluateTaskSet, readHeldOutCandidateTaskSet, readTaskSet, type TaskSetResult } from "./task-set.js";

export { DATASET_ALIASES, datasetNames } from "./dataset-aliases.js";

/** The result of one router on one dataset. */
export type EvalResult =
  | ({ kind: "routellm"; dataset: string; router: string; dropped: number; apgr_ci95: [number, number] } & RoutingMetrics)
  | ({ kind: "ladder"; dataset: string; router: string } & CostQualityResult)
  | ({ kind: "tasks"; dataset: string; router: string } & TaskSetResult);

/** Options of one evaluation run. */
export interface EvalOptions {
  dataset: string;
  dataDir: string;
  cwd: string;
  ladder?: LadderRung[];
  /** Number of RouteLLM bins (RouteLLM's `--num-results`, default 10). */
  numResults?: number;
  onProgress?: (message: string) => void;
}

/** Finds a dataset path from an alias, a path relative to cwd, or a path inside the data folder. */
export function resolveDatasetPath(dataset: string, dataDir: string, cwd: string): string {
  const candidates = [
    DATASET_ALIASES[dataset] ? path.resolve(cwd, dataDir, DATASET_ALIASES[dataset] ?? "") : undefined,
    path.resolve(cwd, dataset),
    path.resolve(cwd, dataDir, dataset),
    path.resolve(cwd, dataDir, "routing", dataset),
  ];
  const found = candidates.find((c): c is string => c !== undefined && existsSync(c));
  if (!found && DATASET_ALIASES[dataset] && !existsSync(path.resolve(cwd, dataDir))) {
    throw new InvalidRequestError(`The data folder ${path.resolve(cwd, dataDir)} does not exist, so "${dataset}" cannot be read. Pass --data-dir with the shared data folder (the default, ../shared/data, is relative to where the command runs).`);
  }
  if (!found) {
    throw new InvalidRequestError(
      `Unknown dataset "${dataset}": not a path and not one of ${Object.keys(DATASET_ALIASES).join(", ")} (data folder ${path.resolve(cwd, dataDir)}).`,
    );
  }
  // A dataset is a file or a folder of files; a pipe, device or socket has no end to read to (`eval /dev/stdin` hung).
  const stats = statSync(found);
  if (!stats.isFile() && !stats.isDirectory()) {
    throw new InvalidRequestError(`The dataset ${found} is not a file or a folder (a pipe, a device or a socket): reading it would have no end. Give the path of a dataset file or folder.`);
  }
  return found;
}

function scoreAll(
  conversations: readonly ChatMessage[][],
  classifier: ConversationClassifier,
  onProgress?: (message: string) => void,
): number[] {
  const step = Math.max(1, Math.floor(conversations.length / 4));
  return conversations.map((messages, i) => {
    if (onProgress && (i + 1) % step === 0) onProgress(`${classifier.name}: ${i + 1}/${conversations.length} prompts`);
    return classifier.classify(messages).strongProbability;
  });
}

/** Evaluates each classifier on the dataset. */
export function runEval(classifiers: readonly ConversationClassifier[], options: EvalOptions): EvalResult[] {
  const target = resolveDatasetPath(options.dataset, options.dataDir, options.cwd);
  const progress = options.onProgress;
  progress?.(`reading ${target}`);
  const isDir = statSync(target).isDirectory();
  const paired = (isDir ? readRouteLlmFolder(target) : undefined) ?? (/routerbench/i.test(target) ? readRouterBench(target) : undefined);
  if (paired) {
    progress?.(`${paired.name}: ${paired.items.length} prompts (${paired.dropped} contaminated dropped)`);
    return classifiers.map((classifier) => {
      const scores = scoreAll(paired.items.map((i) => i.messages), classifier, progress);
      const outcomes = paired.items.map((item, i) => ({ routerScore: scores[i] ?? 0, strongScore: item.strongScore, weakScore: item.weakScore }));
      const metrics = computeRoutingMetrics(outcomes, options.numResults ?? 10);
      const apgrCi95 = bootstrapApgr(outcomes, { numResults: options.numResults ?? 10, resamples: outcomes.length > 5000 ? 50 : 200 });
      return { kind: "routellm" as const, dataset: paired.name, router: classifier.name, dropped: paired.dropped, ...metrics, apgr_ci95: apgrCi95 };
    });
  }
  const matrix = readScoreMatrix(target);
  if (matrix) {
    const ladder = ladderFor(matrix, options.ladder);
    progress?.(`${matrix.name}: ${matrix.items.length} prompts × ${matrix.models.length} models, ladder ${ladder.map((r) => r.model).join(" < ")}`);
    return classifiers.map((classifier) => {
      const scores = scoreAll(matrix.items.map((i) => i.messages), classifier, progress);
      return { kind: "ladder" as const, dataset: matrix.name, router: classifier.name, ...evaluateLadder(matrix.items, scores, ladder) };
    });
  }
  const isCandidates = path.basename(target) === "task-type-candidates.csv";
  if (!isDir && (/\.jsonl?$/.test(target) || isCandidates)) {
    const rows = isCandidates ? { examples: readHeldOutCandidateTaskSet(target), skipped: [] } : readTaskSet(target);
    const examples = rows.examples;
    progress?.(`${path.basename(target)}: ${examples.length} labelled prompts${skippedNote(rows.skipped)}`);
    return classifiers.map((classifier) => ({
      kind: "tasks" as const,
      dataset: path.basename(target),
      router: classifier.name,
      ...evaluateTaskSet(examples, classifier, (done, total) => progress?.(`${classifier.name}: ${done}/${total}`)),
    }));
  }
  throw new InvalidRequestError(`Cannot tell the format of ${target}: expected a RouteLLM eval folder, a score matrix CSV or a JSONL task set.`);
}

/** The lines a task set held no labelled prompt on, said beside the count (they were skipped without a word). */
function skippedNote(skipped: readonly { line: number; why: string }[]): string {
  if (skipped.length === 0) return "";
  const first = skipped[0];
  const lines = skipped.slice(0, 10).map((s) => s.line).join(", ");
  return `; skipped ${skipped.length} line${skipped.length === 1 ? "" : "s"} with none (${lines}${skipped.length > 10 ? ", …" : ""}; line ${first?.line}: ${first?.why})`;
}
