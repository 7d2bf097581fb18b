import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { estimateMessagesTokens } from "../../src/classifier/index.js";
import { extractFeatures } from "../../src/classifier/learned/features.js";
import { createRouter } from "../../src/index.js";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json"), "utf8"))).models, { source: "file" });
const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const learned = createClassifier("learned");
const heur = createClassifier("heuristic");
const r = createRouter({}, { catalog, classifier: learned, clock });
const queries = readFileSync(path.resolve(repoRoot, "../shared/data/routing/llmrouter/default_query_train.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { query: string }).query);
const prompt = (queries.join("\n\n")).slice(0, 480) + "\n\nSummarize the questions above in three bullet points.";
const tokens = Number(process.argv[2] ?? 100);
const big = tokens > 1000 ? (queries.join("\n\n")).repeat(20).slice(0, tokens * 4) : prompt;
const request = { model: "switchyard/auto", messages: [{ role: "system" as const, content: "You are a helpful assistant." }, { role: "user" as const, content: big }] };
const legs: [string, () => unknown][] = [
  ["features", () => extractFeatures(request.messages, 16)],
  ["learned.classify", () => learned.classify(request.messages)],
  ["heuristic.classify", () => heur.classify(request.messages)],
  ["tokens", () => estimateMessagesTokens(request.messages)],
  ["route(learned)", () => r.route(request)],
];
const n = tokens > 1000 ? 30 : 3000;
for (const [, f] of legs) for (let i = 0; i < n / 3; i++) f();
const res: Record<string, number[]> = {};
for (let round = 0; round < 10; round++) for (const [name, f] of legs) { const a = (res[name] ??= []); for (let i = 0; i < n / 10; i++) { const s = performance.now(); f(); a.push(performance.now() - s); } }
for (const [name, a] of Object.entries(res)) { a.sort((x, y) => x - y); console.log(name, (a[Math.floor(a.length / 2)]! * 1000).toFixed(1), "µs"); }
