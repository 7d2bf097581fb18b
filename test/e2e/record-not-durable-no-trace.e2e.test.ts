/**
 * A request answered 503 `storage_unavailable` because its decision record could not be committed leaves no trace a
 * later request could build on: its conversation's model is not remembered (affinity), and its Responses answer is
 * not stored (a `previous_response_id` naming it is not found). The client never got that answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogBackend } from "../../src/log/decision-log-store.js";
import { createMemoryDecisionLogBackend } from "../../src/storage/memory/memory-decision-log.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";

describe("a turn whose record the disk refused", () => {
  let gateway: Gateway;
  let diskFull = false;
  beforeAll(async () => {
    const memory = createMemoryDecisionLogBackend();
    const backend: DecisionLogBackend = {
      ...memory,
      insertNow(records) {
        if (diskFull) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
        void memory.insertMany(records);
      },
    };
    gateway = await startGateway({ app: { decisionLog: createDecisionLog({ backend, durable: true, flushIntervalInMs: 20 }) } });
  });
  afterAll(async () => gateway.close());

  const chat = (session: string, stream = false): Promise<Response> =>
    fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-switchyard-session": session },
      body: JSON.stringify({ model: MODEL, stream, messages: [{ role: "user", content: `hello from ${session}` }] }),
    });
  const respond = (body: Record<string, unknown>): Promise<Response> =>
    fetch(`${gateway.url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, ...body }) });

  it("remembers neither the conversation's model nor the Responses answer", async () => {
    // Control: a durable turn is remembered, and its response can be continued.
    await (await chat("control")).text();
    expect((await chat("control")).headers.get("x-switchyard-affinity")).toBe("hit");
    const stored = await respond({ input: "remember me" });
    expect(stored.status).toBe(200);
    const storedId = ((await stored.json()) as { id: string }).id;
    expect((await respond({ input: "and then?", previous_response_id: storedId })).status).toBe(200);

    diskFull = true;
    const plain = await chat("refused-json");
    expect(plain.status).toBe(503);
    await plain.text();
    const streamed = await (await chat("refused-stream", true)).text();
    expect(streamed).toContain("storage_unavailable");
    const refused = await respond({ input: "forget me" });
    expect(refused.status).toBe(503);
    const refusedId = `resp_${refused.headers.get("x-switchyard-decision-id") ?? ""}`;
    diskFull = false;

    for (const session of ["refused-json", "refused-stream"]) {
      const next = await chat(session);
      expect(next.status).toBe(200);
      expect(next.headers.get("x-switchyard-affinity"), session).toBe("new");
    }
    const continued = await respond({ input: "and then?", previous_response_id: refusedId });
    expect(continued.status).toBe(400);
    expect(await continued.json()).toMatchObject({ error: { code: "previous_response_not_found" } });
  });
});
