/**
 * A stream that opens a tool call, then sends text, then is cut. The Messages and Responses doors hold what comes
 * after an open tool call until the call ends (answer-order.ts); a cut ended the stream on its error with the held
 * text never written, though it was generated, charged, and is in the record.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "./gateway-harness.js";
import { startGatewayBehind } from "./gateway-behind.js";

const HELD_TEXT = "Looking that up for you now.";

function cutStream(): string {
  const chunk = (delta: Record<string, unknown>): string =>
    `data: ${JSON.stringify({ id: "gen-cut", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;
  return (
    chunk({ role: "assistant", tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "lookup", arguments: '{"city":"Paris"}' } }] }) +
    chunk({ content: HELD_TEXT })
  );
}

let gateway: Gateway;

beforeAll(async () => {
  gateway = await startGatewayBehind((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      // Cut: the socket ends with neither a finish_reason nor [DONE].
      response.write(cutStream(), () => setTimeout(() => response.socket?.destroy(), 20));
    });
  });
});
afterAll(() => gateway.close());

async function post(path: string, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return response.text();
}

describe("text after an open tool call, then a cut", () => {
  it("Messages: the text is written before the error event", async () => {
    const text = await post("/v1/messages", { model: "switchyard/tier/e2e", stream: true, max_tokens: 100, messages: [{ role: "user", content: "Where?" }], tools: [{ name: "lookup", input_schema: { type: "object" } }] });
    expect(text).toContain("event: error");
    expect(text).toContain(HELD_TEXT);
    expect(text.indexOf(HELD_TEXT)).toBeLessThan(text.indexOf("event: error"));
  });

  it("Responses: the text is written, and is in the failed response's output", async () => {
    const text = await post("/v1/responses", { model: "switchyard/tier/e2e", stream: true, input: "Where?", tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] });
    const failed = text.split("\n").filter((line) => line.startsWith("data: ")).map((line) => JSON.parse(line.slice(6)) as { type: string; response?: { output: unknown[] } }).find((event) => event.type === "response.failed");
    expect(failed).toBeDefined();
    expect(JSON.stringify(failed?.response?.output)).toContain(HELD_TEXT);
    expect(JSON.stringify(failed?.response?.output)).toContain("call_a");
    expect(text.indexOf(HELD_TEXT)).toBeLessThan(text.indexOf("response.failed"));
  });
});
