/**
 * An upstream (or a proxy before it) that ignores `stream: true` and answers a whole JSON completion: each door fails
 * the attempt over as malformed, and charges it its worst case, as a whole answer that cannot be read is charged: the
 * model generated it and the upstream bills it. Before, these attempts were released, so the ledger and the record
 * said nothing was spent. A JSON error object is not an answer and stays uncharged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGatewayBehind } from "./gateway-behind.js";
import type { Gateway } from "./gateway-harness.js";

const completion = (model: string): string =>
  JSON.stringify({
    id: "gen-whole",
    object: "chat.completion",
    created: 1,
    model,
    choices: [{ index: 0, message: { role: "assistant", content: "A whole answer, not a stream." }, finish_reason: "stop" }],
    usage: { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 },
  });

let gateway: Gateway;
let guard: TrackingSpendGuard;

beforeAll(async () => {
  guard = trackingSpendGuard();
  gateway = await startGatewayBehind(
    (request, response) => {
      let text = "";
      request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
      request.on("end", () => {
        const { model } = JSON.parse(text) as { model: string };
        response.writeHead(200, { "content-type": "application/json" });
        response.end(text.includes("ERROR_OBJECT") ? JSON.stringify({ error: { code: 503, message: "no provider" } }) : completion(model));
      });
    },
    // Every attempt here fails: the circuits stay closed so each door's case tries the whole chain.
    { circuit_breaker: { failures: 100 } },
    { spendGuard: guard },
  );
});
afterAll(async () => {
  await gateway.close();
});

const DOORS: [string, Record<string, unknown>][] = [
  ["/v1/chat/completions", { model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "hi" }] }],
  ["/v1/messages", { model: "switchyard/tier/e2e", stream: true, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }],
  ["/v1/responses", { model: "switchyard/tier/e2e", stream: true, input: "hi" }],
];

describe("a whole JSON answer where an event stream was asked for", () => {
  it.each(DOORS)("%s: a 502 saying so, each attempt charged its worst case, the record's cost the ledger's", async (path, body) => {
    const settledBefore = guard.settled.length;
    const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status).toBe(502);
    expect(await response.text()).toContain("a JSON body where an event stream was asked for");
    const record = gateway.records.at(-1);
    expect(record?.attempts.map((attempt) => attempt.errorType)).toEqual(["malformed", "malformed", "malformed"]);
    const settles = guard.settled.slice(settledBefore);
    expect(settles).toHaveLength(3);
    expect(settles.every((settle) => settle.actualUsd > 0)).toBe(true);
    expect(record?.costUsd).toBeCloseTo(settles.reduce((sum, settle) => sum + settle.actualUsd, 0), 12);
    expect(guard.open.size).toBe(0);
  });

  it("an error object in a JSON body is no answer: nothing charged", async () => {
    const settledBefore = guard.settled.length;
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "ERROR_OBJECT" }] }),
    });
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(guard.settled.length).toBe(settledBefore);
    expect(gateway.records.at(-1)?.costUsd).toBe(0);
    expect(guard.open.size).toBe(0);
  });
});
