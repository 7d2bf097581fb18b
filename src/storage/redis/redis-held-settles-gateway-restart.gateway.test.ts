/**
 * A real gateway (`startServer`) whose Redis goes down while a request is in flight: the request's settle is held in
 * memory (`switchyard_ledger_writes_held 1`), a graceful stop saves it to the local SQLite file and logs how many and
 * how much, and the next gateway on that file sends it, so the ledger holds the actual cost instead of the reserved
 * worst case. Real Redis behind a TCP forwarder; the simulator answers after a delay so Redis can go down meanwhile.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { startServer, type RunningServer } from "../../server/start-server.js";
import { createSimulator, type Simulator } from "../../testing/simulator/index.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const namespace = `sy-held-gw-${randomUUID().slice(0, 8)}`;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("a gateway stopped while Redis is down, with a settle held", () => {
  const dir = mkdtempSync(join(tmpdir(), "sy-held-gw-"));
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  let forwarder: TcpForwarder | undefined;
  let simulator: Simulator | undefined;
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    await simulator?.close();
    await forwarder?.close();
    const keys = await redis.keys(`{${namespace}}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  it("saves the settle at stop, says so, and the next start settles the reservation at its actual cost", async () => {
    forwarder = await startTcpForwarder(REDIS_URL);
    simulator = await createSimulator({ latencyMs: 700 });
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: join(dir, "switchyard.db"), redis_url: forwarder.urlFor(REDIS_URL) },
      budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
    });
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        callback();
      },
    });
    const start = async (): Promise<RunningServer> => {
      const server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator?.url ?? "", keyOptional: true, logStream, storageNamespace: namespace });
      servers.push(server);
      return server;
    };
    const first = await start();
    const answered = fetch(`${first.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hello" }] }) });
    // Reserved before the upstream call; Redis goes down while the model answers.
    const reservationKeys = async (): Promise<string[]> => redis.keys(`{${namespace}}:r:*`);
    const deadline = Date.now() + 5_000;
    while ((await reservationKeys()).length === 0 && Date.now() < deadline) await pause(10);
    await forwarder.down();
    const response = await answered;
    expect(response.status).toBe(200);
    const cost = Number(response.headers.get("x-switchyard-cost-usd"));
    expect(cost).toBeGreaterThan(0);
    const [key] = await reservationKeys();
    expect(await redis.hget(key ?? "", "state")).toBe("held");
    const metrics = await (await fetch(`${first.url}/metrics`)).text();
    expect(metrics).toMatch(/^switchyard_ledger_writes_held 1$/m);

    await first.close();
    const saved = lines.map((line) => JSON.parse(line) as { msg: string; writes?: number; settledUsd?: number; level: number }).find((line) => line.msg.startsWith("Redis is unreachable at shutdown"));
    expect(saved).toMatchObject({ writes: 1, settledUsd: cost, level: 40 });
    expect(await redis.hget(key ?? "", "state")).toBe("held");

    await forwarder.up();
    await start();
    const settledBy = Date.now() + 5_000;
    while ((await redis.hget(key ?? "", "state")) !== "settled" && Date.now() < settledBy) await pause(25);
    const [state, actual] = await redis.hmget(key ?? "", "state", "actual");
    expect(state).toBe("settled");
    expect(Number(actual) / 1_000_000_000).toBeCloseTo(cost, 9);
    process.stdout.write(`held settle of $${cost} saved at stop and settled at the next start\n`);
  }, 60_000);
});
