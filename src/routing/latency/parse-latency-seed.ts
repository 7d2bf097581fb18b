/**
 * Reads latency seed data in OpenRouter's endpoints format: per model and provider endpoint, the time to first
 * token (`latency`, ms) and throughput (tokens/s) percentiles of the last 30 minutes. Two shapes are accepted:
 * - the raw `GET /api/v1/models/{id}/endpoints` answer (`{data: {id, endpoints: [{latency_last_30m: {p50},
 *   throughput_last_30m: {p50}, status}]}}`), alone or as an array of them;
 * - the same data grouped by provider (`{providers: {<name>: {models: [{model_id, status, performance:
 *   {latency_30m: {p50}, throughput_30m: {p50}}}]}}}`), as in `endpoints-by-provider-*.json`.
 *
 * A model's seed is the median over its endpoints of their p50s, over the endpoints whose `status` is 0 (healthy)
 * when it has any. That is what a request routed without a provider preference typically sees; `:nitro` picks the
 * fastest endpoint, so for it the seed is pessimistic. Endpoints without stats (null) are skipped.
 * @module
 */
import { ConfigError } from "../../core/errors/index.js";
import type { LatencySeedEntry } from "./latency-tracker.js";

interface EndpointStats {
  model: string;
  healthy: boolean;
  ttftMs: number | undefined;
  tokensPerSecond: number | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Parses seed JSON (already `JSON.parse`d). Throws ConfigError when the shape is not recognised. */
export function parseLatencySeed(json: unknown, source = "latency seed"): Map<string, LatencySeedEntry> {
  const endpoints = collectEndpoints(json);
  if (endpoints === undefined) {
    throw new ConfigError(
      [{ path: "routing.latency_seed", message: `${source} is not in OpenRouter's endpoints format (expected {data: {id, endpoints: [...]}} or {providers: {<name>: {models: [...]}}}).` }],
    );
  }
  const byModel = new Map<string, EndpointStats[]>();
  for (const endpoint of endpoints) {
    if (endpoint.ttftMs === undefined && endpoint.tokensPerSecond === undefined) continue;
    const list = byModel.get(endpoint.model);
    if (list) list.push(endpoint);
    else byModel.set(endpoint.model, [endpoint]);
  }
  const seed = new Map<string, LatencySeedEntry>();
  for (const [model, list] of byModel) {
    const healthy = list.filter((endpoint) => endpoint.healthy);
    const chosen = healthy.length > 0 ? healthy : list;
    const ttftMs = median(chosen.map((endpoint) => endpoint.ttftMs));
    if (ttftMs === undefined) continue;
    seed.set(model, { ttftMs, tokensPerSecond: median(chosen.map((endpoint) => endpoint.tokensPerSecond)) });
  }
  return seed;
}

function collectEndpoints(json: unknown): EndpointStats[] | undefined {
  if (Array.isArray(json)) {
    const parts = json.map((item) => collectEndpoints(item));
    return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
  }
  if (!isObject(json)) return undefined;
  if (isObject(json.providers)) return fromProviders(json.providers);
  const data = isObject(json.data) ? json.data : json;
  if (typeof data.id === "string" && Array.isArray(data.endpoints)) return fromEndpointsResponse(data.id, data.endpoints);
  return undefined;
}

function fromProviders(providers: Json): EndpointStats[] {
  const out: EndpointStats[] = [];
  for (const provider of Object.values(providers)) {
    if (!isObject(provider) || !Array.isArray(provider.models)) continue;
    for (const model of provider.models) {
      if (!isObject(model) || typeof model.model_id !== "string") continue;
      const performance = isObject(model.performance) ? model.performance : {};
      out.push({ model: model.model_id, healthy: isHealthy(model.status), ttftMs: p50(performance.latency_30m), tokensPerSecond: p50(performance.throughput_30m) });
    }
  }
  return out;
}

function fromEndpointsResponse(id: string, endpoints: unknown[]): EndpointStats[] {
  return endpoints.filter(isObject).map((endpoint) => ({
    model: typeof endpoint.model_id === "string" ? endpoint.model_id : id,
    healthy: isHealthy(endpoint.status),
    ttftMs: p50(endpoint.latency_last_30m),
    tokensPerSecond: p50(endpoint.throughput_last_30m),
  }));
}

/** OpenRouter endpoint status: 0 is up; negative values mark degraded or down endpoints. Missing: assume up. */
function isHealthy(status: unknown): boolean {
  return status === undefined || status === null || status === 0;
}

function p50(stats: unknown): number | undefined {
  if (!isObject(stats)) return undefined;
  const value = stats.p50;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

function median(values: (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const middle = known.length >> 1;
  return known.length % 2 === 1 ? (known[middle] as number) : ((known[middle - 1] as number) + (known[middle] as number)) / 2;
}
