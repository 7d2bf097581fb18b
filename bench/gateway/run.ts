/**
 * Gateway benchmark: in ONE run, interleaved (A B C D A B C D), compares requests straight to the
 * simulator, through Switchyard (explicit model and `switchyard/auto`) and through Portkey's gateway.
 * Measures added latency at a fixed rate (sub-ms, our own undici client), streaming time to first
 * content, autocannon throughput at 1 and 50 connections, and the gateways' RSS.
 *
 * Usage: npm run bench:gateway [-- --quick] [-- --cpu-prof]   (or: npx tsx bench/gateway/run.ts)
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closePools, runFixedRate, type BlockResult, type Target } from "./latency-client.js";
import { cpuMs, REPO_ROOT, rssMb } from "./processes.js";
import { buildGateway } from "./build-gateway.js";
import { checkGoals, renderMarkdown, type GatewayBenchResults, type LegLatency, type ThroughputRow } from "./report.js";
import { startLegs, type Legs } from "./start-legs.js";
import { summarize, subtract } from "./stats.js";
import { runThroughput } from "./throughput.js";

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    /** Run the gateway from TypeScript via tsx instead of a compiled build (adds ~35 MB RSS). */
    tsx: { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
    catalog: { type: "string", default: path.resolve(REPO_ROOT, "../shared/data/openrouter/models-2026-06-16.json") },
  },
});

const scale = flags.quick ? 0.25 : 1;
const SETTINGS = {
  ratePerSecond: 200,
  latencyRounds: 4,
  latencyBlock: Math.round(500 * scale),
  ttfbRounds: 2,
  ttfbBlock: Math.round(500 * scale),
  slowRatePerSecond: 50,
  slowBlock: Math.round(100 * scale),
  slowLatencyMs: 50,
  slowChunkDelayMs: 20,
  throughputRounds: 3,
  throughputSeconds: flags.quick ? 1 : 2,
  warmupSeconds: flags.quick ? 1 : 2,
  /**
   * Each leg's warm-up also goes on (a second at a time, at most WARMUP_MAX_SECONDS) until it has served this many
   * requests: V8 optimizes a function after a number of calls, not of seconds, and on a busy machine 2 s gave the
   * gateway a few hundred requests against the bare hop's thousands, so its CPU per request then counted TurboFan
   * compiling (docs/benchmarks.md, Gateway, sixteenth pass).
   */
  warmupRequests: flags.quick ? 2000 : 8000,
  leakCheckSeconds: flags.quick ? 1 : 3,
};

const errors: Record<string, number> = {};
const firstErrors: string[] = [];

function tally(target: Target, block: BlockResult): void {
  errors[target.name] = (errors[target.name] ?? 0) + block.errors;
  if (block.firstError && firstErrors.length < 10) firstErrors.push(block.firstError);
}

/** Interleaved fixed-rate blocks: round 1 A B C D, round 2 A B C D, ... */
async function fixedRatePhase(targets: Target[], rounds: number, count: number, rate: number, stream: boolean): Promise<Record<string, LegLatency>> {
  const samples = new Map(targets.map((target) => [target.name, { first: [] as number[], total: [] as number[], cpuMs: 0, requests: 0 }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const target of targets) {
      const cpuBefore = target.pid === undefined ? 0 : cpuMs(target.pid);
      const block = await runFixedRate(target, { ratePerSecond: rate, count, stream });
      const leg = samples.get(target.name);
      if (!leg) continue;
      if (target.pid !== undefined) leg.cpuMs += cpuMs(target.pid) - cpuBefore;
      leg.requests += count;
      tally(target, block);
      leg.first.push(...block.samples);
      leg.total.push(...block.totals);
    }
  }
  const direct = summarize(samples.get("direct")?.first ?? []);
  const phase: Record<string, LegLatency> = {};
  for (const [name, leg] of samples) {
    const measured = summarize(leg.first);
    phase[name] = {
      measured,
      added: name === "direct" ? undefined : subtract(measured, direct),
      cpuPerRequestMs: leg.cpuMs / leg.requests,
      ...(stream ? { total: summarize(leg.total) } : {}),
    };
  }
  return phase;
}

async function throughputPhase(targets: Target[]): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  for (const stream of [false, true]) {
    for (const connections of [1, 50]) {
      const row: ThroughputRow = { connections, stream, legs: {} };
      for (let round = 0; round < SETTINGS.throughputRounds; round += 1) {
        for (const target of targets) {
          const result = await runThroughput(target, { connections, durationSeconds: SETTINGS.throughputSeconds, stream });
          const leg = (row.legs[target.name] ??= { requestsPerSecond: 0, rounds: [], errors: 0 });
          leg.rounds.push(result.requestsPerSecond);
          leg.errors += result.errors;
          errors[target.name] = (errors[target.name] ?? 0) + result.errors;
          if (result.errors > 0 && firstErrors.length < 10) firstErrors.push(`${target.name}: ${result.errors} autocannon errors/non-2xx at ${connections} conn${stream ? " streaming" : ""}`);
        }
      }
      for (const leg of Object.values(row.legs)) leg.requestsPerSecond = summarize(leg.rounds).p50;
      rows.push(row);
      log(`throughput ${connections} conn ${stream ? "stream" : "json"}: ${Object.entries(row.legs).map(([name, leg]) => `${name} ${leg.requestsPerSecond.toFixed(0)}/s`).join(", ")}`);
    }
  }
  return rows;
}

function measureRss(legs: Legs): Record<string, number> {
  const rss: Record<string, number> = {};
  if (legs.gateway) rss["switchyard"] = rssMb(legs.gateway.pid);
  rss["portkey"] = rssMb(legs.portkey.pid);
  return rss;
}

/**
 * The same load three more times on the Switchyard gateway, RSS after each: a leak grows round after round,
 * a heap that has found its size stays flat.
 */
async function leakCheck(legs: Legs): Promise<number[]> {
  const target = legs.fast.find((leg) => leg.name === "switchyard");
  if (!target || !legs.gateway) return [];
  log("leak check: 3 × the same 50-connection load on Switchyard, RSS after each");
  const sizes: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const stream of [false, true]) {
      const result = await runThroughput(target, { connections: 50, durationSeconds: SETTINGS.leakCheckSeconds, stream });
      errors[target.name] = (errors[target.name] ?? 0) + result.errors;
    }
    sizes.push(rssMb(legs.gateway.pid));
  }
  return sizes;
}

/** Most seconds a leg's JSON warm-up may take to reach `SETTINGS.warmupRequests`. */
const WARMUP_MAX_SECONDS = 60;

/** JSON at 8 connections for `warmupSeconds`, then a second at a time until `warmupRequests` are served; returns how many were. */
async function warmUp(target: Target): Promise<number> {
  let served = (await runThroughput(target, { connections: 8, durationSeconds: SETTINGS.warmupSeconds, stream: false })).ok;
  for (let seconds = SETTINGS.warmupSeconds; served < SETTINGS.warmupRequests && seconds < WARMUP_MAX_SECONDS; seconds += 1) {
    served += (await runThroughput(target, { connections: 8, durationSeconds: 1, stream: false })).ok;
  }
  return served;
}

function log(message: string): void {
  process.stderr.write(`[bench:gateway ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<void> {
  const entries = flags.tsx ? undefined : await buildGateway();
  log(`starting the simulator, Portkey, the bare proxies and the Switchyard gateways (${entries ? "compiled build" : "tsx"})`);
  const legs = await startLegs({
    entries,
    catalogFile: flags.catalog,
    slowLatencyMs: SETTINGS.slowLatencyMs,
    slowChunkDelayMs: SETTINGS.slowChunkDelayMs,
    gatewayNodeFlags: flags["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.join(REPO_ROOT, "bench/results/cpu-prof")}`] : [],
  });
  if (legs.gatewayUnavailable) log(`Switchyard gateway unavailable, measuring direct vs Portkey only:\n${legs.gatewayUnavailable}`);
  try {
    log(`legs: ${legs.fast.map((target) => target.name).join(", ")}; warming up`);
    for (const target of legs.fast) {
      log(`warm-up of ${target.name}: ${await warmUp(target)} requests`);
      await runThroughput(target, { connections: 8, durationSeconds: 1, stream: true });
      await runFixedRate(target, { ratePerSecond: SETTINGS.ratePerSecond, count: 200, stream: false });
    }
    const rssAfterWarmup = measureRss(legs);
    log("latency at a fixed rate, non-streaming");
    const latency = await fixedRatePhase(legs.fast, SETTINGS.latencyRounds, SETTINGS.latencyBlock, SETTINGS.ratePerSecond, false);
    log("time to first content, streaming, fast upstream");
    const ttfbFast = await fixedRatePhase(legs.fast, SETTINGS.ttfbRounds, SETTINGS.ttfbBlock, SETTINGS.ratePerSecond, true);
    log("throughput");
    const throughput = await throughputPhase(legs.fast);
    log("time to first content, streaming, realistic upstream (after warming the second gateway)");
    for (const target of legs.slow) await runFixedRate(target, { ratePerSecond: 100, count: Math.round(300 * scale), stream: true });
    const ttfbSlow = await fixedRatePhase(legs.slow, SETTINGS.ttfbRounds, SETTINGS.slowBlock, SETTINGS.slowRatePerSecond, true);
    const rssAfterLoad = measureRss(legs);
    const leakCheckMb = await leakCheck(legs);
    const results: GatewayBenchResults = {
      date: new Date().toISOString(),
      machine: { nproc: availableParallelism(), cpu: cpus()[0]?.model ?? "unknown", node: process.version, platform: `${process.platform} ${process.arch}` },
      command: `npm run bench:gateway${flags.quick ? " -- --quick" : ""}`,
      gatewayRuntime: entries ? "compiled (esbuild, like npm run build)" : "tsx",
      settings: SETTINGS,
      gatewayUnavailable: legs.gatewayUnavailable,
      latency,
      ttfbFast,
      ttfbSlow,
      throughput,
      rss: Object.fromEntries(Object.keys(rssAfterLoad).map((name) => [name, { afterWarmupMb: rssAfterWarmup[name] ?? Number.NaN, afterLoadMb: rssAfterLoad[name] ?? Number.NaN }])),
      leakCheckMb,
      errors,
      firstErrors,
      goals: [],
    };
    results.goals = checkGoals(results);
    const markdown = renderMarkdown(results);
    process.stdout.write(markdown);
    const directory = path.join(REPO_ROOT, "bench/results");
    mkdirSync(directory, { recursive: true });
    const file = path.join(directory, `gateway-${results.date.replaceAll(":", "-").slice(0, 19)}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${path.relative(REPO_ROOT, file)}`);
    const totalErrors = Object.values(errors).reduce((a, b) => a + b, 0);
    if (totalErrors > 0) process.exitCode = 1;
  } finally {
    await closePools();
    await Promise.all(legs.processes.map((child) => child.stop()));
  }
}

await main();
