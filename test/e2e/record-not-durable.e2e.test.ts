/**
 * A decision record the local disk refuses (full, locked past busy_timeout): the request is not completed, on every
 * path. A non-streaming client gets a 503 `storage_unavailable` instead of the answer, a stream ends on an error event
 * instead of `[DONE]`, and the records wait in memory and reach the store once the disk takes writes again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogBackend, DecisionLogStore } from "../../src/log/decision-log-store.js";
import { createMemoryDecisionLogBackend } from "../../src/storage/memory/memory-decision-log.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";

describe("a decision record the disk refuses", () => {
  let gateway: Gateway;
  let log: DecisionLogStore;
  let backend: DecisionLogBackend;
  let diskFull = true;
  beforeAll(async () => {
    const memory = createMemoryDecisionLogBackend();
    backend = {
      ...memory,
      insertNow(records) {
        if (diskFull) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
        void memory.insertMany(records);
      },
    };
    log = createDecisionLog({ backend, durable: true, flushIntervalInMs: 20 });
    gateway = await startGateway({ app: { decisionLog: log } });
  });
  afterAll(async () => gateway.close());

  it("answers 503 storage_unavailable, ends a stream without [DONE], and ships the records once the disk is back", async () => {
    diskFull = true;
    const plain = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }] }) });
    expect(plain.status).toBe(503);
    expect(await plain.json()).toMatchObject({ error: { type: "server_error", code: "storage_unavailable" } });
    const plainId = plain.headers.get("x-switchyard-decision-id");
    expect(plainId).toBeTruthy();

    const streamed = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: "user", content: "hello again" }] }) });
    const events = await streamed.text();
    expect(events).toContain("storage_unavailable");
    expect(events).not.toContain("[DONE]");
    const streamedId = streamed.headers.get("x-switchyard-decision-id");

    // The Messages door says overloaded (the stream has begun, so no status: only the type), not an upstream api_error.
    const messages = await fetch(`${gateway.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, max_tokens: 100, stream: true, messages: [{ role: "user", content: "hello there" }] }) });
    const messageEvents = await messages.text();
    expect(messageEvents).toContain('"type":"overloaded_error"');
    expect(messageEvents).not.toContain("message_stop");

    // A stream the upstream cut still ends on the upstream's error event (not a cut connection) when its record waits.
    for (const model of ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct", "meta-llama/llama-3.3-70b-instruct"]) gateway.simulator.setFault(model, "stream_cut");
    const cut = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: "user", content: "tell me more" }] }) });
    const cutEvents = await cut.text();
    expect(cutEvents).toContain('"error"');
    expect(cutEvents).not.toContain("[DONE]");
    gateway.simulator.reset();

    // The disk takes writes again: a new request completes, and the two waiting records reach the store.
    diskFull = false;
    const next = await gateway.client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "and now?" }] });
    expect(next.choices[0]?.message.content).toBeTruthy();
    await log.flush();
    // They say what the clients got (a 503), with the cost that was spent.
    for (const id of [plainId, streamedId]) expect(await backend.get(id ?? "")).toMatchObject({ id, status: 503, outcome: "failed", errorType: "storage_unavailable" });
    expect((await backend.get(plainId ?? ""))?.costUsd).toBeGreaterThan(0);
  });
});
