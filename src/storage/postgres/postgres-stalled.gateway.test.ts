/**
 * A real gateway whose Postgres (keys, decision log) stops answering without closing its connections (a partition,
 * a frozen server): a TCP forwarder in front of the real Postgres holds bytes both ways, so no error reveals it. The
 * gateway must answer what needs Postgres with a 503 storage_unavailable within its query timeout (not hold the
 * request), turn /readyz to 503, then answer at once while the stall is known (a key seen before still serves; a
 * key never seen is refused), and be ready and serving again once Postgres answers.
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
import { issueVirtualKey } from "../virtual-key-secret.js";
import { createPostgresKeyStore } from "./postgres-key-store.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const NAMESPACE = `sy_stall_${randomUUID().slice(0, 8)}`;
const QUERY_TIMEOUT_MS = 1_000;
/** The query timeout, with room for the detection and a loaded machine; far below the 10 s seen without it. */
const HONEST_ANSWER_MS = QUERY_TIMEOUT_MS * 3;

describe("a gateway whose Postgres stalls", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sy-pg-stall-"));
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
  let forwarder: TcpForwarder | undefined;
  let simulator: Simulator | undefined;
  let server: RunningServer | undefined;
  afterAll(async () => {
    forwarder?.resume();
    await server?.close();
    await simulator?.close();
    await forwarder?.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${NAMESPACE} CASCADE`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 storage_unavailable within its query timeout, says not ready, keeps seen keys, and recovers", async () => {
    const keys = await createPostgresKeyStore(admin, { schema: NAMESPACE });
    const seen = await issueVirtualKey(keys, { name: "seen" }, { now: Date.now() });
    const unseen = await issueVirtualKey(keys, { name: "unseen" }, { now: Date.now() });
    forwarder = await startTcpForwarder(POSTGRES_URL);
    simulator = await createSimulator();
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: path.join(dir, "switchyard.db"), postgres_url: forwarder.urlFor(POSTGRES_URL), postgres_query_timeout_ms: QUERY_TIMEOUT_MS },
    });
    const logStream = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream, storageNamespace: NAMESPACE });
    const url = server.url;
    const chat = (secret: string): Promise<Response> =>
      fetch(`${url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
        body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hello" }] }),
        signal: AbortSignal.timeout(HONEST_ANSWER_MS * 4),
      });
    const readiness = async (): Promise<{ status: number; body: unknown }> => {
      const response = await fetch(`${url}/readyz`);
      return { status: response.status, body: await response.json() };
    };
    expect((await readiness()).status).toBe(200);
    expect((await chat(seen.secret)).status).toBe(200);

    forwarder.stall();
    // Past the key cache (1 s), so the request asks the stalled Postgres.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const sentAt = Date.now();
    const refused = await chat(unseen.secret);
    const refusedInMs = Date.now() - sentAt;
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: "storage_unavailable" } });
    expect(refusedInMs).toBeLessThan(HONEST_ANSWER_MS);

    const deadline = Date.now() + HONEST_ANSWER_MS;
    let state = await readiness();
    while (state.status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await readiness();
    }
    expect(state).toEqual({ status: 503, body: { status: "not_ready", stores: { postgres: "unavailable" } } });
    // Once the stall is known nothing waits on it: a key never seen is refused at once, a key seen before serves
    // (its records wait in the local outbox).
    let knownAt = Date.now();
    const refusedAtOnce = await chat(unseen.secret);
    expect(refusedAtOnce.status).toBe(503);
    expect(Date.now() - knownAt).toBeLessThan(QUERY_TIMEOUT_MS / 2);
    // Served through the simulator and the local outbox; had it asked Postgres it would have waited the whole limit.
    knownAt = Date.now();
    expect((await chat(seen.secret)).status).toBe(200);
    expect(Date.now() - knownAt).toBeLessThan(QUERY_TIMEOUT_MS);

    forwarder.resume();
    const readyBy = Date.now() + HONEST_ANSWER_MS * 2;
    while ((await readiness()).status !== 200 && Date.now() < readyBy) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await readiness()).toEqual({ status: 200, body: { status: "ready", stores: { postgres: "ready" } } });
    expect((await chat(unseen.secret)).status).toBe(200);
  }, 60_000);
});
