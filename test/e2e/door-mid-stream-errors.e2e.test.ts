/**
 * A stream that fails after content ends with each door's own error event, in that door's field names, and the real
 * SDKs surface it as their users read it. The engine's message names chat fields ("streamed past max_tokens"): the
 * Responses door's stream said `max_tokens` to a client that sent `max_output_tokens` (its refusals before the
 * stream already spoke its names, `door-error-field-names.e2e.test.ts`). The Messages `error` event carries the
 * request id in its body (`request_id`) as Anthropic's does (round 29).
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { MAX_CHARS_PER_TOKEN, OUTPUT_SLACK_CHARS } from "../../src/routing/fallback/output-bound.js";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL = "switchyard/tier/e2e";
const MAX_TOKENS = 50;

/**
 * A little content, then one content event past the output bound of `max_tokens` 50, then `[DONE]`: an upstream
 * ignoring its cap. The event past the bound is not relayed (round 24); what came before it is.
 */
function runaway(text: string): string {
  const { model } = JSON.parse(text) as { model: string };
  const content = "word ".repeat(Math.ceil((MAX_TOKENS * MAX_CHARS_PER_TOKEN + OUTPUT_SLACK_CHARS) / 5) + 100);
  const chunk = (piece: string) => ({ id: "gen-run", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
  return `data: ${JSON.stringify(chunk("word word "))}\n\ndata: ${JSON.stringify(chunk(content))}\n\ndata: [DONE]\n\n`;
}

/** A chat field name standing as a word, not as part of the door's own (`max_output_tokens`). */
const CHAT_MAX_TOKENS = /(?<![\w.])max_tokens(?!\w)/;

const the = useGatewayAnswering(runaway, { circuit_breaker: { failures: 100, window_ms: 60_000, cooldown_ms: 1_000 } });

describe("a stream cut mid-answer speaks the door's wire format and field names", () => {
  it("Responses, on the wire: `error` (flat, as documented, and nested, as the live API sends it) then `response.failed`, in OpenAI's codes and the door's names", async () => {
    const response = await fetch(`${the.gateway.url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, input: "Tell me a story.", max_output_tokens: MAX_TOKENS, stream: true }) });
    const events = (await response.text()).split("\n").filter((line) => line.startsWith("data: ")).map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>);
    const error = events.find((event) => event.type === "error");
    const failed = events.at(-1) as { type: string; response: OpenAI.Responses.Response } | undefined;
    if (error === undefined || failed?.type !== "response.failed") throw new Error(`expected error then response.failed, got ${events.map((event) => String(event.type)).join(", ")}`);
    // The gateway's own code (`http`, `timeout`, `storage_unavailable`) was here: OpenAI's is `server_error` (round 28).
    expect(error).toMatchObject({ code: "server_error", param: null, sequence_number: expect.any(Number), error: { type: "server_error", code: "server_error", param: null } });
    const message = error.message as string;
    expect((error.error as { message: string }).message).toBe(message);
    expect(message).toContain("streamed past max_output_tokens");
    expect(message).toContain(`for max_output_tokens ${MAX_TOKENS}`);
    expect(message).not.toMatch(CHAT_MAX_TOKENS);
    expect(failed.response.status).toBe("failed");
    expect(failed.response.error).toEqual({ code: "server_error", message });
    expect(events.some((event) => event.type === "response.completed")).toBe(false);
    // Not stored, and it says so: a client reading `store: true` would continue from an id the gateway never kept.
    expect((failed.response as unknown as { store: boolean }).store).toBe(false);
    const retrieved: unknown = await the.gateway.client.responses.retrieve(failed.response.id).catch((caught: unknown) => caught);
    expect(retrieved).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("Responses, iterated with the SDK: it throws an APIError with OpenAI's code, as it does on the live API's nested error event", async () => {
    const stream = await the.gateway.client.responses.create({ model: MODEL, input: "Tell me a story.", max_output_tokens: MAX_TOKENS, stream: true });
    const seen: string[] = [];
    const thrown = await (async () => {
      for await (const event of stream) seen.push(event.type);
    })().catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(OpenAI.APIError);
    expect(thrown).toMatchObject({ code: "server_error", type: "server_error", message: expect.stringContaining("max_output_tokens") });
    expect(seen).toContain("response.output_text.delta");
  });

  it("Responses, the SDK's stream helper: finalResponse() rejects with the APIError, in the door's names", async () => {
    const rejected: unknown = await the.gateway.client.responses.stream({ model: MODEL, input: "Tell me a story.", max_output_tokens: MAX_TOKENS }).finalResponse().catch((caught: unknown) => caught);
    expect(rejected).toBeInstanceOf(OpenAI.APIError);
    const { message } = rejected as { message: string };
    expect(message).toContain("max_output_tokens");
    expect(message).not.toMatch(CHAT_MAX_TOKENS);
  });

  it("Messages: the SDK throws Anthropic's `event: error` body (api_error), naming max_tokens, its own field", async () => {
    const stream = the.anthropic.messages.stream({ model: MODEL, max_tokens: MAX_TOKENS, messages: [{ role: "user", content: "Tell me a story." }] });
    let text = "";
    stream.on("text", (delta) => (text += delta));
    const rejected: unknown = await stream.finalMessage().catch((caught: unknown) => caught);
    if (!(rejected instanceof Anthropic.APIError)) throw new Error(`expected an APIError, got ${String(rejected)}`);
    expect(rejected.error).toMatchObject({ type: "error", error: { type: "api_error" } });
    // The live API's stream error event carries its request id (`request_id`), as its error bodies do (round 29).
    expect(rejected.requestID).toMatch(/^dec_/);
    expect((rejected.error as { request_id?: string }).request_id).toBe(rejected.requestID);
    expect((rejected.error as { error: { message: string } }).error.message).toContain(`for max_tokens ${MAX_TOKENS}`);
    // What was relayed before the cut reached the client's text handler.
    expect(text.startsWith("word word")).toBe(true);
  });
});
