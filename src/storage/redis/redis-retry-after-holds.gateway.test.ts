/**
 * Two real gateway instances (`startServer`) on one Redis: a 429 with Retry-After seen by one makes both leave
 * that model alone (no call, no wait) until its time passes; an instance started later loads the hold too.
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
const [LIMITED, STEADY] = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"] as const;
const NAMESPACE = `sy-holds-${randomUUID().slice(0, 8)}`;

describe("Retry-After holds shared by two gateway instances through Redis", () => {
  let simulator: Simulator;
  const servers: RunningServer[] = [];
  const redis = new Redis(URL, { maxRetriesPerRequest: 2 });
  const config = parseConfig({
    tiers: { shared: { models: [LIMITED, STEADY], max_tokens: 100 } },
    storage: { sqlite: ":memory:", redis_url: URL },
    // Long enough that a sleep before the next model would show in the timing below.
    upstream: { max_retry_after_ms: 5_000 },
  });
  const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const start = async (): Promise<RunningServer> => {
    const server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: "/", port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet, storageNamespace: NAMESPACE });
    servers.push(server);
    return server;
  };

  const chat = async (server: RunningServer): Promise<Response> =>
    fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/shared", messages: [{ role: "user", content: "hello" }] }),
    });

  beforeAll(async () => {
    simulator = await createSimulator();
    // Warm both instances up, so the timing below measures the attempt loop, not a cold start.
    for (const server of [await start(), await start()]) expect((await chat(server)).status).toBe(200);
    simulator.setFault(LIMITED, "rate_limit");
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await simulator.close();
    await redis.del(`{${NAMESPACE}}:holds`);
    await redis.quit();
  });

  it("A moves on at once; B and a later instance C skip the limited model without calling it", async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const startedAt = Date.now();
    const first = await chat(a);
    expect(first.headers.get("x-switchyard-model")).toBe(STEADY);
    expect(first.headers.get("x-switchyard-attempts")).toBe("2");
    // Retry-After is 1 s: no sleep before the next model.
    expect(Date.now() - startedAt).toBeLessThan(900);
    const heldUntil = Number(await redis.hget(`{${NAMESPACE}}:holds`, LIMITED));
    expect(heldUntil).toBeGreaterThan(Date.now());

    simulator.setFault(LIMITED, null); // it would answer now, but it asked to be left alone for a second
    const before = simulator.calls.length;
    for (const server of [b, await start()]) {
      const response = await chat(server);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-switchyard-model")).toBe(STEADY);
      expect(response.headers.get("x-switchyard-attempts")).toBe("1");
    }
    expect(simulator.calls.slice(before).map((call) => call.model)).toEqual([STEADY, STEADY]);

    // Once the time has passed, every instance calls it again.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, heldUntil + 20 - Date.now())));
    expect((await chat(b)).headers.get("x-switchyard-model")).toBe(LIMITED);
  });
});
