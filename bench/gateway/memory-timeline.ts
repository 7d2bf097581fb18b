/**
 * What the gateway's RSS is made of from moment to moment, to break down the peak under load. Starts the compiled
 * gateway against the simulator with three samplers, all keyed by wall-clock ms:
 * - `memory-probe` in trace mode (in the process, every 10 ms): `process.memoryUsage()` and V8's space sizes;
 * - `malloc-sampler.c`, LD_PRELOAD'ed (its own thread, every 10 ms, so it sees GC pauses too): glibc's mallinfo2:
 *   bytes malloc holds in arenas, in mmap'd chunks, in use and free;
 * - this process (every 10 ms): VmRSS from `/proc/<pid>/status`; every 250 ms the full `/proc/<pid>/smaps` split
 *   (`rss-breakdown.ts`), the split with the largest RSS kept as "at the peak".
 * With `--zones`, V8's `--trace-zone-stats` (the compilers' and parser's zone memory, which V8 takes from malloc)
 * is read from the gateway's stdout.
 *
 * Each variant runs in turn (A B A B ... with `--rounds`): 1 s idle, a 2 s warm-up load and an N-second load at C
 * connections (autocannon), 2 s idle. Printed per run: CPU per request over the measured load, RSS at start, at its
 * peak and after, and what each sampler
 * read at the peak and at start.
 *
 * Usage: npx tsx bench/gateway/memory-timeline.ts [--variant NAME="node flags"]... [--rounds 1] [--seconds 8]
 *        [--connections 50] [--zones] [--env NAME=K=V]... [--entry NAME=path/to/gateway-process.js]... [--keep]
 * @module
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUILD_DIR, buildGateway } from "./build-gateway.js";
import { answersHttp, cpuMs, freePort, REPO_ROOT, startNode, waitForOutput, waitUntilReady } from "./processes.js";
import { rssBreakdown } from "./rss-breakdown.js";
import { runThroughput } from "./throughput.js";
import { describeRun, type Samples } from "./timeline-report.js";

const { values: flags } = parseArgs({
  options: {
    variant: { type: "string", multiple: true, default: [] },
    env: { type: "string", multiple: true, default: [] },
    /** NAME=path: run variant NAME with another build's gateway-process.js (e.g. a `git archive` of main, built). */
    entry: { type: "string", multiple: true, default: [] },
    rounds: { type: "string", default: "1" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "50" },
    zones: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});

const entries = await buildGateway();
const probe = path.join(BUILD_DIR, "bench/gateway/memory-probe.js");
const sampler = path.join(BUILD_DIR, "malloc-sampler.so");
execFileSync("cc", ["-O2", "-shared", "-fPIC", "-o", sampler, path.join(REPO_ROOT, "bench/gateway/malloc-sampler.c"), "-lpthread"]);
const variants = flags.variant.length > 0 ? flags.variant.map((spec) => splitOnce(spec)) : [["default", ""] as [string, string]];
const extraEnv = new Map<string, Record<string, string>>();
for (const spec of flags.env) {
  const [name, assignment] = splitOnce(spec);
  const [key, value] = splitOnce(assignment);
  extraEnv.set(name, { ...extraEnv.get(name), [key]: value });
}
const entryOf = new Map(flags.entry.map((spec) => splitOnce(spec)));
const catalog = path.resolve(REPO_ROOT, "../shared/data/openrouter/models-2026-06-16.json");
const simulator = startNode("simulator", ["--import", "tsx", "bench/gateway/simulator-process.ts", catalog, "0", "0"]);
const urls = JSON.parse(await waitForOutput(simulator, /^(\{.*\})$/m)) as { fast: string };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function splitOnce(spec: string): [string, string] {
  const at = spec.indexOf("=");
  return at < 0 ? [spec, ""] : [spec.slice(0, at), spec.slice(at + 1)];
}

async function run(name: string, nodeFlags: string): Promise<string> {
  const directory = mkdtempSync(path.join(tmpdir(), "switchyard-timeline-"));
  const configFile = path.join(directory, "switchyard.yaml");
  const files = { trace: path.join(directory, "probe.txt"), malloc: path.join(directory, "malloc.txt"), stdout: path.join(directory, "stdout.log") };
  writeFileSync(configFile, ["upstream:", `  base_url: ${urls.fast}`, "  api_key_env: SWITCHYARD_BENCH_UPSTREAM_KEY", "storage:", `  sqlite: ${path.join(directory, "switchyard.db")}`, "catalog:", `  cache_dir: ${directory}`, ""].join("\n"));
  const port = await freePort();
  const zoneFlags = flags.zones ? ["--trace-zone-stats", "--zone-stats-tolerance=262144"] : [];
  const args = ["--import", probe, ...zoneFlags, ...nodeFlags.split(" ").filter(Boolean), entryOf.get(name) ?? entries.gateway, "--config", configFile, "--port", String(port), "--host", "127.0.0.1", "--upstream-url", urls.fast, "--catalog", catalog];
  const env = { SWITCHYARD_BENCH_UPSTREAM_KEY: "sk-or-bench", SWITCHYARD_MEMORY_PROBE_OUT: path.join(directory, "probe.jsonl"), SWITCHYARD_MEMORY_PROBE_TRACE: files.trace, MALLOC_SAMPLER_OUT: files.malloc, LD_PRELOAD: sampler, ...extraEnv.get(name) };
  const gateway = startNode(`gateway ${name}`, args, env, files.stdout);
  const origin = `http://127.0.0.1:${port}`;
  const samples: Samples = { rss: [], maps: [], phases: {} };
  try {
    await waitUntilReady(gateway, () => answersHttp(`${origin}/health`), 180_000);
    const timer = setInterval(() => sampleRss(gateway.pid, samples), 10);
    const mapsTimer = setInterval(() => sampleMaps(gateway.pid, samples), 250);
    await sleep(1000);
    samples.phases.start = Date.now();
    samples.startMaps = rssBreakdown(gateway.pid);
    const target = { name, pid: gateway.pid, origin, path: "/v1/chat/completions", headers: {}, body: { model: "openai/gpt-4o-mini", messages: [{ role: "user", content: "What is the capital of France? Answer in one word." }] } };
    const load = (seconds: number) => runThroughput(target, { connections: Number(flags.connections), durationSeconds: seconds, stream: false });
    const warm = await load(2);
    samples.phases.loadStart = Date.now();
    const cpuBefore = cpuMs(gateway.pid);
    const measured = await load(Number(flags.seconds));
    const cpuPerRequest = (cpuMs(gateway.pid) - cpuBefore) / measured.ok;
    samples.phases.loadEnd = Date.now();
    samples.endMaps = rssBreakdown(gateway.pid);
    await sleep(2000);
    samples.phases.after = Date.now();
    clearInterval(timer);
    clearInterval(mapsTimer);
    if (warm.errors + measured.errors > 0) throw new Error(`${name}: ${warm.errors + measured.errors} failed requests`);
    await sleep(600);
    const report = describeRun(name, samples, readTrace(files.trace), readMalloc(files.malloc), flags.zones ? readZones(files.stdout) : [], measured.requestsPerSecond, cpuPerRequest);
    return report;
  } finally {
    await gateway.stop();
    if (flags.keep) console.log(`kept: ${directory}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}

function sampleRss(pid: number, samples: Samples): void {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    samples.rss.push([Date.now(), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? "0") * 1024]);
  } catch {
    // The process is gone: the run's end will say so.
  }
}

function sampleMaps(pid: number, samples: Samples): void {
  const maps = rssBreakdown(pid);
  if (maps) samples.maps.push([Date.now(), maps]);
}

/** The probe's trace: when the process's clock started, and its rows. */
function readTrace(file: string): { timeOrigin: number; rows: number[][] } {
  const [first, ...rest] = readFileSync(file, "utf8").trim().split("\n").filter(Boolean);
  const { timeOrigin } = JSON.parse(first ?? "{}") as { timeOrigin: number };
  return { timeOrigin, rows: rest.map((line) => JSON.parse(line) as number[]) };
}

function readMalloc(file: string): number[][] {
  return readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => line.split(" ").map(Number));
}

/** V8's zone trace lines: [ms since the isolate started, bytes allocated in zones, the three largest zones]. */
function readZones(file: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.startsWith('{"type": "v8-zone-trace"')) continue;
    const { stats } = JSON.parse(line) as { stats: { time: number; allocated: number; zones: { name: string; allocated: number }[] } };
    const top = [...stats.zones].sort((a, b) => b.allocated - a.allocated).slice(0, 3).map((zone) => `${zone.name} ${(zone.allocated / 1048576).toFixed(1)}`);
    out.push([stats.time, stats.allocated, top.join(", ")]);
  }
  return out;
}

console.log(`${flags.connections} connections, ${flags.seconds} s load after a 2 s warm-up; MB`);
try {
  for (let round = 0; round < Number(flags.rounds); round += 1) {
    for (const [name, nodeFlags] of variants) console.log(await run(name, nodeFlags));
  }
} finally {
  await simulator.stop();
}
process.exit(0);
