/**
 * Walking journey 3: an agent's streamed turn fails after a function call was sent (the upstream drops the
 * connection), and the agent loop, as loops do, continues from the response it got. A failed response is not stored,
 * so the continuation is refused; it was told "not found ... only when `store` is not false", which reads as an expired
 * or mistyped id. It is now told the response failed, and what to send instead.
 */
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL = "switchyard/tier/e2e";
const TOOL = { type: "function" as const, name: "read_file", parameters: { type: "object" }, strict: false };

/** A function call, then the stream ends without a finish or [DONE]: cut after content. */
function answer(text: string): string {
  const { model } = JSON.parse(text) as { model: string };
  const call = { index: 0, id: "call_r1", type: "function", function: { name: "read_file", arguments: '{"path":"a.txt"}' } };
  return `data: ${JSON.stringify({ id: "gen-f", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: { role: "assistant", tool_calls: [call] }, finish_reason: null }] })}\n\n`;
}

const the = useGatewayAnswering(answer);

describe("continuing a response that failed", () => {
  it("is refused with the reason (it failed, so it was never stored) and what to send instead", async () => {
    const client = the.gateway.client;
    const stream = await client.responses.create({ model: MODEL, input: "Read a.txt.", tools: [TOOL], stream: true });
    // The SDK throws at the stream's `error` event, as on the live API (round 28): the id is the one `response.created` gave.
    let failed: OpenAI.Responses.Response | undefined;
    const thrown = await (async () => {
      for await (const event of stream) if (event.type === "response.created") failed = event.response;
    })().catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(OpenAI.APIError);
    expect(failed?.id).toMatch(/^resp_/);
    const output = [{ type: "function_call_output" as const, call_id: "call_r1", output: "hello" }];
    const error = await client.responses.create({ model: MODEL, previous_response_id: failed?.id ?? "", input: output, tools: [TOOL] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    const message = (error as InstanceType<typeof OpenAI.APIError>).message;
    expect(message).toContain("failed");
    expect(message).toContain("Send the conversation so far as `input` instead.");
    expect(message).not.toContain("not found");
  });
});
