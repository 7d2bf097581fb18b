/**
 * Development evaluation of the learned router: trains WITHOUT the refit (so llmrouter's test split
 * and the validation share of the team's examples stay unseen) and scores the strong-need ranking on
 * development sets only (the data README's "Training and development" table). Held-out sets are never
 * read here except as the de-duplication index that drops any overlapping dev row.
 *
 *   npx tsx training/dev-eval.ts [--hyper '{"priorBlend":0.4}'] [--weights FILE] [--seed 1]
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ConversationClassifier } from "../src/classifier/classifier.js";
import { createHeuristicClassifier } from "../src/classifier/heuristic-classifier.js";
import { createLearnedClassifier, loadLearnedWeights } from "../src/classifier/learned/learned-classifier.js";
import type { ChatMessage } from "../src/core/types.js";
import { parseCsvRecords, parseJsonLines } from "../src/eval/csv.js";
import { loadHeldOutIndex, normalizePrompt } from "../src/eval/held-out-sets.js";
import { createSeededRandom } from "../src/eval/random-classifier.js";
import { readRouterBench } from "../src/eval/routerbench-dataset.js";
import { computeRoutingMetrics, type PairedOutcome } from "../src/eval/routing-metrics.js";
import { runTraining, splitTrainingExamples } from "../src/eval/run-training.js";
import { readAlpacaEvalMatrix } from "../src/eval/score-matrix.js";
import { readPreviewRequest } from "../src/server/doors/read-preview-request.js";
import { LLMROUTER_LARGE_MODELS, LLMROUTER_SMALL_MODELS, loadTrainingExamples, type SourcedExample, type TrainingDataOptions } from "../src/eval/training-data.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATA = path.resolve(ROOT, "../shared/data");
const ROUTING = path.join(DATA, "routing");
const SMALL = LLMROUTER_SMALL_MODELS;
const LARGE = LLMROUTER_LARGE_MODELS;
const ALPACA_WEAK = ["llama-2-7b-chat-hf", "llama-2-13b-chat-hf", "vicuna-13b", "zephyr-7b-beta", "llama-2-70b-chat-hf", "tulu-2-dpo-70b"];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const heldOut = loadHeldOutIndex(DATA);
const clean = (prompt: string): boolean => !heldOut.has(normalizePrompt(prompt));
const MATH_LEVELS = new Map(
  (parseJsonLines(readFileSync(path.join(ROUTING, "math/math-5000.jsonl"), "utf8")) as { problem: string; level: string }[]).map((r) => [r.problem, Number(/\d/.exec(r.level)?.[0] ?? 3)]),
);
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const r3 = (x: number): number => Number(x.toFixed(3));

function apgr(classifier: ConversationClassifier, rows: readonly { messages: ChatMessage[]; strong: number; weak: number }[]): number {
  const outcomes: PairedOutcome[] = rows.map((r) => ({ routerScore: classifier.classify(r.messages).strongProbability, strongScore: r.strong, weakScore: r.weak }));
  return computeRoutingMetrics(outcomes).apgr;
}

function auc(classifier: ConversationClassifier, pos: readonly ChatMessage[][], neg: readonly ChatMessage[][]): number {
  const p = pos.map((m) => classifier.classify(m).strongProbability);
  const n = neg.map((m) => classifier.classify(m).strongProbability);
  let wins = 0;
  for (const a of p) for (const b of n) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / Math.max(1, p.length * n.length);
}

function llmrouterSets(validation: readonly SourcedExample[]): Record<string, { messages: ChatMessage[]; strong: number; weak: number }[]> {
  const rows = validation.filter((e) => e.modelScores).map((e) => ({
    task: e.source.split(":")[1] ?? "",
    messages: e.messages,
    strong: mean(LARGE.map((m) => e.modelScores?.[m] ?? 0)),
    weak: mean(SMALL.map((m) => e.modelScores?.[m] ?? 0)),
  }));
  return {
    all: rows,
    maths: rows.filter((r) => ["gsm8k", "agentverse-mgsm", "math"].includes(r.task)),
    gsm: rows.filter((r) => ["gsm8k", "agentverse-mgsm"].includes(r.task)),
    mmlu: rows.filter((r) => r.task === "mmlu"),
    choice: rows.filter((r) => ["mmlu", "gpqa", "arc_challenge", "commonsense_qa", "openbook_qa"].includes(r.task)),
  };
}

function evaluate(name: string, classifier: ConversationClassifier, validation: readonly SourcedExample[], mathDev: readonly SourcedExample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [set, rows] of Object.entries(llmrouterSets(validation))) {
    out[`llmrouter_${set}`] = r3(apgr(classifier, rows));
    out[`n_${set}`] = rows.length;
  }
  const rb = readRouterBench(path.join(ROUTING, "routerbench-zs"));
  const rbRows = (rb?.items ?? []).filter((i) => clean(i.prompts[0] ?? "")).map((i) => ({ messages: i.messages, strong: i.strongScore, weak: i.weakScore, id: i.id }));
  const perFile = ["arc", "mbpp", "winograde"].map((f) => apgr(classifier, rbRows.filter((r) => r.id.startsWith(f))));
  out.routerbench_mean = r3(mean(perFile));
  const alpaca = readAlpacaEvalMatrix(path.join(ROUTING, "alpaca-eval/alpaca_eval_gpt4_preferences.csv"));
  const alpacaItems = alpaca.items.filter((i) => clean(i.prompts[0] ?? ""));
  out.alpaca_mean = r3(mean(ALPACA_WEAK.map((weak) => apgr(classifier, alpacaItems.filter((i) => i.scores[weak] !== undefined && i.scores.gpt4_1106_preview !== undefined).map((i) => ({ messages: i.messages, strong: i.scores.gpt4_1106_preview ?? 0, weak: i.scores[weak] ?? 0 }))))));
  const vicuna = parseCsvRecords(readFileSync(path.join(ROUTING, "vicuna80/score-matrix.csv"), "utf8")).records.filter((r) => clean(r.question ?? ""));
  out.vicuna80 = r3(mean(["llama-13b:v1", "alpaca-13b:v1"].map((weak) => apgr(classifier, vicuna.map((r) => ({ messages: [{ role: "user", content: r.question ?? "" }], strong: Number(r["gpt-3.5-turbo:20230327"]), weak: Number(r[weak]) }))))));
  const level = (e: SourcedExample): number => MATH_LEVELS.get(e.prompt) ?? 3;
  out.math_level_auc = r3(auc(classifier, mathDev.filter((e) => level(e) >= 4).map((e) => e.messages), mathDev.filter((e) => level(e) <= 2).map((e) => e.messages)));
  out.dev_score = r3(mean([out.llmrouter_all ?? 0, out.llmrouter_gsm ?? 0, out.llmrouter_mmlu ?? 0, out.routerbench_mean ?? 0, out.alpaca_mean ?? 0, out.vicuna80 ?? 0]));
  console.error(`${name}: ${JSON.stringify(out)}`);
  return out;
}

/** `--data '{"conversationExamplesFiles": [...]}'` trains on conversations too, read through the doors as `switchyard train` reads them. */
const DATA_OPTIONS: TrainingDataOptions = {
  strongExamplesFile: path.join(ROOT, "training/strong-need-examples.jsonl"),
  conversationMessages: (request) => readPreviewRequest(request).request.messages,
  ...(JSON.parse(arg("data") ?? "{}") as TrainingDataOptions),
};

/** llmrouter train's grade-school word problems and MMLU questions, kept out of training here as a GSM8K-like dev set. */
const HALF = arg("half") === "yes";
const isGsmDev = (e: SourcedExample): boolean => /^llmrouter-train:(gsm8k|agentverse-mgsm|mmlu)$/.test(e.source) && (!HALF || e.prompt.length % 2 === 0);

function main(): void {
  const seed = Number(arg("seed") ?? 1);
  const hyper = JSON.parse(arg("hyper") ?? "{}") as Record<string, unknown>;
  const weightsFile = arg("weights");
  const { examples } = loadTrainingExamples(DATA, path.join(ROOT, "training/task-examples.jsonl"), DATA_OPTIONS);
  const parts = splitTrainingExamples(examples, 0.2, createSeededRandom(seed));
  const used = new Set(parts.train.map((e) => e));
  const mathDev = examples.filter((e) => e.source === "math-5000" && !used.has(e));
  const started = Date.now();
  const weights = weightsFile
    ? loadLearnedWeights(path.resolve(weightsFile))
    : runTraining({ dataDir: DATA, teamExamplesFile: path.join(ROOT, "training/task-examples.jsonl"), seed, refit: false, hyper, data: DATA_OPTIONS, exclude: isGsmDev });
  console.error(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s; meta ${JSON.stringify(weights.meta)}`);
  const gsmDev = examples.filter(isGsmDev);
  if (arg("baselines") === "yes") {
    const text = (m: readonly ChatMessage[]): string => m.map((x) => (typeof x.content === "string" ? x.content : "")).join("\n");
    const by = (name: string, f: (t: string) => number): ConversationClassifier => ({ name, classify: (m) => ({ task: { label: "chat", confidence: 1 }, difficulty: { label: "mid", confidence: 1 }, strongProbability: f(text(m)) }) });
    evaluate("words", by("words", (t) => t.split(/\s+/).length), [...parts.validationStrong, ...gsmDev], mathDev);
    evaluate("numbers", by("numbers", (t) => (t.match(/\d+(?:\.\d+)?/g) ?? []).length), [...parts.validationStrong, ...gsmDev], mathDev);
    evaluate("sentences", by("sentences", (t) => (t.match(/[.?!](\s|$)/g) ?? []).length), [...parts.validationStrong, ...gsmDev], mathDev);
  }
  if (arg("heuristic") !== "no") evaluate("heuristic", createHeuristicClassifier(), [...parts.validationStrong, ...gsmDev], mathDev);
  const blends = (arg("blends") ?? String(weights.priorBlend)).split(",").map(Number);
  const priors = (JSON.parse(arg("priors") ?? "[]") as Record<string, number>[]).map((p) => Float32Array.from(weights.tasks.map((t, i) => p[t] ?? weights.taskStrongPrior[i] ?? 0.5)));
  for (const [pi, taskStrongPrior] of [weights.taskStrongPrior, ...priors].entries())
    for (const priorBlend of blends) for (const mathLengthWeight of (arg("lengths") ?? String(weights.mathLengthWeight)).split(",").map(Number)) evaluate(`learned prior ${pi} blend ${priorBlend} length ${mathLengthWeight}`, createLearnedClassifier({ ...weights, priorBlend, taskStrongPrior, mathLengthWeight }), [...parts.validationStrong, ...gsmDev], mathDev);
}

main();
