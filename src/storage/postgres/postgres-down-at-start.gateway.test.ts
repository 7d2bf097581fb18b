/**
 * A real gateway (`startServer`) whose Postgres (decision log and keys) is down when it starts, behind a TCP
 * forwarder the test stops and starts (the real server is never touched): it starts, says not ready, answers
 * 503 storage_unavailable, logs the outage once rather than per retry, and becomes ready by itself when Postgres is up.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { startServer, type RunningServer } from "../../server/start-server.js";
import { createSimulator, type Simulator } from "../../testing/simulator/index.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const NAMESPACE = `sy_down_${randomUUID().slice(0, 8)}`;

describe("a gateway started while Postgres is down", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sy-pg-down-"));
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      callback();
    },
  });
  let forwarder: TcpForwarder | undefined;
  let simulator: Simulator | undefined;
  let server: RunningServer | undefined;
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
  afterAll(async () => {
    await server?.close();
    await simulator?.close();
    await forwarder?.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${NAMESPACE} CASCADE`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("starts not ready, answers 503 storage_unavailable, warns once, and is ready by itself once Postgres is up", async () => {
    forwarder = await startTcpForwarder(POSTGRES_URL, { up: false });
    simulator = await createSimulator();
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: path.join(dir, "switchyard.db"), postgres_url: forwarder.urlFor(POSTGRES_URL) },
      budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
    });
    const notices: string[] = [];
    server = await startServer({
      config,
      catalog: builtinCatalog(),
      env: {},
      cwd: dir,
      port: 0,
      upstreamUrl: simulator.url,
      keyOptional: true,
      logStream,
      storageNamespace: NAMESPACE,
      storeRetry: { initialDelayInMs: 20, maxDelayInMs: 50 },
      onNotice: (text) => notices.push(text),
    });
    const url = server.url;
    const chat = (content: string): Promise<Response> =>
      fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content }] }) });

    expect(notices.join("\n")).toMatch(/postgres is not reachable/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: "not_ready", stores: { postgres: "unavailable" } });
    const refused = await chat("hello");
    expect(refused.status).toBe(503);
    const refusal = (await refused.json()) as { error: { code: string; message: string } };
    expect(refusal).toMatchObject({ error: { code: "storage_unavailable" } });
    // Callers need no key here: the message names no user, host or address of the database.
    expect(refusal.error.message).not.toMatch(/127\.0\.0\.1|postgres:\/\/|ECONNREFUSED|:\d{4,5}\b/);

    // Retries every 20–50 ms for half a second: one warning, not one per attempt.
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.logger.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.filter((line) => line.includes("a shared store's connection failed"))).toHaveLength(1);

    await forwarder.up();
    const deadline = Date.now() + 5_000;
    while ((await fetch(`${url}/readyz`)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: "ready", stores: { postgres: "ready" } });
    const served = await chat("hello again");
    expect(served.status).toBe(200);
    const id = served.headers.get("x-switchyard-decision-id");
    // The record reaches Postgres through the outbox (shipped every 100 ms).
    const shippedBy = Date.now() + 5_000;
    let rows = 0;
    while (rows === 0 && Date.now() < shippedBy) {
      rows = (await admin.query(`SELECT id FROM ${NAMESPACE}.decisions WHERE id = $1`, [id])).rowCount ?? 0;
      if (rows === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(rows).toBe(1);
  });

  it("shuts down while Postgres is still down: close resolves and stops the store's retries (serve never exited after SIGTERM)", async () => {
    const down = await startTcpForwarder(POSTGRES_URL, { up: false });
    const upstream = await createSimulator();
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: path.join(dir, "closing.db"), postgres_url: down.urlFor(POSTGRES_URL) },
    });
    const closing = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: upstream.url, keyOptional: true, logStream, storageNamespace: `${NAMESPACE}_c`, storeRetry: { initialDelayInMs: 20, maxDelayInMs: 50 } });
    try {
      // A refused request leaves a record waiting for Postgres: the last flush fails, as it would at any shutdown.
      const refused = await fetch(`${closing.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }) });
      expect(refused.status).toBe(503);
      // It rejected with storage_unavailable before closing the stores, whose retries then kept the process alive.
      await expect(closing.close()).resolves.toBeUndefined();
      const before = down.connections();
      await down.up();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(down.connections()).toBe(before);
      expect(lines.some((line) => line.includes("could not be shipped at shutdown"))).toBe(true);
    } finally {
      await upstream.close();
      await down.close();
      await admin.query(`DROP SCHEMA IF EXISTS ${NAMESPACE}_c CASCADE`);
    }
  });
});
