/**
 * Routing decision time: the library's `createRouter(config, deps).route(request)` (classify, count
 * tokens, pick tier, resolve and price the chain) per prompt size, against baselines measured in the
 * same run and interleaved with it: parsing the request body (work the gateway does anyway), the bare
 * heuristic classifier, and the token estimate; plus the `learned` classifier and a router using it.
 * Timed in-process with `performance.now()` around each call.
 *
 * Run: `npm run bench:routing` (add `--quick` for fewer iterations, `--json` for machine output). Results are
 * also written to `bench/results/routing-<date>.json`.
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "gpt-tokenizer";
import { benchPrompt } from "./bench-prompt.js";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import type { ConversationClassifier } from "../../src/classifier/classifier.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { estimateMessagesTokens } from "../../src/classifier/index.js";
import type { ChatRequest } from "../../src/core/types.js";
import { createRouter } from "../../src/index.js";
import { summarize, type LatencySummary as Summary } from "../gateway/stats.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const quick = process.argv.includes("--quick");
const asJson = process.argv.includes("--json");

/** Prompt sizes in o200k tokens, with how many timed calls each gets per leg. */
const SIZES = [
  { label: "100 tokens", tokens: 100, iterations: quick ? 2_000 : 20_000 },
  { label: "10k tokens", tokens: 10_000, iterations: quick ? 100 : 1_000 },
  { label: "300k tokens", tokens: 300_000, iterations: quick ? 10 : 100 },
];
/** The leg the goals are judged on: the default (learned) router, a fresh messages array each call. */
const FRESH_LEG = "router.route (learned, fresh messages)";
/** Issue 11's goals: p50 of the decision per prompt size, in ms. */
const GOALS = [
  { label: "100 tokens", p50Ms: 0.04 },
  { label: "300k tokens", p50Ms: 10 },
];
/** Legs take turns in rounds of at most this many calls each (A B C D A B C D ...), so load hits all alike. */
const CALLS_PER_TURN = 20;

const catalogFile = path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json");
const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(catalogFile, "utf8"))).models, { source: "file" });
const classifier = createClassifier("heuristic");
/** The day after the snapshot, so model expiry is judged as it was then. */
const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const router = createRouter({}, { catalog, classifier, clock });
/** The learned classifier, when its weights load (it is optional for this bench). */
const learned = tryLearned();
const learnedRouter = learned ? createRouter({}, { catalog, classifier: learned, clock }) : undefined;

function tryLearned(): ConversationClassifier | undefined {
  try {
    return createClassifier("learned");
  } catch (error) {
    console.error(`(learned classifier unavailable: ${(error as Error).message})`);
    return undefined;
  }
}

interface Leg {
  name: string;
  run: () => unknown;
}

function timeLeg(leg: Leg, iterations: number, samples: number[]): void {
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    leg.run();
    samples.push(performance.now() - start);
  }
}

function measureSize(size: (typeof SIZES)[number]): { label: string; promptTokens: number; results: Record<string, Summary> } {
  const prompt = benchPrompt(size.tokens);
  const request: ChatRequest = {
    model: "switchyard/auto",
    messages: [
      { role: "system", content: "You are a helpful assistant." },
      { role: "user", content: prompt },
    ],
  };
  const body = JSON.stringify(request);
  const legs: Leg[] = [
    { name: "JSON.parse(body)", run: () => JSON.parse(body) },
    { name: "estimateMessagesTokens", run: () => estimateMessagesTokens(request.messages) },
    { name: "classifier.classify", run: () => classifier.classify(request.messages) },
    { name: "router.route", run: () => router.route(request) },
  ];
  if (learned && learnedRouter) {
    legs.push(
      { name: "learned classify", run: () => learned.classify(request.messages) },
      { name: "router.route (learned)", run: () => learnedRouter.route(request) },
      // A fresh messages array per call, as every gateway request has: the conversation reading is cached per
      // array, so the leg above skips it after the first call. The goals are judged on this leg.
      { name: FRESH_LEG, run: () => learnedRouter.route({ ...request, messages: [...request.messages] }) },
    );
  }
  const samples = new Map<string, number[]>(legs.map((leg) => [leg.name, []]));
  for (const leg of legs) timeLeg(leg, Math.ceil(size.iterations / 10), []); // warm-up
  const perTurn = Math.max(1, Math.min(CALLS_PER_TURN, Math.floor(size.iterations / 50)));
  for (let done = 0; done < size.iterations; done += perTurn) {
    for (const leg of legs) timeLeg(leg, perTurn, samples.get(leg.name) ?? []);
  }
  const results: Record<string, Summary> = {};
  for (const [name, values] of samples) results[name] = summarize(values);
  return { label: size.label, promptTokens: encode(prompt).length, results };
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`;
const sample = router.route({ model: "switchyard/auto", messages: [{ role: "user", content: benchPrompt(100) }] });
const measured = SIZES.map(measureSize);

const goalLines = verdicts(measured);
const report = { date: new Date().toISOString(), machine, sizes: measured, goals: goalLines };
const resultsDir = path.resolve(repoRoot, "bench/results");
mkdirSync(resultsDir, { recursive: true });
const resultsFile = path.join(resultsDir, `routing-${report.date.replace(/[:.]/g, "-")}.json`);
writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Routing decision time — ${new Date().toISOString()} — ${machine}`);
  console.log(`(sample decision at 100 tokens: task ${sample.task}, tier ${sample.tier}, model ${sample.model})\n`);
  console.log("| prompt | leg | calls | p50 | p90 | p99 | max |");
  console.log("|---|---|---|---|---|---|---|");
  for (const size of measured) {
    for (const [name, stats] of Object.entries(size.results)) {
      console.log(
        `| ${size.label} (${size.promptTokens}) | ${name} | ${stats.count} | ${fmt(stats.p50)} | ${fmt(stats.p90)} | ${fmt(stats.p99)} | ${fmt(stats.max)} |`,
      );
    }
  }
  console.log("");
  for (const line of goalLines) console.log(line);
}

/** One verdict line per goal, from this run's p50 of {@link FRESH_LEG}. */
function verdicts(sizes: typeof measured): string[] {
  return GOALS.map((goal) => {
    const p50 = sizes.find((size) => size.label === goal.label)?.results[FRESH_LEG]?.p50;
    if (p50 === undefined) return `goal: ${goal.label} decision p50 < ${fmt(goal.p50Ms)}: not measured (learned classifier unavailable)`;
    const verdict = p50 < goal.p50Ms ? "MET" : "MISSED";
    return `goal: ${goal.label} decision (default learned router) p50 < ${fmt(goal.p50Ms)}: ${fmt(p50)} — ${verdict} (load ${os.loadavg()[0]?.toFixed(1)}; on a loaded machine compare ratios, not absolutes)`;
  });
}

/** Milliseconds as µs below 1 ms, else ms. */
function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}
