/**
 * A local disk that refuses the in-flight marker (full, read-only, an I/O error) refuses the request before any model
 * is called, on every door: the request's record cannot be committed on that disk either, so an answer paid for
 * would only be thrown away with a 503 (and paid again when the client retried). Another process holding the lock is
 * not a refusal: the marker's wait is reported and the request goes on, as before (ADR 0068).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogStore } from "../../src/log/decision-log-store.js";
import { createInFlightMarks, type InFlightStore } from "../../src/log/in-flight.js";
import { STORAGE_RETRY_AFTER_SECONDS } from "../../src/server/error-handler.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const dir = mkdtempSync(join(tmpdir(), "switchyard-marker-refusal-"));

describe("a marker the local disk refuses", () => {
  let gateway: Gateway;
  let refusal: Error | undefined;
  let log: DecisionLogStore;
  const markerErrors: unknown[] = [];
  beforeAll(async () => {
    const db = openSqliteDatabase(join(dir, "gateway.sqlite"));
    const outbox = createSqliteDecisionOutbox(db);
    const sqliteStore = createSqliteInFlightStore(db);
    const store: InFlightStore = {
      ...sqliteStore,
      apply(markers, cleared) {
        if (refusal && markers.length > 0) throw refusal;
        sqliteStore.apply(markers, cleared);
      },
    };
    const marks = createInFlightMarks({ store, owner: "e2e", now: () => Date.now(), onError: (error) => markerErrors.push(error) });
    log = createDecisionLog({ backend: createSqliteDecisionLogBackend(db), durable: true, outbox });
    gateway = await startGateway({ app: { decisionLog: log, inFlight: marks } });
  });
  afterAll(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown): Promise<Response> => fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const requests: [string, string, unknown][] = [
    ["chat", "/v1/chat/completions", { model: MODEL, messages: [{ role: "user", content: "hello" }] }],
    ["chat stream", "/v1/chat/completions", { model: MODEL, stream: true, messages: [{ role: "user", content: "hello" }] }],
    ["messages", "/v1/messages", { model: MODEL, max_tokens: 100, messages: [{ role: "user", content: "hello" }] }],
    ["messages stream", "/v1/messages", { model: MODEL, max_tokens: 100, stream: true, messages: [{ role: "user", content: "hello" }] }],
    ["responses", "/v1/responses", { model: MODEL, input: "hello" }],
    ["responses stream", "/v1/responses", { model: MODEL, stream: true, input: "hello" }],
  ];

  for (const code of ["SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_READONLY"]) {
    it(`${code}: every door answers 503 storage_unavailable and no model is called (nor its circuit charged)`, async () => {
      refusal = Object.assign(new Error(code === "SQLITE_FULL" ? "database or disk is full" : "disk I/O error"), { code });
      gateway.simulator.reset();
      const ids: string[] = [];
      for (const [door, path, body] of requests) {
        const response = await post(path, body);
        ids.push(response.headers.get("x-switchyard-decision-id") ?? `${door}: no decision id`);
        const text = await response.text();
        // With the pause the gateway asks for (ADR 0072): the refusal costs the client nothing, and a retry finds
        // the disk rechecked by then.
        expect({ door, status: response.status, retryAfter: response.headers.get("retry-after") }).toEqual({ door, status: door.startsWith("messages") ? 529 : 503, retryAfter: String(STORAGE_RETRY_AFTER_SECONDS) });
        expect(text).toMatch(door.startsWith("messages") ? /overloaded_error/ : /storage_unavailable/);
        expect(text).toContain(code);
      }
      expect(gateway.simulator.calls).toEqual([]);
      // The disk takes writes again: the first model answers at once (no circuit opened by the refusals).
      refusal = undefined;
      const next = await post("/v1/chat/completions", { model: MODEL, messages: [{ role: "user", content: "and now?" }] });
      expect(next.status).toBe(200);
      expect(gateway.simulator.calls.map((call) => call.model)).toEqual(["openai/gpt-5-nano"]);
      // Each refusal has its record, as every request does: a 503 that cost nothing and called no model.
      for (const id of ids) expect(await log.get(id)).toMatchObject({ id, status: 503, outcome: "failed", errorType: "storage_unavailable", costUsd: 0, attempts: [] });
    });
  }

  it("a lock another process holds past the wait is reported, and the request goes on", async () => {
    refusal = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    markerErrors.length = 0;
    const response = await post("/v1/chat/completions", { model: MODEL, messages: [{ role: "user", content: "hello" }] });
    refusal = undefined;
    expect(response.status).toBe(200);
    expect(markerErrors).toHaveLength(1);
  });
});
