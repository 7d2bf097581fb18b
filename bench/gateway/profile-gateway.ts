/**
 * Where the gateway's CPU goes under load: builds the gateway like the benchmark does, runs it with
 * `--cpu-prof` against the simulator, drives it with autocannon (explicit model, 50 connections), and prints
 * the profile's summary (self time per function and file, project-inclusive time) and CPU per request.
 *
 * Usage: npx tsx bench/gateway/profile-gateway.ts [--seconds 10] [--connections 50] [--rate R] [--stream] [--auto] [--no-prof]
 *        [--node-flags="--max-semi-space-size=8"] [--keep] [--tree DIR] [--perf] [--warmup S] [--leg NAME]
 * (`--tree` runs the gateway built from another tree, e.g. `git archive` of an older commit with `node_modules` linked,
 * for paired before/after runs.)
 * (`--rate R` replaces autocannon with the benchmark's open-loop client at R requests per second for the same seconds:
 * the 200 req/s latency legs' load, where a request's CPU includes what a busy process would share between requests.)
 * (`--keep` leaves the profile on disk and prints its path, for line-level reading.)
 * (`--leg bare-proxy|fastify-proxy|floor-proxy` profiles that forwarder of the full benchmark instead, same load.)
 * (`--warmup S` adds S seconds at 8 connections before the measured load, so that V8 has optimized what it will.)
 * (`--perf` replaces V8's profiler, which samples wall-clock time (a thread descheduled inside `writev` is counted
 * there), with Linux `perf record -e cpu-clock` on the gateway's process during the load: on-CPU time only, the
 * kernel's side included, JavaScript named through `--perf-basic-prof`; prints the shares by symbol and by DSO.)
 * @module
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildGateway } from "./build-gateway.js";
import { answersHttp, cpuMs, cpuMsByThread, freePort, REPO_ROOT, rssMb, startNode, waitForOutput, waitUntilReady } from "./processes.js";
import { summarizeProfile } from "./summarize-cpu-profile.js";
import { closePools, runFixedRate } from "./latency-client.js";
import { runThroughput } from "./throughput.js";
import { printPerfReport, startPerf, stopPerf } from "./perf-record.js";

const { values: flags } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    rate: { type: "string" },
    stream: { type: "boolean", default: false },
    auto: { type: "boolean", default: false },
    top: { type: "string", default: "30" },
    "no-prof": { type: "boolean", default: false },
    perf: { type: "boolean", default: false },
    /** Profile one of the benchmark's forwarders instead of the gateway: bare-proxy, fastify-proxy or floor-proxy. */
    leg: { type: "string", default: "switchyard" },
    /** Seconds of autocannon at 8 connections before the measured load (as the full benchmark warms each leg). */
    warmup: { type: "string", default: "0" },
    keep: { type: "boolean", default: false },
    tree: { type: "string", default: REPO_ROOT },
    /** Extra Node flags for the gateway, space-separated (e.g. "--max-semi-space-size=8"). */
    "node-flags": { type: "string", default: "" },
  },
});

const catalog = path.resolve(REPO_ROOT, "../shared/data/openrouter/models-2026-06-16.json");
const entries = await buildGateway(path.resolve(flags.tree));
const simulator = startNode("simulator", ["--import", "tsx", "bench/gateway/simulator-process.ts", catalog, "0", "0"]);
const urls = JSON.parse(await waitForOutput(simulator, /^(\{.*\})$/m)) as { fast: string };
const directory = mkdtempSync(path.join(tmpdir(), "switchyard-prof-"));
const profDir = path.join(directory, "prof");
const configFile = path.join(directory, "switchyard.yaml");
writeFileSync(configFile, ["upstream:", `  base_url: ${urls.fast}`, "  api_key_env: SWITCHYARD_BENCH_UPSTREAM_KEY", "storage:", `  sqlite: ${path.join(directory, "switchyard.db")}`, "catalog:", `  cache_dir: ${directory}`, ""].join("\n"));
const profilerFlags = flags.perf ? ["--perf-basic-prof"] : flags["no-prof"] ? [] : ["--cpu-prof", `--cpu-prof-dir=${profDir}`];
const nodeFlags = [...profilerFlags, ...flags["node-flags"].split(" ").filter(Boolean)];
const forwarders: Record<string, string> = { "bare-proxy": entries.bareProxy, "fastify-proxy": entries.fastifyProxy, "floor-proxy": entries.floorProxy };
const forwarder = forwarders[flags.leg];
if (flags.leg !== "switchyard" && !forwarder) throw new Error(`--leg: switchyard, ${Object.keys(forwarders).join(", ")}`);
const port = await freePort();
const gateway = forwarder
  ? startNode(flags.leg, [...nodeFlags, forwarder, "0", urls.fast, ...(flags.leg === "floor-proxy" ? [path.join(directory, "floor.db")] : [])])
  : startNode("gateway", [...nodeFlags, entries.gateway, "--config", configFile, "--port", String(port), "--host", "127.0.0.1", "--upstream-url", urls.fast, "--catalog", catalog], { SWITCHYARD_BENCH_UPSTREAM_KEY: "sk-or-bench" }, path.join(directory, "stdout.log"));
const origin = `http://127.0.0.1:${forwarder ? await waitForOutput(gateway, /listening (\d+)/) : port}`;
if (!forwarder) await waitUntilReady(gateway, () => answersHttp(`${origin}/health`));
const target = { name: flags.leg, pid: gateway.pid, origin, path: "/v1/chat/completions", headers: {}, body: { model: flags.auto ? "switchyard/auto" : "openai/gpt-4o-mini", messages: [{ role: "user", content: "What is the capital of France? Answer in one word." }] } };
const load = async (durationSeconds: number): Promise<{ ok: number; errors: number; requestsPerSecond: number }> => {
  if (flags.rate === undefined) return runThroughput(target, { connections: Number(flags.connections), durationSeconds, stream: flags.stream });
  const ratePerSecond = Number(flags.rate);
  const block = await runFixedRate(target, { ratePerSecond, count: Math.round(ratePerSecond * durationSeconds), stream: flags.stream });
  return { ok: block.ok, errors: block.errors, requestsPerSecond: ratePerSecond };
};
await load(2);
if (Number(flags.warmup) > 0) {
  const warm = await runThroughput(target, { connections: 8, durationSeconds: Number(flags.warmup), stream: flags.stream });
  console.log(`warm-up: ${warm.ok} requests at 8 connections (${warm.errors} errors)`);
}
const perfData = path.join(directory, "perf.data");
const recorder = flags.perf ? startPerf(gateway.pid, perfData) : undefined;
const before = cpuMs(gateway.pid);
const threadsBefore = cpuMsByThread(gateway.pid);
const result = await load(Number(flags.seconds));
const cpu = cpuMs(gateway.pid) - before;
const threadsAfter = cpuMsByThread(gateway.pid);
if (recorder) await stopPerf(recorder);
console.log(`ok ${result.ok}, errors ${result.errors}, req/s ${result.requestsPerSecond.toFixed(0)}, cpu/req ${(cpu / result.ok).toFixed(3)} ms, rss after load ${rssMb(gateway.pid).toFixed(0)} MB`);
console.log(`cpu/req by thread: main ${((threadsAfter.main - threadsBefore.main) / result.ok).toFixed(3)} ms, other threads (V8 compiler and GC workers, libuv pool) ${((threadsAfter.others - threadsBefore.others) / result.ok).toFixed(3)} ms`);
await closePools();
await gateway.stop();
await simulator.stop();
if (flags.perf) {
  printPerfReport(perfData, Number(flags.top));
  // --perf-basic-prof's symbol map: `perf script` and `perf report` on the kept perf.data need it.
  if (!flags.keep) rmSync(`/tmp/perf-${gateway.pid}.map`, { force: true });
}
else if (!flags["no-prof"]) {
  const file = readdirSync(profDir).find((name) => name.endsWith(".cpuprofile"));
  if (file) {
    const summary = summarizeProfile(JSON.parse(readFileSync(path.join(profDir, file), "utf8")) as Parameters<typeof summarizeProfile>[0]);
    const top = Number(flags.top);
    const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1)}%`;
    console.log(`\nself by function (total ${summary.totalMs.toFixed(0)} ms)`);
    for (const [name, ms] of summary.selfByFunction.slice(0, top)) console.log(`  ${pct(ms).padStart(6)}  ${name}`);
    console.log("\nself by file");
    for (const [name, ms] of summary.selfByFile.slice(0, top)) console.log(`  ${pct(ms).padStart(6)}  ${name}`);
    console.log("\ninclusive, project functions");
    for (const [name, ms] of summary.inclusiveProject.slice(0, top)) console.log(`  ${pct(ms).padStart(6)}  ${name}`);
  }
}
if (flags.keep) console.log(`\nkept: ${profDir}`);
else rmSync(directory, { recursive: true, force: true });
process.exit(0);
