/**
 * `switchyard.resume` continues a cut stream on the next model with the text sent so far as an assistant prefill. A
 * tool call cannot be prefilled: when the cut fell after a tool call's first delta, the next model started the call
 * again, and every door joined the two into one call whose arguments were neither model's (`{"ci{"city":"Paris"}`,
 * marked completed, `stop_reason: tool_use`): a client would run a tool on broken arguments. A stream that has sent
 * a tool call now ends on the door's error event when it is cut, resume or not, as a stream without resume does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "./gateway-harness.js";
import { startGatewayBehind } from "./gateway-behind.js";

const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
  `data: ${JSON.stringify({ id: "gen-r", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const call = (args: string): Record<string, unknown> => ({ tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "lookup", arguments: args } }] });

let gateway: Gateway;
let calls = 0;
beforeAll(async () => {
  gateway = await startGatewayBehind((request, response) => {
    request.resume();
    request.on("end", () => {
      calls += 1;
      response.writeHead(200, { "content-type": "text/event-stream" });
      // Every other call is cut inside the call's arguments; the one after it answers whole.
      if (calls % 2 === 1) {
        response.write(chunk({ role: "assistant", content: "Let me look." }) + chunk(call('{"ci')));
        setTimeout(() => response.destroy(), 30);
        return;
      }
      response.end(chunk({ role: "assistant", content: " Looking." }) + chunk(call('{"city":"Paris"}')) + chunk({}, "tool_calls") + "data: [DONE]\n\n");
    });
  }, { circuit_breaker: { failures: 1000, window_ms: 60_000, cooldown_ms: 1_000 } });
});
afterAll(() => gateway.close());

const DOORS: [string, string, Record<string, unknown>, RegExp][] = [
  ["chat", "/v1/chat/completions", { messages: [{ role: "user", content: "Weather?" }], tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }] }, /"finish_reason":"error"/],
  ["messages", "/v1/messages", { max_tokens: 100, messages: [{ role: "user", content: "Weather?" }], tools: [{ name: "lookup", input_schema: { type: "object" } }] }, /event: error/],
  ["responses", "/v1/responses", { input: "Weather?", tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] }, /event: response\.failed/],
];

describe("a resumable stream cut inside a tool call", () => {
  for (const [door, path, body, errorEnd] of DOORS) {
    it(`${door}: ends on its error event, never a call joined from two models`, async () => {
      calls = 0;
      const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", stream: true, switchyard: { resume: true }, ...body }) });
      const text = await response.text();
      expect(text).toMatch(errorEnd);
      expect(text).not.toContain("Paris");
      expect(calls).toBe(1);
    });
  }
});
