/**
 * An upstream whose tool call's name is not a string (`42`, `null`, missing), or whose message is no message (`null`,
 * a string, content `42`, tool_calls an object). No client can use such an answer: Chat Completions passed it through
 * as sent, the Messages door answered an empty text with `end_turn` (or `tool_use` without a tool_use block), the
 * Responses door an answer with no output. Every door now treats it as a malformed answer: the attempt fails and the
 * next model is tried; here every model answers so, and the client gets a 502 that says why. A streamed call whose
 * first delta names no tool (missing, null) ends the stream on an error: the doors started a call named "".
 */
import { describe, expect, it } from "vitest";
import { CHAIN } from "./gateway-harness.js";
import { useGatewayAnswering } from "./gateway-fixture.js";

const NAMES: Record<string, unknown> = { NUMBER: 42, NULL: null, OBJECT: { value: "lookup" } };

function nameIn(text: string): { name?: unknown } {
  const key = Object.keys(NAMES).find((word) => text.includes(word)) ?? "MISSING";
  return key === "MISSING" ? {} : { name: NAMES[key] };
}

/** Messages that are none, by the word the request carries. */
const MESSAGES: Record<string, unknown> = {
  MESSAGE_NULL: null,
  MESSAGE_STRING: "hello",
  CONTENT_NUMBER: { role: "assistant", content: 42 },
  CALLS_OBJECT: { role: "assistant", content: null, tool_calls: { id: "call_a" } },
};

function wholeAnswer(name: { name?: unknown }, text = ""): string {
  const word = Object.keys(MESSAGES).find((key) => text.includes(key));
  const message = word ? MESSAGES[word] : { role: "assistant", content: null, tool_calls: [{ id: "call_a", type: "function", function: { ...name, arguments: "{}" } }] };
  return JSON.stringify({ id: "gen-name", object: "chat.completion", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, message, finish_reason: "tool_calls" }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } });
}

function streamedAnswer(name: { name?: unknown }): string {
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    `data: ${JSON.stringify({ id: "gen-name", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return chunk({ role: "assistant", content: "Let me look." }) + chunk({ tool_calls: [{ index: 0, id: "call_a", type: "function", function: { ...name, arguments: "{}" } }] }) + chunk({}, "tool_calls") + "data: [DONE]\n\n";
}


const the = useGatewayAnswering((text, stream) => stream ? streamedAnswer(nameIn(text)) : wholeAnswer(nameIn(text), text), { circuit_breaker: { failures: 1000, window_ms: 60_000, cooldown_ms: 1_000 } });

const DOORS: [string, string, (word: string) => Record<string, unknown>][] = [
  ["chat", "/v1/chat/completions", (word) => ({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: word }], tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }] })],
  ["messages", "/v1/messages", (word) => ({ model: "switchyard/tier/e2e", max_tokens: 100, messages: [{ role: "user", content: word }], tools: [{ name: "lookup", input_schema: { type: "object" } }] })],
  ["responses", "/v1/responses", (word) => ({ model: "switchyard/tier/e2e", input: word, tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] })],
];

describe("a tool call whose name is not a string", () => {
  it.each(DOORS)("%s: a whole answer is a malformed one, in every door: each model tried, then a 502 that says why", async (_door, path, body) => {
    for (const word of [...Object.keys(NAMES), "MISSING"]) {
      const response = await fetch(`${the.gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body(word)) });
      const text = await response.text();
      expect({ word, status: response.status }).toEqual({ word, status: 502 });
      expect(text).toContain("tool call's name");
      expect(the.gateway.records.at(-1)?.attempts.map((attempt) => attempt.model)).toEqual([...CHAIN]);
    }
  });

  it.each(DOORS)("%s: a message that is none is a malformed answer too, with a 502 that says why", async (_door, path, body) => {
    const reasons = { MESSAGE_NULL: "message is null", MESSAGE_STRING: "message is a string", CONTENT_NUMBER: "content is a number", CALLS_OBJECT: "tool_calls is an object" };
    for (const [word, reason] of Object.entries(reasons)) {
      const response = await fetch(`${the.gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body(word)) });
      expect({ word, status: response.status }).toEqual({ word, status: 502 });
      expect(await response.text()).toContain(reason);
    }
  });

  /** Streams `word`'s answer through the door and checks the stream ends on an error saying `says`, never as finished. */
  async function expectStreamEndsOnError(path: string, body: (word: string) => Record<string, unknown>, word: string, says: string): Promise<string> {
    const response = await fetch(`${the.gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body(word), stream: true }) });
    const text = await response.text();
    expect(text, word).toContain(says);
    for (const finished of ["[DONE]", "message_stop", "response.completed"]) expect(text, word).not.toContain(finished);
    return text;
  }

  it.each(DOORS)("%s: a streamed call named so ends the stream on an error, never as a finished answer", async (_door, path, body) => {
    for (const word of Object.keys(NAMES).filter((key) => key !== "NULL")) await expectStreamEndsOnError(path, body, word, "tool call's name");
  });

  it.each(DOORS)("%s: a streamed call whose first delta names no tool (missing, null) ends the stream on an error, never as a call named \"\"", async (_door, path, body) => {
    for (const word of ["MISSING", "NULL"]) expect(await expectStreamEndsOnError(path, body, word, "names no tool"), word).not.toContain('"name":""');
  });
});
