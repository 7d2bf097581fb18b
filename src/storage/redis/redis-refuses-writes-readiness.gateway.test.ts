/**
 * A Redis that answers PING but refuses every write (out of memory under `noeviction`, a replica after a failover)
 * refuses every budgeted request (503 storage_unavailable): `GET /readyz` must say so, so a load balancer stops sending
 * traffic, and turn back by itself once Redis takes writes again. A Redis server of the test's own (its config is
 * changed, so never the shared one); a real gateway (`startServer`) on it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { startServer, type RunningServer } from "../../server/start-server.js";
import { createSimulator, type Simulator } from "../../testing/simulator/index.js";
import { freePort } from "../../../test/support/free-port.js";

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("readiness of a Redis that refuses writes", () => {
  let child: ChildProcess | undefined;
  let client: Redis | undefined;
  let server: RunningServer | undefined;
  let simulator: Simulator | undefined;
  afterAll(async () => {
    await server?.close();
    await simulator?.close();
    client?.disconnect();
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
  });

  it("turns /readyz to 503 naming redis refusing_writes while writes are refused (OOM, READONLY), and back once they are taken", async () => {
    const port = await freePort();
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction"], { stdio: "ignore" });
    client = new Redis({ host: "127.0.0.1", port, maxRetriesPerRequest: 40, retryStrategy: () => 50 });
    client.on("error", () => undefined);
    expect(await client.ping()).toBe("PONG");
    simulator = await createSimulator();
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 50 } },
      storage: { sqlite: ":memory:", redis_url: `redis://127.0.0.1:${port}` },
      budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
    });
    const logStream = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: "/", port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream, storageNamespace: "sy-refuses" });
    const url = server.url;
    const readyz = async (): Promise<{ status: number; body: unknown }> => {
      const response = await fetch(`${url}/readyz`);
      return { status: response.status, body: await response.json() };
    };
    const waitFor = async (status: number): Promise<{ status: number; body: unknown }> => {
      const deadline = Date.now() + 5_000;
      let seen = await readyz();
      while (seen.status !== status && Date.now() < deadline) {
        await pause(50);
        seen = await readyz();
      }
      return seen;
    };
    expect(await waitFor(200)).toEqual({ status: 200, body: { status: "ready", stores: { redis: "ready" } } });

    // Out of memory: every write refused with OOM, PING still answered.
    await client.config("SET", "maxmemory", "1");
    const started = Date.now();
    expect(await waitFor(503)).toEqual({ status: 503, body: { status: "not_ready", stores: { redis: "refusing_writes" } } });
    const tookInMs = Date.now() - started;
    const chat = await fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }) });
    expect(chat.status).toBe(503);
    await client.config("SET", "maxmemory", "0");
    expect((await waitFor(200)).status).toBe(200);

    // A replica (a failover demoted it): READONLY.
    const absentPrimary = await freePort();
    await client.replicaof("127.0.0.1", absentPrimary);
    expect(await waitFor(503)).toEqual({ status: 503, body: { status: "not_ready", stores: { redis: "refusing_writes" } } });
    await client.replicaof("NO", "ONE");
    expect((await waitFor(200)).status).toBe(200);
    process.stdout.write(`readyz turned 503 ${tookInMs} ms after Redis began refusing writes\n`);
  }, 60_000);
});
