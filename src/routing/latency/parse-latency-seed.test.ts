import path from "node:path";
import { describe, expect, it } from "vitest";
import { readJson, SHARED_DATA } from "../../../test/support/shared-data.js";
import { ConfigError } from "../../core/errors/index.js";
import { loadLatencySeedFile } from "./load-latency-seed.js";
import { parseLatencySeed } from "./parse-latency-seed.js";

const ENDPOINTS = path.join(SHARED_DATA, "openrouter", "endpoints-by-provider-2026-05-18.json");

interface RawEndpoint {
  model_id: string;
  status: number;
  performance: { latency_30m: { p50: number } | null; throughput_30m: { p50: number } | null };
}

describe("latency seed", () => {
  it("reads the real endpoints-by-provider file: one entry per model with stats, medians over healthy endpoints", async () => {
    const seed = await loadLatencySeedFile(ENDPOINTS);
    const raw = readJson(ENDPOINTS) as { providers: Record<string, { models: RawEndpoint[] }> };
    const endpoints = Object.values(raw.providers).flatMap((provider) => provider.models);
    const withStats = new Set(endpoints.filter((e) => e.performance.latency_30m).map((e) => e.model_id));
    expect(seed.size).toBe(withStats.size);
    expect(seed.size).toBeGreaterThan(300);
    // gpt-oss-120b: 19 endpoints in the file; check the medians by hand-sorting its healthy ones.
    const mine = endpoints.filter((e) => e.model_id === "openai/gpt-oss-120b" && e.status === 0 && e.performance.latency_30m);
    const sortedLatency = mine.map((e) => e.performance.latency_30m?.p50 as number).sort((a, b) => a - b);
    const mid = (values: number[]) => (values.length % 2 ? values[(values.length - 1) / 2] : ((values[values.length / 2 - 1] as number) + (values[values.length / 2] as number)) / 2);
    expect(seed.get("openai/gpt-oss-120b")?.ttftMs).toBe(mid(sortedLatency));
    const sortedThroughput = mine.map((e) => e.performance.throughput_30m?.p50 as number).sort((a, b) => a - b);
    expect(seed.get("openai/gpt-oss-120b")?.tokensPerSecond).toBe(mid(sortedThroughput));
    for (const entry of seed.values()) {
      expect(entry.ttftMs).toBeGreaterThan(0);
      if (entry.tokensPerSecond !== undefined) expect(entry.tokensPerSecond).toBeGreaterThan(0);
    }
  });

  it("reads the raw /models/{id}/endpoints answer, alone or as a list, and prefers healthy endpoints", () => {
    const answer = (id: string, endpoints: unknown[]) => ({ data: { id, endpoints } });
    const seed = parseLatencySeed([
      answer("a/fast", [
        { latency_last_30m: { p50: 300, p75: 1, p90: 1, p99: 1 }, throughput_last_30m: { p50: 120 }, status: 0 },
        { latency_last_30m: { p50: 500 }, throughput_last_30m: { p50: 80 }, status: 0 },
        { latency_last_30m: { p50: 9_000 }, throughput_last_30m: { p50: 1 }, status: -5 },
      ]),
      answer("a/nostats", [{ latency_last_30m: null, throughput_last_30m: null, status: 0 }]),
      answer("a/down", [{ latency_last_30m: { p50: 2_000 }, throughput_last_30m: null, status: -2 }]),
    ]);
    expect(seed.get("a/fast")).toEqual({ ttftMs: 400, tokensPerSecond: 100 });
    expect(seed.has("a/nostats")).toBe(false);
    expect(seed.get("a/down")).toEqual({ ttftMs: 2_000, tokensPerSecond: undefined });
    expect(parseLatencySeed(answer("b/x", [{ latency_last_30m: { p50: 700 } }]).data).get("b/x")?.ttftMs).toBe(700);
  });

  it("names the setting when the file is not in the endpoints format, unreadable or not JSON", async () => {
    expect(() => parseLatencySeed({ data: [{ id: "x" }] })).toThrow(ConfigError);
    expect(() => parseLatencySeed({ data: [{ id: "x" }] })).toThrow(/routing\.latency_seed/);
    await expect(loadLatencySeedFile(path.join(SHARED_DATA, "no-such-file.json"))).rejects.toThrow(/cannot read/);
    await expect(loadLatencySeedFile(path.join(SHARED_DATA, "openrouter", "openapi-2026-08-22.yaml"))).rejects.toThrow(/not valid JSON/);
  });
});
