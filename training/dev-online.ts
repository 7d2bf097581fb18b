/**
 * Development streams for `eval --online` (docs/routing-quality.md, "Learning from outcomes"): runs the simulated
 * deployment on development data only — RouterBench (train + test), llmrouter (test, or test + train) as a
 * strong/weak pair or a three-rung ladder, AlpacaEval 1 — and prints one JSON line. Never reads a held-out set.
 *
 *   npx tsx training/dev-online.ts <routerbench|llmrouter|llmrouter-all|ladder-llmrouter|ladder-llmrouter-all|alpaca> \
 *     [batch|bandit] [seed] ['{"retrainEvery":100,"fit":{"minRankZ":2}}']
 * @module
 */
import path from "node:path";
import { readdirSync, readFileSync } from "node:fs";
import { createLearnedClassifier } from "../src/classifier/learned/index.js";
import { readRouterBench } from "../src/eval/routerbench-dataset.js";
import { readOutcomeStream, type OutcomeStream } from "../src/eval/online-stream.js";
import { simulateDeployment, DEFAULT_ONLINE_OPTIONS } from "../src/eval/online-eval.js";
import { buildOnlineReport } from "../src/eval/online-report.js";
const data = "/work/shared/data/routing";
const [set = "routerbench", learner = "batch", seedText = "1", extra = "{}"] = process.argv.slice(2);
let stream: OutcomeStream;
if (set === "routerbench") {
  const dir = path.join(data, "routerbench-zs");
  const items = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort().flatMap((f) => readRouterBench(path.join(dir, f))?.items ?? []);
  const base = readOutcomeStream(path.join(dir, "mbpp_test.csv"));
  stream = { ...base, name: "routerbench-all", items: items.map((item) => ({ messages: item.messages, rewards: [item.weakScore, item.strongScore], source: { kind: "paired" as const, item } })) };
} else if (set.startsWith("ladder-llmrouter")) {
  const files = set === "ladder-llmrouter" ? ["test.json"] : ["test.json", "train.json"];
  const rows = files.flatMap((f) => JSON.parse(readFileSync(path.join(data, "llmrouter/dcrouter_preprocessed", f), "utf8")) as { question: string; scores: Record<string, number> }[]);
  const seen = new Set<string>();
  const ladder = [{ model: "mistral-7b-instruct-v0.3", usdPerMillionTokens: 0.2 }, { model: "llama-3.1-8b-instruct", usdPerMillionTokens: 0.6 }, { model: "llama-3.1-nemotron-51b-instruct", usdPerMillionTokens: 20 }];
  const items = rows.filter((r) => !seen.has(r.question) && (seen.add(r.question), true)).map((r, i) => ({ id: String(i), messages: [{ role: "user" as const, content: r.question }], prompts: [r.question], scores: r.scores }));
  stream = { name: set, kind: "ladder", arms: ladder.map((l) => l.model), prices: ladder.map((l) => l.usdPerMillionTokens), ladder, items: items.map((item) => ({ messages: item.messages, rewards: ladder.map((l) => item.scores[l.model] ?? 0), source: { kind: "ladder" as const, item } })) };
} else if (set.startsWith("llmrouter")) {
  const files = set === "llmrouter" ? ["test.json"] : ["test.json", "train.json"];
  const rows = files.flatMap((f) => JSON.parse(readFileSync(path.join(data, "llmrouter/dcrouter_preprocessed", f), "utf8")) as { question: string; scores: Record<string, number> }[]);
  const seen = new Set<string>();
  const weak = process.env.WEAK ?? "mistral-7b-instruct-v0.3";
  const strong = process.env.STRONG ?? "llama-3.3-nemotron-super-49b-v1";
  const items = rows.filter((r) => !seen.has(r.question) && (seen.add(r.question), true)).map((r, i) => ({ id: String(i), messages: [{ role: "user" as const, content: r.question }], prompts: [r.question], strongScore: r.scores[strong] ?? 0, weakScore: r.scores[weak] ?? 0 }));
  const base = readOutcomeStream(path.join(data, "routerbench-zs/mbpp_test.csv"));
  stream = { ...base, name: set, items: items.map((item) => ({ messages: item.messages, rewards: [item.weakScore, item.strongScore], source: { kind: "paired" as const, item } })) };
} else if (set === "alpaca") stream = readOutcomeStream(path.join(data, "alpaca-eval/alpaca_eval_gpt4_preferences.csv"));
else stream = readOutcomeStream(path.join(data, "alpaca-eval/weighted_alpaca_eval_gpt4_turbo_preferences.csv"));
const options = { ...DEFAULT_ONLINE_OPTIONS, onProgress: (m: string) => { if (process.env.V && m.startsWith("after")) console.error(m.slice(0, 260)); }, learner: learner as "batch" | "bandit", seed: Number(seedText), base: "dev", ...(JSON.parse(extra) as object) };
const t = Date.now();
const steps = simulateDeployment(stream, createLearnedClassifier(), options);
const r = buildOnlineReport(stream, steps, options);
console.log(JSON.stringify({ set, learner, seed: seedText, extra, n: r.n, static: r.static, adapted: r.adapted, served: r.served, expl: r.exploration, curve: r.curve.map((c) => [c.seen, c.static.apgr ?? c.static.cost_share_at_95, c.adapted.apgr ?? c.adapted.cost_share_at_95, c.adapter_active]), ms: Date.now() - t }));
