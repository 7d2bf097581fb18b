/**
 * The gateway's instructions per request, counted by valgrind's callgrind: deterministic for the same build and
 * load, so a change of a few percent shows on this noisy shared machine where CPU time does not. Each tree is
 * built like the benchmark's gateway (esbuild, `bench/results/build` of that tree), run under
 * `valgrind --tool=callgrind --instr-atstart=no` against the simulator; counting is switched on only around
 * the measured requests (after start-up and a warm-up), with autocannon sending a fixed number of them.
 *
 * Usage: npx tsx bench/gateway/count-instructions.ts [--tree DIR]... [--requests 2000] [--warmup 1000]
 *        [--connections 10] [--stream] [--auto] [--rounds 1] [--node-flags="--single-threaded"]
 * Trees default to this repository; several `--tree` are measured in turn (A B A B ... with `--rounds`).
 * `--variant NAME="node flags"` (repeatable) measures each tree once per variant, with those flags added to
 * `--node-flags`: the cost of a V8 setting on the same build (e.g. `--variant small="--max-semi-space-size=8"`). A tree
 * made by `git archive <commit> | tar -x -C DIR` needs `node_modules` linked in (`ln -s $PWD/node_modules DIR/`).
 * `--node-flags="--single-threaded"` makes V8 compile and collect on the main thread, at points set by the work done
 * rather than by when a background thread finishes: without it two runs of one build differed by up to 8%.
 * @module
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildGateway } from "./build-gateway.js";
import { answersHttp, freePort, REPO_ROOT, startNode, waitForOutput } from "./processes.js";

const { values: flags } = parseArgs({
  options: {
    tree: { type: "string", multiple: true, default: [] },
    requests: { type: "string", default: "2000" },
    warmup: { type: "string", default: "1000" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "1" },
    stream: { type: "boolean", default: false },
    auto: { type: "boolean", default: false },
    /** Extra Node flags for the gateway, space-separated. */
    "node-flags": { type: "string", default: "" },
    /** NAME=flags: another set of Node flags to measure each tree with (added to --node-flags). */
    variant: { type: "string", multiple: true, default: [] },
  },
});

/** The parts of autocannon's result read here. */
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number };
}
const autocannon = createRequire(import.meta.url)("autocannon") as (options: Record<string, unknown>) => Promise<AutocannonResult>;

const trees = flags.tree.length > 0 ? flags.tree.map((tree) => path.resolve(tree)) : [REPO_ROOT];
const catalog = path.resolve(REPO_ROOT, "../shared/data/openrouter/models-2026-06-16.json");
const simulator = startNode("simulator", ["--import", "tsx", "bench/gateway/simulator-process.ts", catalog, "0", "0"]);
const urls = JSON.parse(await waitForOutput(simulator, /^(\{.*\})$/m)) as { fast: string };
const builds = new Map<string, string>();
for (const tree of trees) builds.set(tree, (await buildGateway(tree)).gateway);

/** What is measured: each tree with each variant's flags (or the common flags alone). */
const variants = flags.variant.length > 0 ? flags.variant.map((spec) => [spec.slice(0, spec.indexOf("=") < 0 ? spec.length : spec.indexOf("=")), spec.includes("=") ? spec.slice(spec.indexOf("=") + 1) : ""] as const) : [["", ""] as const];
const legs = trees.flatMap((tree) => variants.map(([name, extra]) => ({ tree, label: name ? `${path.basename(tree)} ${name}` : path.basename(tree), nodeFlags: [...flags["node-flags"].split(" "), ...extra.split(" ")].filter(Boolean) })));
const results: { label: string; instructionsPerRequest: number }[] = [];
try {
  for (let round = 0; round < Number(flags.rounds); round += 1) {
    for (const leg of legs) {
      const perRequest = await countOne(builds.get(leg.tree) ?? "", leg.nodeFlags);
      results.push({ label: leg.label, instructionsPerRequest: perRequest });
      console.log(`${leg.label}  ${(perRequest / 1e6).toFixed(3)} M instructions per request`);
    }
  }
} finally {
  await simulator.stop();
}
if (legs.length > 1) {
  const first = legs[0]?.label ?? "";
  const mean = (label: string): number => {
    const own = results.filter((result) => result.label === label);
    return own.reduce((sum, result) => sum + result.instructionsPerRequest, 0) / own.length;
  };
  for (const leg of legs.slice(1)) console.log(`${leg.label} / ${first}: ×${(mean(leg.label) / mean(first)).toFixed(4)}`);
}
process.exit(0);

/** Runs one gateway under callgrind and returns its instructions per measured request. */
async function countOne(gatewayEntry: string, nodeFlags: readonly string[]): Promise<number> {
  const directory = mkdtempSync(path.join(tmpdir(), "switchyard-callgrind-"));
  const outFile = path.join(directory, "callgrind.out");
  const configFile = path.join(directory, "switchyard.yaml");
  writeFileSync(configFile, ["upstream:", `  base_url: ${urls.fast}`, "  api_key_env: SWITCHYARD_BENCH_UPSTREAM_KEY", "storage:", `  sqlite: ${path.join(directory, "switchyard.db")}`, "catalog:", `  cache_dir: ${directory}`, ""].join("\n"));
  const port = await freePort();
  const child = spawn(
    "valgrind",
    ["--tool=callgrind", "--instr-atstart=no", "--smc-check=all-non-file", `--callgrind-out-file=${outFile}`, process.execPath, ...nodeFlags, gatewayEntry, "--config", configFile, "--port", String(port), "--host", "127.0.0.1", "--upstream-url", urls.fast, "--catalog", catalog],
    { cwd: REPO_ROOT, env: { ...process.env, SWITCHYARD_BENCH_UPSTREAM_KEY: "sk-or-bench" }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  while (!(await answersHttp(`${origin}/health`).catch(() => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`gateway did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const load = async (amount: number): Promise<void> => {
    const body = { model: flags.auto ? "switchyard/auto" : "openai/gpt-4o-mini", messages: [{ role: "user", content: "What is the capital of France? Answer in one word." }], stream: flags.stream };
    const result = await autocannon({ url: `${origin}/v1/chat/completions`, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), connections: Number(flags.connections), amount, timeout: 60 });
    const failed = result.errors + result.timeouts + result.non2xx;
    if (failed > 0 || result.requests.total < amount) throw new Error(`${failed} failed requests of ${result.requests.total}`);
  };
  // A failed load must not leave the gateway running under valgrind.
  const stopOnFailure = (error: unknown): never => {
    child.kill("SIGKILL");
    throw error;
  };
  const started = Date.now();
  await load(Number(flags.warmup)).catch(stopOnFailure);
  control(child.pid, "-i", "on");
  const warm = Date.now();
  const ioBefore = readIo(child.pid);
  await load(Number(flags.requests)).catch(stopOnFailure);
  const ioAfter = readIo(child.pid);
  control(child.pid, "-d");
  control(child.pid, "-i", "off");
  console.error(`warm-up ${((warm - started) / 1000).toFixed(0)} s, measured ${((Date.now() - warm) / 1000).toFixed(0)} s`);
  child.kill("SIGTERM");
  await exited;
  // The explicit dump taken right after the measured requests (the one at exit is not used).
  const summary = /^(?:summary|totals):\s+(\d+)/m.exec(readFileSync(`${outFile}.1`, "utf8"));
  if (process.env.KEEP_CALLGRIND) console.log(`kept ${outFile}`);
  else rmSync(directory, { recursive: true, force: true });
  if (!summary?.[1]) throw new Error(`no callgrind totals:\n${stderr}`);
  const requests = Number(flags.requests);
  const per = (key: string): string => (((ioAfter[key] ?? 0) - (ioBefore[key] ?? 0)) / requests).toFixed(2);
  // The kernel's side, which callgrind does not count: read/write system calls and bytes, per request.
  console.log(`  io per request: ${per("syscr")} reads (${per("rchar")} B), ${per("syscw")} writes (${per("wchar")} B)`);
  return Number(summary[1]) / requests;
}

/** /proc/<pid>/io counters (Linux). */
function readIo(pid: number | undefined): Record<string, number> {
  const counters: Record<string, number> = {};
  for (const line of readFileSync(`/proc/${pid}/io`, "utf8").split("\n")) {
    const [key, value] = line.split(": ");
    if (key && value) counters[key] = Number(value);
  }
  return counters;
}

function control(pid: number | undefined, ...args: string[]): void {
  const result = spawnSync("callgrind_control", [...args, String(pid)], { encoding: "utf8" });
  if (process.env.KEEP_CALLGRIND) console.error(result.stdout);
  if (result.status !== 0) throw new Error(`callgrind_control ${args.join(" ")} failed: ${result.stderr}`);
}
