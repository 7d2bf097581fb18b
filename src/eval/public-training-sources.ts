/**
 * The public sources of the learned classifier's training inputs, each read from the shared data directory's
 * `routing/` folder only where its licence allows shipped weights:
 * - llmrouter (MIT): 0/1 scores of 9 models → strong-need target (default: share of the six cheap 7–9B models that
 *   fail); task by task name;
 * - MATH (MIT): task `math`, strong-need from the level;
 * - SimpleQA prompts (MIT): task `simple_qa`;
 * - task-type-candidates rows from llmrouter and Vicuna-80 (Apache-2.0), never from held-out sources.
 * A source whose file is missing reads as empty.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvRecords, parseJsonLines } from "./csv.js";
import { HELD_OUT_CANDIDATE_SOURCES } from "./held-out-sets.js";
import { userMessages as user, type SourcedExample } from "./sourced-example.js";

/** llmrouter task names → router task types (as task-type-candidates.csv suggests; others unlabelled). */
export const LLMROUTER_TASKS: Readonly<Record<string, string>> = {
  math: "math",
  gsm8k: "math",
  "agentverse-mgsm": "math",
  mbpp: "code_generation",
  human_eval: "code_generation",
  natural_qa: "simple_qa",
  trivia_qa: "simple_qa",
  "agentverse-logicgrid": "deep_reasoning",
};

/** Cheap models of llmrouter (7–9B, $0.1–0.2 per million tokens in `default_llm.json`). */
export const LLMROUTER_SMALL_MODELS = ["qwen2.5-7b-instruct", "codegemma-7b", "gemma-2-9b-it", "llama-3.1-8b-instruct", "mistral-7b-instruct-v0.3", "llama3-chatqa-1.5-8b"];
/** Large models of llmrouter (49–70B, $0.9 per million tokens). */
export const LLMROUTER_LARGE_MODELS = ["llama-3.3-nemotron-super-49b-v1", "llama-3.1-nemotron-51b-instruct", "llama3-chatqa-1.5-70b"];

/**
 * How llmrouter's per-model 0/1 scores become a strong-need target:
 * - `fail`: 1 − mean score of all models (hard for everyone counts as strong-need);
 * - `gain`: share of large models right × share of small models wrong (the chance that routing up
 *   turns a wrong answer into a right one: what APGR rewards);
 * - `small-fail`: share of the cheap models that fail (a strong model is assumed to do at least as well).
 */
export type LlmRouterLabel = "fail" | "gain" | "small-fail";

function llmRouterTarget(scores: Record<string, number>, label: LlmRouterLabel): number {
  const meanOf = (models: readonly string[]): number => models.reduce((s, m) => s + (scores[m] ?? 0), 0) / models.length;
  if (label === "gain") return meanOf(LLMROUTER_LARGE_MODELS) * (1 - meanOf(LLMROUTER_SMALL_MODELS));
  if (label === "small-fail") return 1 - meanOf(LLMROUTER_SMALL_MODELS);
  const values = Object.values(scores);
  return 1 - values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
}

/** llmrouter's prompts of one split with their per-model scores and strong-need targets (`label`). */
export function readLlmRouter(routing: string, split: "train" | "test", label: LlmRouterLabel): SourcedExample[] {
  const dir = path.join(routing, "llmrouter");
  const scoresFile = path.join(dir, `dcrouter_preprocessed/${split}.json`);
  if (!existsSync(scoresFile)) return [];
  const taskOf = new Map<string, string>();
  for (const row of parseJsonLines(readFileSync(path.join(dir, `default_query_${split}.jsonl`), "utf8")) as { query: string; task_name: string }[]) {
    taskOf.set(row.query, row.task_name);
  }
  const rows = JSON.parse(readFileSync(scoresFile, "utf8")) as { question: string; scores: Record<string, number> }[];
  return rows.map((row) => {
    const taskName = taskOf.get(row.question) ?? "";
    const task = LLMROUTER_TASKS[taskName];
    return {
      source: `llmrouter-${split}:${taskName}`,
      prompt: row.question,
      messages: user(row.question),
      strong: llmRouterTarget(row.scores, label),
      modelScores: row.scores,
      ...(task ? { task } : {}),
    };
  });
}

/** MATH level (1–5) → strong-need target, per `TrainingDataOptions.mathStrong`. */
function mathTarget(level: number, mode: MathStrongMode): number | undefined {
  if (mode === "none") return undefined;
  if (mode === "narrow") return 0.3 + 0.1 * (level - 1);
  return 0.55 + 0.1 * (level - 1);
}

/** MATH's 5,000 problems: task `math`, strong-need from the level per `mode`. */
export function readMath(routing: string, mode: MathStrongMode): SourcedExample[] {
  const file = path.join(routing, "math/math-5000.jsonl");
  if (!existsSync(file)) return [];
  return (parseJsonLines(readFileSync(file, "utf8")) as { problem: string; level: string }[]).map((row) => {
    const level = Number(/\d/.exec(row.level)?.[0] ?? 3);
    const strong = mathTarget(level, mode);
    return { source: "math-5000", prompt: row.problem, messages: user(row.problem), task: "math", ...(strong === undefined ? {} : { strong }) };
  });
}

/** SimpleQA's prompts: task `simple_qa`, no strong-need. */
export function readSimpleQa(routing: string): SourcedExample[] {
  const file = path.join(routing, "simpleqa/grades-matrix.csv");
  if (!existsSync(file)) return [];
  return parseCsvRecords(readFileSync(file, "utf8"), file).records.map((r) => ({ source: "simpleqa", prompt: r.prompt ?? "", messages: user(r.prompt ?? ""), task: "simple_qa" }));
}

/** task-type-candidates rows of the permitted sources (never a held-out one) that suggest a task. */
export function readCandidates(routing: string): SourcedExample[] {
  const file = path.join(routing, "task-type-candidates.csv");
  if (!existsSync(file)) return [];
  const permitted = new Set(["llmrouter_query_test", "vicuna_bench"]);
  return parseCsvRecords(readFileSync(file, "utf8"), file)
    .records.filter((r) => permitted.has(r.source ?? "") && !(HELD_OUT_CANDIDATE_SOURCES as readonly string[]).includes(r.source ?? ""))
    .filter((r) => (r.suggested_router_label ?? "") !== "")
    .map((r) => ({ source: `candidates:${r.source ?? ""}`, prompt: r.prompt ?? "", messages: user(r.prompt ?? ""), task: r.suggested_router_label ?? "" }));
}

/**
 * MATH levels as strong-need targets: `wide` (0.55–0.95), `narrow` (0.3–0.7, on the scale of the
 * llmrouter targets) or `none` (task labels only).
 */
export type MathStrongMode = "wide" | "narrow" | "none";

/** Centres llmrouter targets per dataset (see `TrainingDataOptions.centerLlmRouter`). */
export function centerLlmRouterTargets(examples: readonly SourcedExample[]): SourcedExample[] {
  const sums = new Map<string, { sum: number; n: number }>();
  const dataset = (source: string): string => source.split(":")[1] ?? "";
  for (const e of examples) {
    if (!e.source.startsWith("llmrouter-train:") || e.strong === undefined) continue;
    const entry = sums.get(dataset(e.source)) ?? { sum: 0, n: 0 };
    sums.set(dataset(e.source), { sum: entry.sum + e.strong, n: entry.n + 1 });
  }
  return examples.map((e) => {
    const entry = e.source.startsWith("llmrouter-") ? sums.get(dataset(e.source)) : undefined;
    if (!entry || e.strong === undefined) return e;
    return { ...e, strong: Math.max(0, Math.min(1, 0.5 + e.strong - entry.sum / entry.n)) };
  });
}
