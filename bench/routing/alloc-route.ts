/**
 * Where a routing decision allocates: V8's sampling heap profiler, counting objects the young and old
 * collections freed too, over a loop of `router.route` (fresh messages array per call, 100 tokens by default).
 *
 * Run: `npx tsx bench/routing/alloc-route.ts [tokens=100] [seconds=3] [top=30]`
 * @module
 */
import { Session } from "node:inspector/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { defaultConfig } from "../../src/config/parse-config.js";
import { createRequestRouter } from "../../src/routing/index.js";

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const [tokens = 100, seconds = 3, top = 30] = process.argv.slice(2).map(Number);
const catalogFile = path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json");
const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(catalogFile, "utf8"))).models, { source: "file" });
const router = createRequestRouter({ config: defaultConfig(), catalog, classifier: createClassifier("learned"), clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });
const prompt = "Could you suggest a three-course dinner menu for eight guests, two of them vegetarian? ".repeat(Math.max(1, Math.round(tokens / 18)));
const request = { model: "switchyard/auto", messages: [{ role: "user", content: prompt }] };
for (let i = 0; i < 2000; i++) router.route({ ...request, messages: [...request.messages] });

const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
let calls = 0;
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  for (let i = 0; i < 100; i++) router.route({ ...request, messages: [...request.messages] });
  calls += 100;
}
const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: HeapNode } };
const self = new Map<string, number>();
const walk = (node: HeapNode): void => {
  const frame = node.callFrame;
  const label = `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*\/src\//, "src/")}:${frame.lineNumber + 1}`;
  self.set(label, (self.get(label) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
};
walk(profile.head);
const total = [...self.values()].reduce((sum, bytes) => sum + bytes, 0);
console.log(`${calls} routes; sampled ${(total / calls / 1024).toFixed(1)} KB allocated per route`);
for (const [label, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${(bytes / calls).toFixed(0).padStart(6)} B/route  ${label}`);
}
