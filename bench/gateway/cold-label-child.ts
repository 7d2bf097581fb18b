/**
 * Child of `cold-label-misses.ts`: builds TREE's request router with the default learned classifier and stored
 * features, warms up, prints "warm", and on "go" runs N times: touch 8 MB (twice the simulated last-level cache, so
 * everything is cold again), then (mode `label`) route one explicit-model request with its labels left for after the
 * send, label it (`labelNow`) and build its decision record; (mode `regex`) run the regexes one such label runs, alone;
 * (mode `evict`) nothing, the baseline subtracted.
 * Args: TREE [n=40] [label|regex|evict]; PROMPT in the environment replaces the benchmark's prompt.
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [root = ".", count = "40", mode = "label"] = process.argv.slice(2);
const load = async (file: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(path.resolve(root, file)).href)) as Record<string, unknown>;
/* The modules of another tree: typed by hand where they are called. */
type Fn = (...args: unknown[]) => unknown;
const { ModelCatalog } = await load("src/catalog/model-catalog.ts");
const { parseCatalog } = await load("src/catalog/parse-catalog.ts");
const { createClassifier } = await load("src/classifier/create-classifier.ts");
const { parseConfig } = await load("src/config/parse-config.ts");
const { createRequestRouter } = await load("src/routing/request-router.ts");
const { extractRoutingFeatures } = await load("src/learning/routing-features.ts");
const { labelNow } = await load("src/routing/routing-plan.ts");
const { buildDecisionRecord } = await load("src/routing/fallback/build-decision-record.ts");
const models = (parseCatalog as Fn)(JSON.parse(readFileSync("../shared/data/openrouter/models-2026-06-16.json", "utf8"))) as { models: unknown };
const catalog = new (ModelCatalog as new (...args: unknown[]) => unknown)(models.models, { source: "file" });
const learning = { extractFeatures: (...args: unknown[]) => (extractRoutingFeatures as Fn)(...args) };
const router = (createRequestRouter as Fn)({ config: (parseConfig as Fn)({}), catalog, classifier: (createClassifier as Fn)("learned"), clock: { now: () => 1 }, learning }) as { route: Fn };
const prompt = process.env.PROMPT ?? "What is the capital of France? Answer in one word.";

/** One explicit-model request's labels and record, as the gateway makes them. */
function label(): number {
  const plan = router.route({ model: "openai/gpt-4o-mini", messages: [{ role: "user", content: prompt }] }, { labelAfterSend: true });
  (labelNow as Fn)(plan);
  const record = (buildDecisionRecord as Fn)({ id: "x", createdAt: 1, keyId: null, plan, attempts: [], model: "openai/gpt-4o-mini", usage: undefined, costUsd: 0, timeToFirstTokenMs: 1, latencyMs: 1, finishReason: "stop", stream: false, status: 200, error: undefined, prompt: null }) as { reasons: string[] };
  return record.reasons.length;
}

/** The regexes one label runs, with the text each was given. */
const calls: [RegExp, string][] = [];
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (this: RegExp, text: string) {
  RegExp.prototype.exec = exec;
  calls.push([this, text]);
  const result = exec.call(this, text);
  RegExp.prototype.exec = spy;
  return result;
};
const spy = RegExp.prototype.exec;
label();
RegExp.prototype.exec = exec;
function regexes(): number {
  let matched = 0;
  for (const [regex, text] of calls) {
    regex.lastIndex = 0;
    if (regex.test(text)) matched++;
  }
  return matched;
}

const flush = new Uint8Array(8 << 20);
function evict(): void {
  for (let i = 0; i < flush.length; i += 64) flush[i] = ((flush[i] as number) + 1) & 255;
}
for (let i = 0; i < 2000; i++) {
  label();
  regexes();
  evict();
}
process.stdout.write("warm\n");
process.stdin.setEncoding("utf8");
process.stdin.on("data", (data: string) => {
  if (data.includes("go")) {
    let sink = 0;
    for (let i = 0; i < Number(count); i++) {
      evict();
      if (mode === "label") sink += label();
      else if (mode === "regex") sink += regexes();
    }
    process.stdout.write(`done ${sink}\n`);
  }
  if (data.includes("exit")) process.exit(0);
});
