/**
 * A Redis that answers but refuses every write: out of memory under `maxmemory-policy noeviction` (the policy
 * docs/deployment.md recommends, so a full Redis says OOM rather than dropping budget buckets), a replica after a
 * failover (READONLY), a failed snapshot with `stop-writes-on-bgsave-error` (MISCONF). The gateway cannot reserve a
 * budget or count a rate limit then; the request must get the honest 503 `storage_unavailable` naming the refusal,
 * as for a Redis that is down, not a 500 "internal error" (what it answered before: Redis's reply errors carry no
 * code, so they fell through to the catch-all).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";
import { startGatewayProcess, type GatewayProcess } from "./crash/crash-load.js";
import { freePort } from "../support/free-port.js";

interface Answer {
  status: number;
  code: string | undefined;
  message: string;
}

async function post(url: string, path: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await response.json()) as { error?: { code?: string; message?: string; type?: string } };
  return { status: response.status, code: json.error?.code ?? json.error?.type, message: json.error?.message ?? "" };
}

describe("a Redis that refuses writes (OOM under noeviction)", () => {
  let simulator: Simulator | undefined;
  let redisServer: ChildProcess | undefined;
  let gateway: GatewayProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), "sy-redis-oom-"));
  afterAll(async () => {
    await gateway?.crash().catch(() => {});
    await simulator?.close();
    if (redisServer && redisServer.exitCode === null) {
      redisServer.kill("SIGKILL");
      await once(redisServer, "exit");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 storage_unavailable naming the refusal, on every door, not a 500", async () => {
    const port = await freePort();
    // maxmemory 1 byte: every write command is refused with OOM; PING and reads still answer.
    redisServer = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory", "1", "--maxmemory-policy", "noeviction"], { stdio: "ignore" });
    const client = new Redis({ host: "127.0.0.1", port, maxRetriesPerRequest: 40, retryStrategy: () => 50 });
    client.on("error", () => undefined);
    expect(await client.ping()).toBe("PONG");
    await expect(client.set("probe", "1")).rejects.toThrow(/^OOM/);
    client.disconnect();

    simulator = await createSimulator();
    gateway = await startGatewayProcess({
      config: {
        tiers: { oom: { models: ["openai/gpt-5-nano"], max_tokens: 50 } },
        budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
        storage: { sqlite: join(dir, "switchyard.db"), redis_url: `redis://127.0.0.1:${port}` },
      },
      namespace: `sy-oom-${randomUUID().slice(0, 8)}`,
      upstreamUrl: simulator.url,
      cwd: process.cwd(),
    });
    const chat = await post(gateway.url, "/v1/chat/completions", { model: "switchyard/tier/oom", messages: [{ role: "user", content: "hello" }] });
    expect(chat.status).toBe(503);
    expect(chat.code).toBe("storage_unavailable");
    expect(chat.message).toMatch(/Redis refused the command: OOM/);
    const streamed = await post(gateway.url, "/v1/chat/completions", { model: "switchyard/tier/oom", stream: true, messages: [{ role: "user", content: "hello" }] });
    expect(streamed).toMatchObject({ status: 503, code: "storage_unavailable" });
    const messages = await post(gateway.url, "/v1/messages", { model: "switchyard/tier/oom", max_tokens: 50, messages: [{ role: "user", content: "hello" }] });
    expect(messages).toMatchObject({ status: 529, code: "overloaded_error" });
    // No upstream call was made for money the ledger could not hold.
    expect(simulator.calls.filter((call) => call.path.endsWith("/chat/completions"))).toEqual([]);
  }, 120_000);
});
