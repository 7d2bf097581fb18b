/**
 * Where the gateway's heap at start goes, by module: builds this tree (`build-gateway.ts`), then, in a fresh
 * `node --expose-gc`, imports the packages and Switchyard's modules one after another (each import adding to the
 * last) and prints, after two full GCs, how much each added to V8's used heap, to `external` (typed arrays' memory
 * outside the heap) and to RSS. RSS moves by more than the heap (building the tables leaves garbage the collector
 * does not give back at once), so the heap column is the one to compare.
 *
 * Usage: npx tsx bench/gateway/heap-by-module.ts [--tree DIR] (DIR: another tree with its own build, as in
 * memory-gateway.ts; default this one)
 * @module
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildGateway } from "./build-gateway.js";
import { REPO_ROOT } from "./processes.js";

const { values: flags } = parseArgs({ options: { tree: { type: "string" } } });
const root = path.resolve(flags.tree ?? REPO_ROOT);
await buildGateway(root);
const buildDir = path.join(root, "bench/results/build");

/** In import order: packages by name, Switchyard's modules by their path under the build's `src/`. */
const MODULES = [
  "undici",
  "fastify",
  "pino",
  "prom-client",
  "better-sqlite3",
  "zod",
  "config/index.js",
  "classifier/conversation/language-cues.js",
  "classifier/conversation/cue-matcher.js",
  "classifier/learned/cross-lingual-glosses.js",
  "classifier/learned/features.js",
  "classifier/learned/index.js",
  "classifier/conversation/conversation-classifier.js",
  "server/index.js",
  "cli/commands/serve.js",
  "cli/main.js",
];

const child = `
const mb = (b) => (b / 1048576).toFixed(1).padStart(6);
const gc = () => { globalThis.gc(); globalThis.gc(); };
gc();
let last = process.memoryUsage();
console.log("module                                            heap used (total)   external   RSS (total), MB");
console.log("node alone".padEnd(48), mb(last.heapUsed), "         ", mb(last.external), "  ", mb(last.rss));
for (const spec of ${JSON.stringify(MODULES)}) {
  await import(spec.includes("/") ? new URL("src/" + spec, "file://${buildDir}/").href : spec);
  gc();
  const now = process.memoryUsage();
  console.log(spec.padEnd(48), "+" + mb(now.heapUsed - last.heapUsed), "(" + mb(now.heapUsed) + ")", "+" + mb(now.external - last.external), "+" + mb(now.rss - last.rss), "(" + mb(now.rss) + ")");
  last = now;
}
`;
process.stdout.write(execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "--eval", child], { cwd: buildDir, encoding: "utf8" }));
