/**
 * Starts everything a benchmark run compares and describes each path as a Target: direct to the
 * simulator, through Switchyard (explicit model and `switchyard/auto`), and through Portkey.
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BuiltEntries } from "./build-gateway.js";
import type { Target } from "./latency-client.js";
import { answersHttp, freePort, startNode, waitForOutput, waitUntilReady, type BenchProcess } from "./processes.js";

/** The model the explicit legs ask for (present in the 2026-06 snapshot). */
export const EXPLICIT_MODEL = "openai/gpt-4o-mini";

const PROMPT = [{ role: "user", content: "What is the capital of France? Answer in one word." }];
const PORTKEY_SERVER = "node_modules/@portkey-ai/gateway/build/start-server.js";

/** The processes and targets of one run. */
export interface Legs {
  processes: BenchProcess[];
  /** Targets against the fast (no delay) simulator. */
  fast: Target[];
  /** Targets against the realistic (latency + pacing) simulator. */
  slow: Target[];
  /** The Switchyard gateway on the fast upstream, whose RSS is reported; undefined if it could not start. */
  gateway: BenchProcess | undefined;
  portkey: BenchProcess;
  /** Why the gateway legs are missing, when they are. */
  gatewayUnavailable: string | undefined;
}

/** Options of {@link startLegs}. */
export interface StartLegsOptions {
  catalogFile: string;
  slowLatencyMs: number;
  slowChunkDelayMs: number;
  /** Extra Node flags for the fast gateway (e.g. `--cpu-prof`). */
  gatewayNodeFlags: string[];
  /** The entries to run: compiled JS (see build-gateway.ts), or undefined for the TypeScript sources via tsx. */
  entries: BuiltEntries | undefined;
}

/** Starts the simulator, Portkey and two Switchyard gateways (one per simulator). */
export async function startLegs(options: StartLegsOptions): Promise<Legs> {
  const processes: BenchProcess[] = [];
  const simulator = startNode("simulator", ["--import", "tsx", "bench/gateway/simulator-process.ts", options.catalogFile, String(options.slowLatencyMs), String(options.slowChunkDelayMs)]);
  processes.push(simulator);
  const urls = JSON.parse(await waitForOutput(simulator, /^(\{.*\})$/m)) as { fast: string; slow: string };
  const portkeyPort = await freePort();
  const portkeyDirectory = mkdtempSync(path.join(tmpdir(), "portkey-bench-"));
  const portkey = startNode("portkey", [PORTKEY_SERVER, `--port=${portkeyPort}`, "--headless"], {}, path.join(portkeyDirectory, "stdout.log"));
  const stopPortkey = portkey.stop.bind(portkey);
  portkey.stop = async () => {
    await stopPortkey();
    rmSync(portkeyDirectory, { recursive: true, force: true });
  };
  processes.push(portkey);
  await waitUntilReady(portkey, () => answersHttp(`http://127.0.0.1:${portkeyPort}/`));
  const bareFast = await startBareProxy(urls.fast, options.entries);
  const bareSlow = await startBareProxy(urls.slow, options.entries);
  const fastifyFast = await startBareProxy(urls.fast, options.entries, "fastify-proxy");
  const floorFast = await startBareProxy(urls.fast, options.entries, "floor-proxy");
  processes.push(bareFast.process, bareSlow.process, fastifyFast.process, floorFast.process);
  const fast = [direct(urls.fast, simulator.pid), bareFast.target, fastifyFast.target, floorFast.target, portkeyTarget(portkeyPort, urls.fast, portkey.pid)];
  const slow = [direct(urls.slow, simulator.pid), bareSlow.target, portkeyTarget(portkeyPort, urls.slow, portkey.pid)];
  let gateway: BenchProcess | undefined;
  let gatewayUnavailable: string | undefined;
  try {
    const started = await Promise.all([
      startGateway(urls.fast, options, options.gatewayNodeFlags),
      startGateway(urls.slow, options, []),
    ]);
    processes.push(...started.map((entry) => entry.process));
    const [fastGateway, slowGateway] = started;
    if (!fastGateway || !slowGateway) throw new Error("gateway did not start");
    gateway = fastGateway.process;
    fast.splice(4, 0, ...gatewayTargets(fastGateway.origin, fastGateway.process.pid));
    slow.splice(2, 0, ...gatewayTargets(slowGateway.origin, slowGateway.process.pid));
  } catch (error) {
    gatewayUnavailable = (error as Error).message.split("\n").slice(0, 12).join("\n");
  }
  return { processes, fast, slow, gateway, portkey, gatewayUnavailable };
}

function direct(simulatorUrl: string, pid: number): Target {
  const url = new URL(simulatorUrl);
  return {
    name: "direct",
    pid,
    origin: url.origin,
    path: `${url.pathname}/chat/completions`,
    headers: { authorization: "Bearer sk-or-bench" },
    body: { model: EXPLICIT_MODEL, messages: PROMPT },
  };
}

const FORWARDERS = {
  "bare-proxy": { script: "bare-proxy-process", built: (entries: BuiltEntries) => entries.bareProxy },
  "fastify-proxy": { script: "fastify-proxy-process", built: (entries: BuiltEntries) => entries.fastifyProxy },
  "floor-proxy": { script: "floor-proxy-process", built: (entries: BuiltEntries) => entries.floorProxy },
} as const;

/**
 * The floor: a bare forwarding proxy on node:http (see bare-proxy-process.ts); the same on Fastify
 * (fastify-proxy-process.ts), which shows what the framework alone costs; and the Fastify forwarder plus only the
 * work correctness requires (floor-proxy-process.ts: JSON in and out, one durable record per request).
 */
async function startBareProxy(upstreamUrl: string, entries: BuiltEntries | undefined, name: keyof typeof FORWARDERS = "bare-proxy"): Promise<{ process: BenchProcess; target: Target }> {
  const { script, built } = FORWARDERS[name];
  const entry = entries ? [built(entries)] : ["--import", "tsx", `bench/gateway/${script}.ts`];
  const directory = name === "floor-proxy" ? mkdtempSync(path.join(tmpdir(), "switchyard-floor-")) : undefined;
  const proxy = startNode(name, [...entry, "0", upstreamUrl, ...(directory ? [path.join(directory, "floor.db")] : [])]);
  if (directory) {
    const stop = proxy.stop.bind(proxy);
    proxy.stop = async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    };
  }
  const port = await waitForOutput(proxy, /listening (\d+)/);
  const origin = `http://127.0.0.1:${port}`;
  return {
    process: proxy,
    target: { name, pid: proxy.pid, origin, path: "/v1/chat/completions", headers: {}, body: { model: EXPLICIT_MODEL, messages: PROMPT } },
  };
}

function gatewayTargets(origin: string, pid: number): Target[] {
  const base = { origin, path: "/v1/chat/completions", headers: {}, pid };
  return [
    { ...base, name: "switchyard", body: { model: EXPLICIT_MODEL, messages: PROMPT } },
    { ...base, name: "switchyard-auto", body: { model: "switchyard/auto", messages: PROMPT } },
  ];
}

function portkeyTarget(port: number, simulatorUrl: string, pid: number): Target {
  return {
    name: "portkey",
    pid,
    origin: `http://127.0.0.1:${port}`,
    path: "/v1/chat/completions",
    headers: { authorization: "Bearer sk-or-bench", "x-portkey-provider": "openai", "x-portkey-custom-host": simulatorUrl },
    body: { model: EXPLICIT_MODEL, messages: PROMPT },
  };
}

async function startGateway(upstreamUrl: string, options: StartLegsOptions, nodeFlags: string[]): Promise<{ process: BenchProcess; origin: string }> {
  const port = await freePort();
  const directory = mkdtempSync(path.join(tmpdir(), "switchyard-bench-"));
  const configFile = path.join(directory, "switchyard.yaml");
  writeFileSync(
    configFile,
    [
      "upstream:",
      `  base_url: ${upstreamUrl}`,
      "  api_key_env: SWITCHYARD_BENCH_UPSTREAM_KEY",
      "storage:",
      `  sqlite: ${path.join(directory, "switchyard.db")}`,
      "catalog:",
      `  cache_dir: ${directory}`,
      "",
    ].join("\n"),
  );
  const entry = options.entries ? [options.entries.gateway] : ["--import", "tsx", "bench/gateway/gateway-process.ts"];
  const args = [...nodeFlags, ...entry];
  args.push("--config", configFile, "--port", String(port), "--host", "127.0.0.1", "--upstream-url", upstreamUrl, "--catalog", options.catalogFile);
  const gateway = startNode(`switchyard gateway (${upstreamUrl})`, args, { SWITCHYARD_BENCH_UPSTREAM_KEY: "sk-or-bench" }, path.join(directory, "stdout.log"));
  const origin = `http://127.0.0.1:${port}`;
  // The gateway's request log and decision database can reach tens of MB per run: remove them on stop.
  const stop = gateway.stop.bind(gateway);
  gateway.stop = async () => {
    await stop();
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(gateway, () => answersHttp(`${origin}/healthz`), 60_000);
  } catch (error) {
    await gateway.stop();
    throw error;
  }
  return { process: gateway, origin };
}
