/**
 * The Chat Completions door relays the upstream's answer, and relayed a `finish_reason` that is no string (`42`, an
 * object, `true`) as sent: a client reading it as Chat Completions specifies (a string, or null while a stream goes
 * on) could not tell how the answer ended, and typed clients fail on it. The Messages and Responses doors read such
 * a reason as the end of the turn (or of its tool calls); the chat door now says the same: `tool_calls` when the
 * choice called a tool, else `stop`. A string the upstream sends is still relayed as sent.
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

const REASONS: Record<string, unknown> = { NUMBER: 42, OBJECT: { why: "done" }, BOOLEAN: true, WORD: "eos" };
const CALL = { id: "call_a", type: "function", function: { name: "lookup", arguments: "{}" } };

function answer(text: string, stream: boolean): string {
  const word = Object.keys(REASONS).find((key) => text.includes(key)) ?? "NUMBER";
  const reason = REASONS[word];
  const calls = text.includes("CALLS");
  if (!stream) {
    const message = calls ? { role: "assistant", content: null, tool_calls: [CALL] } : { role: "assistant", content: "Hi" };
    return JSON.stringify({ id: "gen-f", object: "chat.completion", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, message, finish_reason: reason }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } });
  }
  const chunk = (delta: Record<string, unknown>, finish: unknown): string => `data: ${JSON.stringify({ id: "gen-f", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const content = calls ? chunk({ role: "assistant", tool_calls: [{ index: 0, ...CALL }] }, null) : chunk({ role: "assistant", content: "Hi" }, null);
  return `${content}${chunk({}, reason)}data: ${JSON.stringify({ id: "gen-f", object: "chat.completion.chunk", choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } })}\n\ndata: [DONE]\n\n`;
}

const the = useGatewayAnswering(answer);

async function finishReasons(word: string, stream: boolean): Promise<unknown[]> {
  const tools = [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }];
  const response = await fetch(`${the.gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", stream, tools, messages: [{ role: "user", content: word }] }) });
  expect(response.status).toBe(200);
  const text = await response.text();
  if (!stream) return (JSON.parse(text) as { choices: { finish_reason: unknown }[] }).choices.map((choice) => choice.finish_reason);
  const chunks = text.split("\n\n").filter((event) => event.startsWith("data: {")).map((event) => JSON.parse(event.slice(6)) as { choices: { finish_reason: unknown }[] });
  return chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.finish_reason)).filter((reason) => reason !== null);
}

describe("/v1/chat/completions: a finish_reason that is no string", () => {
  for (const stream of [false, true]) {
    for (const word of ["NUMBER", "OBJECT", "BOOLEAN"]) {
      it(`${word}, stream ${stream}: stop after text, tool_calls after a call`, async () => {
        expect(await finishReasons(word, stream)).toEqual(["stop"]);
        expect(await finishReasons(`${word} CALLS`, stream)).toEqual(["tool_calls"]);
      });
    }
    it(`a string, stream ${stream}: relayed as sent`, async () => {
      expect(await finishReasons("WORD", stream)).toEqual(["eos"]);
    });
  }
});
