/**
 * A real gateway (`startServer`) whose Redis sits behind a TCP forwarder that starts down: for tests of what the
 * gateway does while Redis is unreachable and once it is back. Its keys live under a namespace of their own, deleted
 * by `close`.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { Writable } from "node:stream";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openTestRedis } from "../../src/storage/redis/redis-test-client.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";
import { startTcpForwarder, type TcpForwarder } from "./tcp-forwarder.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export interface GatewayWithRedisDown {
  server: RunningServer;
  simulator: Simulator;
  forwarder: TcpForwarder;
  /** The test Redis itself (not through the forwarder), and the namespace the gateway's keys live under. */
  redis: ReturnType<typeof openTestRedis>["redis"];
  namespace: string;
  /** Polls `/readyz` until it answers 200 or `timeoutInMs` passes. */
  waitUntilReady(timeoutInMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the gateway (tier `e2e`, a $5 global daily budget, SQLite in memory) with its Redis down (or up: `redisUp`). */
export async function startGatewayWithRedisDown(logStream: Writable, { redisUp = false }: { redisUp?: boolean } = {}): Promise<GatewayWithRedisDown> {
  const namespace = `sy-down-${randomUUID().slice(0, 8)}`;
  const test = openTestRedis(REDIS_URL);
  const forwarder = await startTcpForwarder(REDIS_URL, { up: redisUp });
  const simulator = await createSimulator();
  const config = parseConfig({
    tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
    storage: { sqlite: ":memory:", redis_url: forwarder.urlFor(REDIS_URL) },
    budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
  });
  const server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: "/", port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream, storageNamespace: namespace });
  return {
    server,
    simulator,
    forwarder,
    redis: test.redis,
    namespace,
    async waitUntilReady(timeoutInMs) {
      const deadline = Date.now() + timeoutInMs;
      while ((await fetch(`${server.url}/readyz`)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    },
    async close() {
      await server.close();
      await simulator.close();
      await forwarder.close();
      const keys = await test.redis.keys(`{${namespace}}:*`);
      if (keys.length > 0) await test.redis.del(...keys);
      await test.cleanup();
    },
  };
}
