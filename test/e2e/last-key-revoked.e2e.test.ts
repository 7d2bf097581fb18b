/**
 * Two gateway processes on one Redis and one Postgres (keys live in Postgres). Instance B was started with
 * `--host 0.0.0.0`, which it may do because a key exists. The only key is then revoked through instance A's admin
 * API. B must not fall back to "no keys, every caller passes": that rule is for a gateway that listens on loopback
 * only, and B listens on every interface. Before the fix, a second after the revoke, B served anyone without a key
 * (and the revoked key's holder too), spending the upstream key for the whole network.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";
import { startGatewayProcess, type GatewayProcess } from "./crash/crash-load.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const ADMIN_KEY = "r".repeat(40);

async function chat(url: string, key?: string): Promise<{ status: number; code: string | undefined }> {
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ model: "switchyard/tier/keys", messages: [{ role: "user", content: "hello" }] }),
  });
  const body = (await response.json()) as { error?: { code?: string } };
  return { status: response.status, code: body.error?.code };
}

/** The loopback URL of a gateway whose URL names the host it bound (`http://0.0.0.0:PORT`). */
const onLoopback = (url: string): string => `http://127.0.0.1:${new URL(url).port}`;

describe("revoking the last key while an instance listens beyond loopback", () => {
  let simulator: Simulator | undefined;
  const namespace = `sy-lastkey-${randomUUID().slice(0, 8)}`;
  const schema = namespace.replaceAll("-", "_");
  const dirs = [mkdtempSync(join(tmpdir(), "sy-lastkey-a-")), mkdtempSync(join(tmpdir(), "sy-lastkey-b-"))];
  const running: GatewayProcess[] = [];
  afterAll(async () => {
    for (const gateway of running) await gateway.crash().catch(() => {});
    await simulator?.close();
    const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    const keys = await redis.keys(`{${namespace}}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses keyless callers on the instance bound to every interface once no key is active", async () => {
    simulator = await createSimulator({ recordCalls: false });
    const start = (dir: string, host?: string) =>
      startGatewayProcess({
        config: { tiers: { keys: { models: ["openai/gpt-5-nano"], max_tokens: 50 } }, storage: { sqlite: join(dir, "switchyard.db"), redis_url: REDIS_URL, postgres_url: POSTGRES_URL } },
        namespace,
        upstreamUrl: simulator!.url,
        cwd: process.cwd(),
        adminKey: ADMIN_KEY,
        ...(host ? { host } : {}),
      });
    // A starts on loopback with no key; the operator creates one through it; B then starts on every interface.
    const a = await start(dirs[0]!);
    running.push(a);
    const created = await fetch(`${a.url}/api/keys`, { method: "POST", headers: { authorization: `Bearer ${ADMIN_KEY}`, "content-type": "application/json" }, body: JSON.stringify({ name: "only" }) });
    expect(created.status).toBe(201);
    const { secret } = (await created.json()) as { secret: string };
    const b = await start(dirs[1]!, "0.0.0.0");
    running.push(b);
    expect(new URL(b.url).hostname).toBe("0.0.0.0");
    const bUrl = onLoopback(b.url);
    expect((await chat(bUrl, secret)).status).toBe(200);
    expect((await chat(bUrl)).status).toBe(401);

    // The only key is revoked on A. Within the key cache's second, B must hear of it, and stay closed.
    const revoked = await fetch(`${a.url}/api/keys/only`, { method: "DELETE", headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    expect(revoked.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await chat(bUrl)).toEqual({ status: 401, code: "invalid_api_key" });
    expect((await chat(bUrl, secret)).status).toBe(401);
    // A, on loopback only, keeps the documented rule: no active key, every local caller passes.
    expect((await chat(a.url)).status).toBe(200);
  }, 120_000);
});
