/**
 * Each door names its answers and refusals by a request id in the header its real API uses, so the SDKs' own
 * `_request_id` / `request_id` and an error's `requestID` are set, as clients log them against the real APIs: Anthropic's
 * `request-id` on the Messages door, OpenAI's `x-request-id` on the Chat and Responses doors (round 27). They were
 * null; the id is the decision's (`x-switchyard-decision-id`), which the log and feedback look up.
 */
import { describe, expect, it } from "vitest";
import { CHAIN } from "./gateway-harness.js";
import { useGateway } from "./gateway-fixture.js";

const user = [{ role: "user" as const, content: "Say hello." }];
const the = useGateway();

describe("the request id each SDK reads", () => {
  it("Messages: request-id, on an answer, a stream and a refusal", async () => {
    const { data, request_id, response } = await the.anthropic.messages.create({ model: "switchyard/tier/e2e", max_tokens: 50, messages: user }).withResponse();
    expect(request_id).toMatch(/^dec_/);
    expect(request_id).toBe(response.headers.get("x-switchyard-decision-id"));
    expect((data as { _request_id?: string | null })._request_id).toBe(request_id);
    const stream = the.anthropic.messages.stream({ model: "switchyard/tier/e2e", max_tokens: 50, messages: user });
    await stream.finalMessage();
    expect(stream.request_id).toMatch(/^dec_/);
    const refused = await the.anthropic.messages.create({ model: "switchyard/tier/nope", max_tokens: 50, messages: user }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400, requestID: expect.stringMatching(/^dec_/) });
    expect(the.gateway.records.some((record) => record.id === (refused as { requestID: string }).requestID)).toBe(true);
    // Anthropic repeats it in the error body, which clients such as Claude Code print.
    expect((refused as { error: { request_id?: string } }).error.request_id).toBe((refused as { requestID: string }).requestID);
  });

  it("Chat and Responses: x-request-id, on an answer and a refusal", async () => {
    const chat = await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", messages: user }).withResponse();
    expect(chat.request_id).toMatch(/^dec_/);
    expect(chat.request_id).toBe(chat.response.headers.get("x-switchyard-decision-id"));
    const responses = await the.gateway.client.responses.create({ model: "switchyard/tier/e2e", input: "Say hello." });
    expect(responses._request_id).toMatch(/^dec_/);
    const refused = await the.gateway.client.responses.create({ model: "switchyard/tier/nope", input: "Say hello." }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400, requestID: expect.stringMatching(/^dec_/) });
  });

  it("names the gateway's log line of a failed request, so the id a client reports finds the failure's causes (review)", async () => {
    for (const model of CHAIN) the.gateway.simulator.setFault(model, "unavailable");
    try {
      const failed = await the.anthropic.messages.create({ model: "switchyard/tier/e2e", max_tokens: 50, messages: user }).catch((error: unknown) => error);
      const requestId = (failed as { requestID?: string }).requestID;
      expect(requestId).toMatch(/^dec_/);
      const line = the.gateway.logs.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.level === 40 && entry.code === "all_attempts_failed");
      expect(line).toMatchObject({ requestId });
    } finally {
      the.gateway.simulator.reset();
      the.gateway.holds.clear();
    }
  });
});
