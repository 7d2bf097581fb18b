/**
 * Development streams for `eval --online` (docs/routing-quality.md, "Learning from outcomes"): runs the simulated
 * deployment on development data only — RouterBench (train + test), llmrouter (test, or test + train) as a
 * strong/weak pair or a three-rung ladder, AlpacaEval 1, and MMLU-Pro's non-MMLU rows (STEMEZ, TheoremQA,
 * SciBench: GPT-4o vs Mixtral-8x7B, an MMLU/GSM8K-like proxy; the `ori_mmlu` rows are held out and skipped) —
 * and prints one JSON line. Never reads a held-out set.
 *
 *   [LIMIT=N] npx tsx training/dev-online.ts <routerbench|llmrouter|llmrouter-all|llmrouter-math|ladder-llmrouter|ladder-llmrouter-all|alpaca|mmlupro|mmlupro-stem> \
 *     [batch|bandit] [seed] ['{"retrainEvery":100,"fit":{"minRankZ":2}}']
 *
 * `LIMIT=N` streams a seeded subsample of N prompts (a different one per seed), to mimic a small deployment;
 * `TRACE=1` prints every refit's checks on stderr (`dev-online-trace.ts` splits the ranking check's terms).
 * @module
 */
import { createLearnedClassifier } from "../src/classifier/learned/index.js";
import { simulateDeployment, DEFAULT_ONLINE_OPTIONS, type RefitTrace } from "../src/eval/online-eval.js";
import { buildOnlineReport } from "../src/eval/online-report.js";
import { readDevStream } from "./dev-streams.js";

const [set = "routerbench", learner = "batch", seedText = "1", extra = "{}"] = process.argv.slice(2);
const seed = Number(seedText);
const stream = readDevStream(set, Number(process.env.LIMIT ?? 0), seed);
const options = {
  ...DEFAULT_ONLINE_OPTIONS,
  onProgress: (m: string) => {
    if (process.env.V && m.startsWith("after")) console.error(m.slice(0, 260));
  },
  // TRACE=1: one line per refit (outcomes, gate z, ranking z, passed, routing) on stderr.
  onRefit: (r: RefitTrace) => {
    if (process.env.TRACE) console.error(`refit ${r.outcomes} z ${r.validation?.z ?? "-"} rank_z ${r.validation?.rank_z ?? "-"} ${r.passed ? "pass" : "fail"}${r.routing ? " routing" : ""}${r.sequential ? ` logE ${r.sequential.logE.toFixed(2)} harm ${r.sequential.harmLogE.toFixed(2)} terms ${r.sequential.terms}` : ""}`);
  },
  learner: learner as "batch" | "bandit",
  seed,
  base: "dev",
  ...(JSON.parse(extra) as object),
};
const started = Date.now();
const steps = simulateDeployment(stream, createLearnedClassifier(), options);
const r = buildOnlineReport(stream, steps, options);
const curve = r.curve.map((c) => [c.seen, c.static.apgr ?? c.static.cost_share_at_95, c.adapted.apgr ?? c.adapted.cost_share_at_95, c.adapter_active]);
console.log(JSON.stringify({ set: stream.name, learner, seed: seedText, extra, n: r.n, static: r.static, adapted: r.adapted, served: r.served, expl: r.exploration, curve, ms: Date.now() - started }));
