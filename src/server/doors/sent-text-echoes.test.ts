/**
 * What a caller sent and a door error repeats (a response id, an input item id, an include value, a field
 * or item key) is escaped as quoteSentText escapes it, keeping the door's own quotes: a direction override, a C1
 * control or a line separator in it was printed raw into the message, where a log reader or a terminal acts on it,
 * and a long name was cut in the middle of a surrogate pair (round 24).
 * @module
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../create-app.js";
import { defaultConfig } from "../../config/index.js";
import { builtinCatalog } from "../../catalog/index.js";
import { invalidRequestOf } from "../../../test/support/invalid-request.js";
import { assertIncludables, inputItemPage } from "./responses/input-item-page.js";
import { assertKnownResponsesFields } from "./responses/responses-fields.js";
import { assertKnownItemKeys } from "./responses/responses-item-keys.js";
import type { UpstreamClient } from "../../upstream/index.js";

/** Characters JSON leaves raw that a terminal or a log reader acts on. */
const ACTED_ON = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("the Responses door's echoes of what was sent", () => {
  it("an unknown top-level field, and an input item's unknown key, are escaped and cut whole", () => {
    const field = invalidRequestOf(() => assertKnownResponsesFields({ "mod\u202eel": 1 }));
    expect(field.message).toContain("'mod\\u202eel'");
    expect(field.message).not.toMatch(ACTED_ON);
    const long = invalidRequestOf(() => assertKnownResponsesFields({ [`${"a".repeat(63)}😀`]: 1 }));
    expect(long.message).not.toMatch(ACTED_ON);
    expect(long.param).not.toMatch(ACTED_ON);
    const key = invalidRequestOf(() => assertKnownItemKeys([{ type: "message", role: "user", content: "hi", "x\u2028y": 1 }]));
    expect(key.message).not.toMatch(ACTED_ON);
    expect(key.message).toContain("x\\u2028y");
  });

  it("an input item id after= and an include value are escaped", () => {
    const after = invalidRequestOf(() => inputItemPage([], { after: "msg_\u009b31m" }));
    expect(after.message).not.toMatch(ACTED_ON);
    expect(after.message).toContain("'msg_\\u009b31m'");
    const include = invalidRequestOf(() => assertIncludables({ include: "x\u202e" }));
    expect(include.message).not.toMatch(ACTED_ON);
  });

  it("a response id the store does not hold is escaped in the 404 (GET, DELETE) and in previous_response_id's 400", async () => {
    const unusedUpstream = {} as UpstreamClient;
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    try {
      for (const method of ["GET", "DELETE"] as const) {
        const answer = await app.inject({ method, url: "/v1/responses/resp_%E2%80%AEx" });
        expect(answer.statusCode).toBe(404);
        const { message } = answer.json<{ error: { message: string } }>().error;
        expect(message).toContain("Response with id 'resp_\\u202ex'");
        expect(message).not.toMatch(ACTED_ON);
      }
      const previous = await app.inject({ method: "POST", url: "/v1/responses", headers: { "content-type": "application/json" }, payload: { model: "switchyard/auto", input: "hi", previous_response_id: "resp_\u2028x" } });
      expect(previous.statusCode).toBe(400);
      expect(previous.json<{ error: { message: string } }>().error.message).not.toMatch(ACTED_ON);
    } finally {
      await app.close();
    }
  });
});

describe("the chat door's echoes of what was sent", () => {
  it("a tool call id a tool message answers, and a tool name given twice, are escaped", async () => {
    const unusedUpstream = {} as UpstreamClient;
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    try {
      const send = async (payload: Record<string, unknown>) => {
        const answer = await app.inject({ method: "POST", url: "/v1/chat/completions", headers: { "content-type": "application/json" }, payload });
        expect(answer.statusCode).toBe(400);
        return answer.json<{ error: { message: string } }>().error.message;
      };
      const reply = await send({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }, { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: "{}" } }] }, { role: "tool", tool_call_id: "call_\u202e2", content: "x" }] });
      expect(reply).not.toMatch(ACTED_ON);
      const tool = { type: "function", function: { name: "f\u2028", parameters: { type: "object" } } };
      const twice = await send({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }], tools: [tool, tool] });
      expect(twice).not.toMatch(ACTED_ON);
    } finally {
      await app.close();
    }
  });
});

describe("the Messages door's echoes of what was sent", () => {
  it("an unknown field, a message's unknown key and a tool_use_id no call asked for are escaped and cut", async () => {
    const unusedUpstream = {} as UpstreamClient;
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    try {
      const send = async (payload: Record<string, unknown>) => {
        const answer = await app.inject({ method: "POST", url: "/v1/messages", headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, payload });
        expect(answer.statusCode).toBe(400);
        return answer.json<{ error: { message: string } }>().error.message;
      };
      const base = { model: "switchyard/auto", max_tokens: 100 };
      expect(await send({ ...base, messages: [{ role: "user", content: "hi" }], "x\u202e": 1 })).not.toMatch(ACTED_ON);
      expect(await send({ ...base, messages: [{ role: "user", content: "hi", "k\u2028": 1 }] })).not.toMatch(ACTED_ON);
      const stray = (id: string) => ({ ...base, messages: [{ role: "user", content: "hi" }, { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "f", input: {} }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "x" }, { type: "tool_result", tool_use_id: id, content: "y" }] }] });
      expect(await send(stray("toolu_\u202e2"))).not.toMatch(ACTED_ON);
      // A 100,000-character id was repeated whole.
      expect((await send(stray("t".repeat(100_000)))).length).toBeLessThan(2_000);
    } finally {
      await app.close();
    }
  });
});

describe("a tool_choice naming a tool not declared, at every door (round 24 review)", () => {
  it("repeats the name escaped and cut: it was printed raw and whole", async () => {
    const unusedUpstream = {} as UpstreamClient;
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream });
    try {
      const send = async (url: string, payload: Record<string, unknown>) => {
        const answer = await app.inject({ method: "POST", url, headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, payload });
        expect(answer.statusCode).toBe(400);
        return answer.json<{ error: { message: string } }>().error.message;
      };
      for (const name of ["f\u202eg", `${"n".repeat(100_000)}\u2028`]) {
        const chatTools = [{ type: "function", function: { name: "f", parameters: { type: "object" } } }];
        const chat = await send("/v1/chat/completions", { model: "switchyard/auto", messages: [{ role: "user", content: "hi" }], tools: chatTools, tool_choice: { type: "function", function: { name } } });
        const messages = await send("/v1/messages", { model: "switchyard/auto", max_tokens: 100, messages: [{ role: "user", content: "hi" }], tools: [{ name: "f", input_schema: { type: "object" } }], tool_choice: { type: "tool", name } });
        const responses = await send("/v1/responses", { model: "switchyard/auto", input: "hi", tools: [{ type: "function", name: "f", parameters: { type: "object" } }], tool_choice: { type: "function", name } });
        for (const message of [chat, messages, responses]) {
          expect(message).not.toMatch(ACTED_ON);
          expect(message.length).toBeLessThan(2_000);
        }
      }
    } finally {
      await app.close();
    }
  });
});

describe("an unknown task or tier, at every door (round 25)", () => {
  it("repeats the name escaped and cut whole: a direction override or a C1 control was printed raw", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: {} as UpstreamClient });
    try {
      const send = async (url: string, payload: Record<string, unknown>) => {
        const answer = await app.inject({ method: "POST", url, headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, payload });
        expect(answer.statusCode).toBe(400);
        return answer.json<{ error: { message: string } }>().error.message;
      };
      for (const name of ["a\u202eb\u009b31m", `${"n".repeat(63)}😀`]) {
        for (const switchyard of [{ tier: name }, { task: name }]) {
          const chat = await send("/v1/chat/completions", { model: "switchyard/auto", messages: [{ role: "user", content: "hi" }], switchyard });
          const messages = await send("/v1/messages", { model: "switchyard/auto", max_tokens: 100, messages: [{ role: "user", content: "hi" }], switchyard });
          const responses = await send("/v1/responses", { model: "switchyard/auto", input: "hi", switchyard });
          for (const message of [chat, messages, responses]) {
            expect(message).toMatch(/^Unknown (tier|task) "/);
            expect(message).not.toMatch(ACTED_ON);
          }
        }
      }
    } finally {
      await app.close();
    }
  });
});
