/**
 * Requests in flight (ADR 0008) through the real HTTP path: a request is marked while its upstream attempt runs, on
 * every door, and its marker is gone once its own record is committed, whatever the ending (answer, stream, fallback,
 * client gone). A request that never reached a model leaves no marker. The crash side is in
 * `crash/crash-safety.e2e.test.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogStore } from "../../src/log/decision-log-store.js";
import { createInFlightMarks, type InFlightMarks, type InFlightStore } from "../../src/log/in-flight.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const dir = mkdtempSync(join(tmpdir(), "switchyard-in-flight-e2e-"));

describe("in-flight markers on the request path", () => {
  let gateway: Gateway;
  let store: InFlightStore;
  let marks: InFlightMarks;
  let log: DecisionLogStore;
  const written: string[] = [];
  beforeAll(async () => {
    const db = openSqliteDatabase(join(dir, "gateway.sqlite"));
    const outbox = createSqliteDecisionOutbox(db);
    const sqliteStore = createSqliteInFlightStore(db);
    store = { ...sqliteStore, apply: (markers, cleared) => (written.push(...markers.map((marker) => marker.id)), sqliteStore.apply(markers, cleared)) };
    marks = createInFlightMarks({ store, owner: "e2e", now: () => Date.now() });
    log = createDecisionLog({ backend: createSqliteDecisionLogBackend(db), durable: true, outbox });
    gateway = await startGateway({ simulator: { latencyMs: 250, chunkDelayMs: 20 }, app: { decisionLog: log, inFlight: marks } });
  });
  afterAll(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown, signal?: AbortSignal): Promise<Response> =>
    fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await marks.flush();
  };

  it("marks a request while its attempt runs, with the attempt under way, and clears it with the record", async () => {
    const pending = post("/v1/chat/completions", { model: MODEL, messages: [{ role: "user", content: "hello there" }] });
    // The upstream takes 250 ms; the marker was committed before the attempt went out.
    for (let waited = 0; store.left(10).length === 0 && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const [marker, ...others] = store.left(10);
    expect(others).toEqual([]);
    expect(marker?.record).toMatchObject({ tier: "e2e", door: "chat", stream: false, model: null });
    expect(marker?.record.attempts.at(-1)).toMatchObject({ model: CHAIN[0], status: 0, errorType: "interrupted" });
    const response = await pending;
    expect(response.status).toBe(200);
    await settle();
    expect(store.left(10)).toEqual([]);
    expect(await log.get(response.headers.get("x-switchyard-decision-id") ?? "")).toMatchObject({ outcome: "served", errorType: null });
  });

  it("clears the markers of every door, stream or not, after a fallback, and of a client that left mid-stream", async () => {
    const bodies: [string, unknown][] = [
      ["/v1/chat/completions", { model: MODEL, stream: true, messages: [{ role: "user", content: "stream please" }] }],
      ["/v1/messages", { model: MODEL, max_tokens: 100, messages: [{ role: "user", content: "hello from messages" }] }],
      ["/v1/messages", { model: MODEL, max_tokens: 100, stream: true, messages: [{ role: "user", content: "stream from messages" }] }],
      ["/v1/responses", { model: MODEL, input: "hello from responses" }],
      ["/v1/responses", { model: MODEL, stream: true, input: "stream from responses" }],
    ];
    written.length = 0;
    const ids: string[] = [];
    for (const [path, body] of bodies) {
      const response = await post(path, body);
      ids.push(response.headers.get("x-switchyard-decision-id") ?? "");
      expect((await response.text()).length).toBeGreaterThan(0);
    }
    // Each door marked its request while the (250 ms) upstream worked.
    expect(ids.filter((id) => !written.includes(id))).toEqual([]);
    gateway.simulator.setFault(CHAIN[0], "unavailable");
    const fellBack = await post("/v1/chat/completions", { model: MODEL, messages: [{ role: "user", content: "after a failure" }] });
    expect(fellBack.headers.get("x-switchyard-attempts")).toBe("2");
    gateway.simulator.reset();
    const leaving = new AbortController();
    const cut = await post("/v1/chat/completions", { model: MODEL, stream: true, messages: [{ role: "user", content: "I will leave" }] }, leaving.signal);
    await cut.body?.getReader().read();
    leaving.abort();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle();
    expect(store.left(50)).toEqual([]);
  });

  it("writes no marker for a request refused before any attempt", async () => {
    written.length = 0;
    const refused = await post("/v1/chat/completions", { model: "switchyard/tier/nope", messages: [{ role: "user", content: "hi" }] });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    await settle();
    expect(written).toEqual([]);
  });
});
