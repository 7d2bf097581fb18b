/**
 * Fields the gateway checks at its edge instead of forwarding garbage: `stop` (a string or at most 4 strings, none
 * empty; Messages' `stop_sequences` none blank) and
 * `top_logprobs` (0–20) are refused with a 400 in the OpenAI envelope naming the field, before any upstream call;
 * `tools: null`, `tool_choice: null` and `response_format: null` (sent by clients serializing an unset field) read as
 * absent, on every door; an empty `x-switchyard-task` header reads as no header.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

interface Answer {
  status: number;
  json: { error?: { message: string; type: string; code: string | null; param: string | null } };
}

describe("request fields checked at the edge", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => gateway.simulator.reset());

  const post = async (body: unknown, path = "/v1/chat/completions", headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    // An event stream's body is not JSON: only its status is looked at.
    const json = response.headers.get("content-type")?.includes("json") === true ? ((await response.json()) as Answer["json"]) : (await response.text(), {});
    return { status: response.status, json };
  };

  it("refuses a bad stop with a 400 naming it, before any upstream call, and takes the good ones", async () => {
    for (const stop of [["a", "b", "c", "d", "e"], 42, [1], ["ok", null], { text: "x" }]) {
      for (const stream of [false, true]) {
        const { status, json } = await post(ask(undefined, { stop, stream }));
        expect(status, JSON.stringify(stop)).toBe(400);
        expect(json.error).toMatchObject({ type: "invalid_request_error", code: "invalid_request", param: expect.stringMatching(/^stop/) });
        expect(json.error?.message).toContain("at most 4 strings");
      }
    }
    expect(gateway.simulator.calls).toEqual([]);
    for (const stop of ["\n", ["a", "b", "c", "d"], [], null]) expect((await post(ask(undefined, { stop }))).status, JSON.stringify(stop)).toBe(200);
  });

  it("refuses an empty stop sequence (chat) and an empty or blank one (Messages, Anthropic's rule) with a 400 naming it", async () => {
    for (const stop of ["", [""], ["ok", ""]]) {
      const { status, json } = await post(ask(undefined, { stop }));
      expect(status, JSON.stringify(stop)).toBe(400);
      expect(json.error).toMatchObject({ type: "invalid_request_error", param: expect.stringMatching(/^stop/), message: expect.stringContaining("none of them empty") });
    }
    for (const stopSequences of [[""], ["ok", " \n\t"]]) {
      const response = await fetch(`${gateway.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 50, stop_sequences: stopSequences, messages: [{ role: "user", content: "hello" }] }) });
      expect(response.status, JSON.stringify(stopSequences)).toBe(400);
      expect(await response.json()).toEqual({ type: "error", error: { type: "invalid_request_error", message: expect.stringMatching(/stop_sequences\[\d\].*non-whitespace/) }, request_id: expect.stringMatching(/^dec_/) });
    }
    expect(gateway.simulator.calls).toEqual([]);
    expect((await post(ask(undefined, { stop: [" ", "\n"] }))).status).toBe(200);
  });

  it("refuses top_logprobs outside 0–20 (or not a whole number) with a 400 naming it, and takes 0 and 20", async () => {
    for (const topLogprobs of [21, -1, 1.5, "5"]) {
      const { status, json } = await post(ask(undefined, { logprobs: true, top_logprobs: topLogprobs }));
      expect(status, String(topLogprobs)).toBe(400);
      expect(json.error).toMatchObject({ type: "invalid_request_error", param: "top_logprobs", message: expect.stringContaining("integer from 0 to 20") });
    }
    expect(gateway.simulator.calls).toEqual([]);
    for (const topLogprobs of [0, 20, null]) expect((await post(ask(undefined, { logprobs: true, top_logprobs: topLogprobs }))).status).toBe(200);
  });

  it("reads tools: null as no tools on every door, and leaves it out upstream (short and long bodies)", async () => {
    for (const content of ["hello", "a long prompt ".repeat(200)]) {
      const { status } = await post({ ...ask(content), tools: null });
      expect(status).toBe(200);
      expect(gateway.simulator.calls.at(-1)?.body).not.toHaveProperty("tools");
    }
    const messages = await post({ model: "switchyard/tier/e2e", max_tokens: 50, tools: null, messages: [{ role: "user", content: "hello" }] }, "/v1/messages");
    expect(messages.status).toBe(200);
    const responses = await post({ model: "switchyard/tier/e2e", tools: null, input: "hello" }, "/v1/responses");
    expect(responses.status).toBe(200);
    expect(gateway.simulator.calls.map((call) => call.body)).not.toContainEqual(expect.objectContaining({ tools: expect.anything() }));
  });

  it("reads response_format: null and tool_choice: null as absent on every door, and leaves them out upstream (short and long bodies)", async () => {
    for (const content of ["hello", "a long prompt ".repeat(200)]) {
      for (const stream of [false, true]) {
        const chat = await post({ ...ask(content), stream, response_format: null, tool_choice: null, tools: null });
        expect(chat.status, JSON.stringify(chat.json)).toBe(200);
        const sent = gateway.simulator.calls.at(-1)?.body;
        expect(sent).not.toHaveProperty("response_format");
        expect(sent).not.toHaveProperty("tool_choice");
      }
    }
    const messages = await post({ model: "switchyard/tier/e2e", max_tokens: 50, tool_choice: null, output_format: null, messages: [{ role: "user", content: "hello" }] }, "/v1/messages");
    expect(messages.status, JSON.stringify(messages.json)).toBe(200);
    const responses = await post({ model: "switchyard/tier/e2e", tool_choice: null, text: { format: null }, input: "hello" }, "/v1/responses");
    expect(responses.status, JSON.stringify(responses.json)).toBe(200);
    for (const call of gateway.simulator.calls) {
      expect(call.body).not.toHaveProperty("response_format");
      expect(call.body).not.toHaveProperty("tool_choice");
    }
  });

  it("reads an empty x-switchyard-task header as none, on every door; a named unknown task is still a 400", async () => {
    for (const value of ["", "   "]) {
      const chat = await post(ask(), "/v1/chat/completions", { "x-switchyard-task": value });
      expect(chat.status, JSON.stringify(chat.json)).toBe(200);
      expect((await post({ model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "hi" }] }, "/v1/messages", { "x-switchyard-task": value })).status).toBe(200);
      expect((await post({ model: "switchyard/tier/e2e", input: "hi" }, "/v1/responses", { "x-switchyard-task": value })).status).toBe(200);
    }
    expect(gateway.simulator.calls.at(-1)?.model).toBe(CHAIN[0]);
    const unknown = await post({ ...ask(), model: "switchyard/auto" }, "/v1/chat/completions", { "x-switchyard-task": "nonsense" });
    expect(unknown.status).toBe(400);
  });

  it("refuses a task header naming no task when the body names one too, on every door, listing the valid names", async () => {
    const bodies: [string, object][] = [
      ["/v1/chat/completions", { ...ask(), model: "switchyard/task/probe" }],
      ["/v1/chat/completions", { ...ask(), model: "switchyard/auto", switchyard: { task: "probe" } }],
      ["/v1/messages", { model: "switchyard/task/probe", max_tokens: 50, messages: [{ role: "user", content: "hi" }] }],
      ["/v1/responses", { model: "switchyard/auto", switchyard: { task: "probe" }, input: "hi" }],
    ];
    for (const [path, body] of bodies) {
      const answer = await post(body, path, { "x-switchyard-task": "probee" });
      expect(answer.status, `${path} ${JSON.stringify(answer.json)}`).toBe(400);
      expect(JSON.stringify(answer.json)).toMatch(/Unknown task \\"probee\\" in the x-switchyard-task header\. Valid tasks: .*probe/);
      // A valid header beside the body's task is still a default the body overrides.
      expect((await post(body, path, { "x-switchyard-task": "code_generation" })).status).toBe(200);
    }
    expect(gateway.simulator.calls).toHaveLength(4);
  });
});
