/**
 * Saturation throughput with autocannon (requests/s at N connections). Its latencies are whole
 * milliseconds, so only throughput and error counts are used from it.
 * @module
 */
import { createRequire } from "node:module";
import type { Target } from "./latency-client.js";

/** The parts of autocannon's result the benchmark reads. */
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p99: number };
  statusCodeStats?: Record<string, { count: number }>;
}

type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

// autocannon ships no types; this keeps its untyped surface inside this one file.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** One throughput run. */
export interface ThroughputResult {
  requestsPerSecond: number;
  ok: number;
  errors: number;
  meanLatencyMs: number;
}

/** Runs autocannon against `target` for `durationSeconds` with `connections`. */
export async function runThroughput(
  target: Target,
  options: { connections: number; durationSeconds: number; stream: boolean },
): Promise<ThroughputResult> {
  const result = await autocannon({
    url: `${target.origin}${target.path}`,
    method: "POST",
    headers: { "content-type": "application/json", ...target.headers },
    body: JSON.stringify({ ...target.body, stream: options.stream }),
    connections: options.connections,
    duration: options.durationSeconds,
    pipelining: 1,
    timeout: 10,
  });
  const ok = result.statusCodeStats?.["200"]?.count ?? result.requests.total - result.non2xx;
  return {
    requestsPerSecond: ok / result.duration,
    ok,
    errors: result.errors + result.timeouts + result.non2xx,
    meanLatencyMs: result.latency.average,
  };
}
