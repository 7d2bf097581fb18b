/**
 * Where the gateway's memory goes, and paired before/after runs of it. Starts each given build of the gateway
 * in turn (A B A B ...) against one simulator, with `memory-probe` preloaded, and reports per run:
 * RSS at start (1 s after /health answers), its peak over a warm-up and an N-second autocannon load
 * (50 connections by default), RSS after the load, `process.memoryUsage()` at the same points, and CPU per request.
 *
 * Usage: npx tsx bench/gateway/memory-gateway.ts [--build NAME=path/to/gateway-process.js ...] [--rounds 2]
 *        [--seconds 8] [--loads 1] [--connections 50] [--stream] [--auto] [--node-flags="..."] [--keep] [--survivors]
 * It also prints each run's RSS by mapping (`rss-breakdown.ts`) at start and right after the load, and with `--loads N`
 * the RSS 1 s after each of N identical loads (the leak check); with `--live` also the heap still reachable after a
 * full collection forced right after each of those readings (a leak grows it; garbage waiting for V8's next
 * mark-compact grows only the RSS). The forced collections change what the later loads start from, so `--live` runs
 * are not comparable with runs without it.
 * `--survivors` also samples what reached the old generation during the measured load (see memory-probe.ts) and
 * prints it per request, with the functions that allocated most of it.
 * Without --build it runs this tree's build alone. A previous build: `git archive <rev> | tar -x -C DIR`,
 * `npm ci` there, build it (bench/gateway/build-gateway.ts), and pass its `bench/results/build/.../gateway-process.js`.
 * @module
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUILD_DIR, buildGateway } from "./build-gateway.js";
import { answersHttp, cpuMs, freePort, REPO_ROOT, startNode, waitForOutput, waitUntilReady, type BenchProcess } from "./processes.js";
import { rssBreakdown, type RssBreakdown } from "./rss-breakdown.js";
import { runThroughput } from "./throughput.js";

const { values: flags } = parseArgs({
  options: {
    build: { type: "string", multiple: true, default: [] },
    rounds: { type: "string", default: "2" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "50" },
    /** Identical measured loads per run; RSS 1 s after each is printed as the growth check (a leak grows it). */
    loads: { type: "string", default: "1" },
    stream: { type: "boolean", default: false },
    auto: { type: "boolean", default: false },
    "node-flags": { type: "string", default: "" },
    /** Keep each run's directory (config, database, the gateway's stdout, e.g. `--trace-gc` output). */
    keep: { type: "boolean", default: false },
    /** Sample the objects that survived a scavenge during the load, per allocating function. */
    survivors: { type: "boolean", default: false },
    /** With the growth check: the heap still reachable after a full collection, after each load. */
    live: { type: "boolean", default: false },
  },
});

interface ProbeLine {
  now: Record<string, number>;
  peak: Record<string, number>;
  spaces: Record<string, { size: number; used: number }>;
  survivors?: Record<string, number>;
  /** Heap used after a forced full collection (`--live`). */
  live?: number;
}

const entries = await buildGateway();
const probe = path.join(BUILD_DIR, "bench/gateway/memory-probe.js");
const builds = flags.build.length > 0 ? flags.build.map((spec) => spec.split("=") as [string, string]) : [["this", entries.gateway] as [string, string]];
const catalog = path.resolve(REPO_ROOT, "../shared/data/openrouter/models-2026-06-16.json");
const simulator = startNode("simulator", ["--import", "tsx", "bench/gateway/simulator-process.ts", catalog, "0", "0"]);
const urls = JSON.parse(await waitForOutput(simulator, /^(\{.*\})$/m)) as { fast: string };
const mb = (bytes: number | undefined): string => ((bytes ?? Number.NaN) / 1048576).toFixed(1);
/** Gateways still running: stopped on the way out even when a run fails. */
const running = new Set<BenchProcess>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(name: string, gatewayEntry: string): Promise<string> {
  const directory = mkdtempSync(path.join(tmpdir(), "switchyard-mem-"));
  const configFile = path.join(directory, "switchyard.yaml");
  const probeOut = path.join(directory, "probe.jsonl");
  writeFileSync(configFile, ["upstream:", `  base_url: ${urls.fast}`, "  api_key_env: SWITCHYARD_BENCH_UPSTREAM_KEY", "storage:", `  sqlite: ${path.join(directory, "switchyard.db")}`, "catalog:", `  cache_dir: ${directory}`, ""].join("\n"));
  const port = await freePort();
  const nodeFlags = ["--import", probe, ...flags["node-flags"].split(" ").filter(Boolean)];
  const gateway = startNode(`gateway ${name}`, [...nodeFlags, gatewayEntry, "--config", configFile, "--port", String(port), "--host", "127.0.0.1", "--upstream-url", urls.fast, "--catalog", catalog], { SWITCHYARD_BENCH_UPSTREAM_KEY: "sk-or-bench", SWITCHYARD_MEMORY_PROBE_OUT: probeOut, SWITCHYARD_MEMORY_PROBE_SURVIVORS: flags.survivors ? "1" : "0", SWITCHYARD_MEMORY_PROBE_LIVE: flags.live ? "1" : "0" }, path.join(directory, "stdout.log"));
  running.add(gateway);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(gateway, () => answersHttp(`${origin}/health`), 180_000);
  let lines = 0;
  const snap = async (): Promise<ProbeLine> => {
    process.kill(gateway.pid, "SIGUSR2");
    for (let waited = 0; waited < 5000; waited += 20) {
      await sleep(20);
      const all = readFileSync(probeOut, { encoding: "utf8", flag: "a+" }).trim().split("\n").filter(Boolean);
      if (all.length > lines) {
        // The probe may still be writing a long line (with --survivors): read it again until it parses.
        const parsed = parseLine(all[all.length - 1] ?? "");
        if (!parsed) continue;
        lines = all.length;
        return parsed;
      }
    }
    throw new Error("the memory probe did not answer");
  };
  await sleep(1000);
  const start = await snap();
  const startMaps = rssBreakdown(gateway.pid);
  const target = { name, pid: gateway.pid, origin, path: "/v1/chat/completions", headers: {}, body: { model: flags.auto ? "switchyard/auto" : "openai/gpt-4o-mini", messages: [{ role: "user", content: "What is the capital of France? Answer in one word." }] } };
  const load = (durationSeconds: number) => runThroughput(target, { connections: Number(flags.connections), durationSeconds, stream: flags.stream });
  await load(2);
  const warm = await snap();
  const cpuBefore = cpuMs(gateway.pid);
  const result = await load(Number(flags.seconds));
  const cpu = cpuMs(gateway.pid) - cpuBefore;
  const loaded = await snap();
  const loadedMaps = rssBreakdown(gateway.pid);
  await sleep(1000);
  const after = await snap();
  const afterEach = [after.now.rss];
  const liveEach = [after.live];
  for (let more = 1; more < Number(flags.loads); more += 1) {
    await load(Number(flags.seconds));
    await sleep(1000);
    const line = await snap();
    afterEach.push(line.now.rss);
    liveEach.push(line.live);
  }
  if (afterEach.length > 1) growthLines.push(`${name.padEnd(8)} RSS 1 s after each of ${afterEach.length} loads: ${afterEach.map(mb).join(" → ")} MB`);
  if (afterEach.length > 1 && flags.live) growthLines.push(`${name.padEnd(8)} heap reachable after a full collection, same moments: ${liveEach.map(mb).join(" → ")} MB`);
  await gateway.stop();
  running.delete(gateway);
  if (flags.keep) console.log(`kept: ${directory}`);
  else rmSync(directory, { recursive: true, force: true });
  if (result.errors > 0) console.error(`${name}: ${result.errors} errors`);
  if (flags.survivors) survivorLines.push(describeSurvivors(name, loaded, result.ok));
  breakdownLines.push(`${name.padEnd(8)} start  ${describeMaps(startMaps, start)}`, `${name.padEnd(8)} loaded ${describeMaps(loadedMaps, loaded)}`);
  const spaces = (line: ProbeLine) => ["new_space", "old_space", "code_space", "large_object_space"].map((space) => mb(line.spaces[space]?.size)).join("/");
  return [
    name.padEnd(8),
    mb(start.now.rss).padStart(6),
    mb(Math.max(warm.peak.rss ?? 0, loaded.peak.rss ?? 0)).padStart(6),
    mb(after.now.rss).padStart(6),
    `${mb(start.now.heapUsed)}/${mb(start.now.heapTotal)}`.padStart(12),
    `${mb(loaded.peak.heapUsed)}/${mb(loaded.peak.heapTotal)}`.padStart(12),
    `${mb(start.now.external)}/${mb(loaded.peak.external)}`.padStart(12),
    `${mb(start.now.arrayBuffers)}/${mb(loaded.peak.arrayBuffers)}`.padStart(12),
    spaces(loaded).padStart(22),
    (cpu / result.ok).toFixed(3).padStart(7),
    result.requestsPerSecond.toFixed(0).padStart(6),
  ].join(" ");
}

const survivorLines: string[] = [];
const breakdownLines: string[] = [];
const growthLines: string[] = [];

/** RSS by mapping (rss-breakdown.ts), with V8's committed heap taken out of the anonymous pages: what is left is native. */
function describeMaps(maps: RssBreakdown | undefined, line: ProbeLine): string {
  if (!maps) return "(no /proc/<pid>/smaps)";
  const heap = line.now.heapTotal ?? 0;
  const external = line.now.external ?? 0;
  return [
    `binary ${mb(maps.binary)}`,
    `libs ${mb(maps.libraries)}`,
    `V8 heap ${mb(heap)}`,
    `native ${mb(maps.anonymous + maps.mallocHeap - heap)} (of which external ${mb(external)})`,
    `files ${mb(maps.files)}`,
  ].join(", ");
}

function parseLine(text: string): ProbeLine | undefined {
  try {
    return JSON.parse(text) as ProbeLine;
  } catch {
    return undefined;
  }
}

/** What reached the old generation per request during the load, and the functions that allocated most of it. */
function describeSurvivors(name: string, line: ProbeLine, requests: number): string {
  const entries = Object.entries(line.survivors ?? {}).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, bytes]) => sum + bytes, 0);
  const top = entries.slice(0, 8).map(([where, bytes]) => `    ${(bytes / requests).toFixed(0).padStart(6)} B  ${where}`);
  return [`${name}: ${(total / requests).toFixed(0)} B per request reached the old generation (or is still alive)`, ...top].join("\n");
}

console.log(`${Number(flags.connections)} connections, ${flags.seconds} s${flags.stream ? ", streaming" : ""}${flags["node-flags"] ? `, ${flags["node-flags"]}` : ""}; MB`);
console.log("build    start   peak  after  heap@start(used/total)  heap peak  ext start/peak  arrbuf s/p  spaces@load(new/old/code/lo)  cpu/req  req/s");
try {
  for (let round = 0; round < Number(flags.rounds); round += 1) {
    for (const [name, entry] of builds) console.log(await measure(name, entry));
  }
  console.log("RSS by mapping (/proc/<pid>/smaps; native = anonymous pages and malloc's [heap] − V8's committed heap), MB:");
  for (const line of breakdownLines) console.log(line);
  for (const line of growthLines) console.log(line);
  for (const line of survivorLines) console.log(line);
} finally {
  for (const gateway of running) await gateway.stop();
  await simulator.stop();
}
process.exit(0);
