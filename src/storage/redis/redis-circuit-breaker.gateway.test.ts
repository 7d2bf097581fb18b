/**
 * Two real gateway instances (`startServer`) on one Redis: failures seen by one open the circuit for the other,
 * which then skips the model without calling it (PRODUCT §2, §7).
 */
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { startServer, type RunningServer } from "../../server/start-server.js";
import { createSimulator, type Simulator } from "../../testing/simulator/index.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const [FLAKY, STEADY] = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"] as const;
/** This file's own namespace: the default one (`switchyard`) is shared with any other run on the same Redis. */
const NAMESPACE = `sy-cb-${randomUUID().slice(0, 8)}`;

describe("circuit breaker shared by two gateway instances through Redis", () => {
  let simulator: Simulator;
  const servers: RunningServer[] = [];
  const redis = new Redis(URL, { maxRetriesPerRequest: 2 });

  beforeAll(async () => {
    simulator = await createSimulator({ faults: { [FLAKY]: "unavailable" } });
    const config = parseConfig({
      tiers: { shared: { models: [FLAKY, STEADY], max_tokens: 100 } },
      circuit_breaker: { failures: 2, window_ms: 60_000, cooldown_ms: 60_000 },
      storage: { sqlite: ":memory:", redis_url: URL },
      upstream: { max_retry_after_ms: 0 },
    });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    for (let i = 0; i < 2; i += 1) {
      servers.push(await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: "/", port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet, storageNamespace: NAMESPACE }));
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await simulator.close();
    const keys = await redis.keys(`{${NAMESPACE}}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const chat = async (server: RunningServer): Promise<Response> =>
    fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/shared", messages: [{ role: "user", content: "hello" }] }),
    });

  it("instance B skips the model whose circuit instance A opened, without calling it", async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    for (let i = 0; i < 2; i += 1) {
      const response = await chat(a);
      expect(response.headers.get("x-switchyard-model")).toBe(STEADY);
      expect(response.headers.get("x-switchyard-attempts")).toBe("2");
    }
    expect(await redis.hget(`{${NAMESPACE}}:cb:${FLAKY}`, "open_until")).not.toBeNull();
    const before = simulator.calls.length;
    const response = await chat(b);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-switchyard-model")).toBe(STEADY);
    expect(response.headers.get("x-switchyard-attempts")).toBe("1");
    expect(simulator.calls.slice(before).map((call) => call.model)).toEqual([STEADY]);
  });
});
