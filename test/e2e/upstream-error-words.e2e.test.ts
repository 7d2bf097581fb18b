/**
 * An upstream's own words in a gateway error (a 4xx's message, an `error` object in a 200 or a stream chunk) come from
 * a party the gateway does not control, and a provider may echo the caller's input in them. They reached the client
 * raw and whole: a direction override, a C1 control (NEL) and a line break in 5,000 characters came back as sent
 * (round 27), though a gateway message quoting one keeps it on a line of its own and no caller's text reaches a
 * message unescaped or whole (round 26). Now escaped and cut, at all three doors, streamed and whole.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGatewayBehind } from "./gateway-behind.js";
import type { Gateway } from "./gateway-harness.js";

const HOSTILE = `bad \u202eevil\u0085NEL\nforged line\u2028 ${"x".repeat(5_000)}`;
const ACTED_ON = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function answer(request: IncomingMessage, response: ServerResponse): void {
  let text = "";
  request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
  request.on("end", () => {
    const { messages, stream } = JSON.parse(text) as { messages: { content: string }[]; stream?: boolean };
    const how = JSON.stringify(messages) + (stream === true ? " stream" : "");
    const error = { error: { code: 400, message: HOSTILE, metadata: { provider_name: "P\u202eX", raw: HOSTILE } } };
    if (how.includes("as-page")) {
      // Not JSON: its first bytes are quoted in the attempt's failure ("the body is not JSON (…)").
      response.writeHead(200, { "content-type": how.includes("stream") ? "text/event-stream" : "application/json" });
      response.end(how.includes("stream") ? `data: {\u202e\u0085\n${HOSTILE}\n\n` : `\u202e\u0085 not json\n${HOSTILE}`);
      return;
    }
    if (how.includes("as-200")) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(error));
      return;
    }
    response.writeHead(400, { "content-type": "application/json" });
    response.end(JSON.stringify(error));
  });
}

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGatewayBehind(answer, { circuit_breaker: { failures: 1_000 } });
});
afterAll(async () => gateway.close());

const BODIES: Record<string, (text: string, stream: boolean) => object> = {
  "/v1/chat/completions": (text, stream) => ({ stream, messages: [{ role: "user", content: text }] }),
  "/v1/messages": (text, stream) => ({ stream, max_tokens: 50, messages: [{ role: "user", content: text }] }),
  "/v1/responses": (text, stream) => ({ stream, input: text }),
};

describe("an upstream's words in an error", () => {
  for (const [path, body] of Object.entries(BODIES)) {
    for (const how of ["as-4xx", "as-200", "as-page"]) {
      for (const stream of [false, true]) {
        it(`reach the client escaped and cut at ${path} (${how}, ${stream ? "streamed" : "whole"})`, async () => {
          const response = await fetch(`${gateway.url}${path}`, {
            method: "POST",
            headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
            body: JSON.stringify({ model: "switchyard/tier/e2e", ...body(how, stream) }),
          });
          const text = await response.text();
          if (how === "as-page") expect([502, 503]).toContain(response.status);
          else expect(response.status).toBe(400);
          const message = (JSON.parse(text) as { error: { message: string } }).error.message;
          expect(message).toContain(how === "as-page" ? "not JSON" : "bad ");
          expect(message).not.toMatch(ACTED_ON);
          // The gateway's own message gives each attempt a line (three here): the upstream's words add none.
          expect(message.split("\n").length).toBeLessThanOrEqual(how === "as-page" ? 4 : 1);
          expect(text.length).toBeLessThan(4_000);
        });
      }
    }
  }
});
