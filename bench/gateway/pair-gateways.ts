/**
 * A paired before/after of two builds of the gateway in one run: both gateways (default config, SQLite ledger and log,
 * each its own file) and the direct path serve the same simulator, interleaved block by block (direct, A, B, direct,
 * B, A, ...: the order flips each round so neither build always follows the other), at a fixed rate with the
 * benchmark's own client. Prints per build the latency percentiles, what each adds over the direct path, the CPU per
 * request of its process (all threads, and in brackets its main thread alone), and the errors. Each gateway is warmed
 * first by requests, as the full benchmark does (8 connections until it has served `--warm` requests).
 *
 * Usage: npx tsx bench/gateway/pair-gateways.ts --tree A_DIR --tree B_DIR [--rate 200] [--block 500] [--rounds 4]
 *        [--warm 8000] [--auto] [--session]
 * `--session` sends `x-switchyard-session` on every gateway request: each one recalls its conversation's model and
 * writes it back (conversation affinity's read and write on the request path; with `--auto`, a routed model).
 * (A tree is a checkout with `node_modules` linked, e.g. `git worktree` or `git archive` of a commit.)
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildGateway } from "./build-gateway.js";
import { closePools, runFixedRate, type Target } from "./latency-client.js";
import { answersHttp, cpuMs, cpuMsByThread, freePort, REPO_ROOT, startNode, waitForOutput, waitUntilReady, type BenchProcess } from "./processes.js";
import { summarize } from "./stats.js";
import { runThroughput } from "./throughput.js";

const { values: flags } = parseArgs({
  options: {
    tree: { type: "string", multiple: true, default: [] },
    rate: { type: "string", default: "200" },
    block: { type: "string", default: "500" },
    rounds: { type: "string", default: "4" },
    warm: { type: "string", default: "8000" },
    auto: { type: "boolean", default: false },
    session: { type: "boolean", default: false },
  },
});
if (flags.tree.length !== 2) throw new Error("--tree A --tree B: two trees to compare");

const catalog = path.resolve(REPO_ROOT, "../shared/data/openrouter/models-2026-06-16.json");
const body = { model: flags.auto ? "switchyard/auto" : "openai/gpt-4o-mini", messages: [{ role: "user", content: "What is the capital of France? Answer in one word." }] };
const directory = mkdtempSync(path.join(tmpdir(), "switchyard-pair-"));
const simulator = startNode("simulator", ["--import", "tsx", "bench/gateway/simulator-process.ts", catalog, "0", "0"]);
const urls = JSON.parse(await waitForOutput(simulator, /^(\{.*\})$/m)) as { fast: string };

/** Builds and starts one tree's gateway on its own SQLite file. */
async function startGateway(name: string, tree: string): Promise<{ process: BenchProcess; target: Target }> {
  const entries = await buildGateway(path.resolve(tree));
  const dir = path.join(directory, name);
  const configFile = `${dir}.yaml`;
  writeFileSync(configFile, ["upstream:", `  base_url: ${urls.fast}`, "  api_key_env: SWITCHYARD_BENCH_UPSTREAM_KEY", "storage:", `  sqlite: ${dir}.db`, "catalog:", `  cache_dir: ${directory}`, ""].join("\n"));
  const port = await freePort();
  const process = startNode(name, [entries.gateway, "--config", configFile, "--port", String(port), "--host", "127.0.0.1", "--upstream-url", urls.fast, "--catalog", catalog], { SWITCHYARD_BENCH_UPSTREAM_KEY: "sk-or-bench" }, `${dir}.log`);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(process, () => answersHttp(`${origin}/health`));
  return { process, target: { name, pid: process.pid, origin, path: "/v1/chat/completions", headers: flags.session ? { "x-switchyard-session": "bench-conversation" } : {}, body } };
}

// Built one after the other: each build writes its own tree's bench/results/build.
const a = await startGateway("A", flags.tree[0] as string);
const b = await startGateway("B", flags.tree[1] as string);
const direct: Target = { name: "direct", origin: new URL(urls.fast).origin, path: `${new URL(urls.fast).pathname}/chat/completions`, headers: { authorization: "Bearer sk-or-bench" }, body: { ...body, model: "openai/gpt-4o-mini" } };
// Warmed a second at a time by turns (A, B, B, A, ...), so neither sits idle for the other's whole warm-up: warmed one
// after the other, whichever build was second used 8-17% less CPU per request in each of five runs, the same build in
// either place (docs/benchmarks.md, eighteenth pass).
const served = [0, 0];
for (let slice = 0; served.some((count) => count < Number(flags.warm)); slice++) {
  for (const index of slice % 2 === 0 ? [0, 1] : [1, 0]) {
    if ((served[index] as number) < Number(flags.warm)) served[index] = (served[index] as number) + (await runThroughput((index === 0 ? a : b).target, { connections: 8, durationSeconds: 1, stream: false })).ok;
  }
}
console.log(`warmed with ${served[0]} (A) and ${served[1]} (B) requests`);

const legs = { direct: { target: direct, samples: [] as number[], cpu: 0, mainCpu: 0, ok: 0, errors: 0 }, A: { target: a.target, samples: [] as number[], cpu: 0, mainCpu: 0, ok: 0, errors: 0 }, B: { target: b.target, samples: [] as number[], cpu: 0, mainCpu: 0, ok: 0, errors: 0 } };
for (let round = 0; round < Number(flags.rounds); round++) {
  for (const name of round % 2 === 0 ? (["direct", "A", "B"] as const) : (["direct", "B", "A"] as const)) {
    const leg = legs[name];
    const before = leg.target.pid ? cpuMs(leg.target.pid) : 0;
    const mainBefore = leg.target.pid ? cpuMsByThread(leg.target.pid).main : 0;
    const block = await runFixedRate(leg.target, { ratePerSecond: Number(flags.rate), count: Number(flags.block), stream: false });
    leg.cpu += leg.target.pid ? cpuMs(leg.target.pid) - before : 0;
    leg.mainCpu += leg.target.pid ? cpuMsByThread(leg.target.pid).main - mainBefore : 0;
    leg.samples.push(...block.samples);
    leg.ok += block.ok;
    leg.errors += block.errors;
  }
}
const base = summarize(legs.direct.samples);
const ms = (value: number): string => value.toFixed(3);
console.log(`\n${flags.auto ? "switchyard/auto" : "explicit model"}${flags.session ? " with x-switchyard-session" : ""}, ${flags.rate} req/s, ${flags.rounds} rounds x ${flags.block} requests per leg`);
console.log("leg     p50     p90     p99     max   | added p50  p90    p99   | CPU/req ms (main thread) | errors");
for (const [name, leg] of Object.entries(legs)) {
  const s = summarize(leg.samples);
  const cpu = leg.target.pid ? `${ms(leg.cpu / leg.ok)} (${ms(leg.mainCpu / leg.ok)})` : "   -  ";
  console.log(`${name.padEnd(6)} ${ms(s.p50)}  ${ms(s.p90)}  ${ms(s.p99)}  ${ms(s.max).padStart(7)} | ${ms(s.p50 - base.p50)}  ${ms(s.p90 - base.p90)}  ${ms(s.p99 - base.p99)} | ${cpu}      | ${leg.errors}`);
}
await closePools();
await a.process.stop();
await b.process.stop();
await simulator.stop();
rmSync(directory, { recursive: true, force: true });
process.exit(legs.A.errors + legs.B.errors + legs.direct.errors > 0 ? 1 : 0);
