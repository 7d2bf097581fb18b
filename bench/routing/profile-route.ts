/**
 * A tight loop of `router.route` at one prompt size, for `node --cpu-prof`: where the decision's time goes.
 *
 * Run: `npx tsx --cpu-prof --cpu-prof-dir=/tmp/route-prof bench/routing/profile-route.ts [tokens=100] [seconds=5] [classify] [heuristic]`
 * (the default learned classifier unless `heuristic` is given; each call gets a fresh messages array, as a gateway request does)
 * then `npx tsx bench/gateway/summarize-cpu-profile.ts /tmp/route-prof/<file>.cpuprofile`.
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { defaultConfig } from "../../src/config/parse-config.js";
import { createRequestRouter } from "../../src/routing/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tokens = Number(process.argv[2] ?? 100);
const seconds = Number(process.argv[3] ?? 5);
const catalogFile = path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json");
const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(catalogFile, "utf8"))).models, { source: "file" });
const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const classifier = createClassifier(process.argv.includes("heuristic") ? "heuristic" : "learned");
const router = createRequestRouter({ config: defaultConfig(), catalog, classifier, clock });
/** With `classify` as third argument, only the classifier runs. */
const onlyClassify = process.argv[4] === "classify";
const sentence = "Could you suggest a three-course dinner menu for eight guests, two of them vegetarian? ";
const prompt = sentence.repeat(Math.max(1, Math.round(tokens / 18)));
const request = { model: "switchyard/auto", messages: [{ role: "user", content: prompt }] };
let calls = 0;
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  for (let i = 0; i < 100; i++) {
    if (onlyClassify) classifier.classify(request.messages);
    else router.route({ ...request, messages: [...request.messages] });
  }
  calls += 100;
}
console.log(`${calls} ${onlyClassify ? "classifications" : "routes"} in ${seconds} s: ${((seconds * 1e6) / calls).toFixed(1)} µs each`);
