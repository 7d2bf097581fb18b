/**
 * An upstream that thinks before it answers and sends no usage. Reasoning is output the provider bills, so the
 * estimate the answer is charged on (about four characters a token) counts it, whole and streamed, at every door
 * (it counted only the answer's text: 4,000 characters of thinking were charged as nothing).
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

// 960 characters: within the tier's max_tokens (300) at four characters a token, which caps an estimate (round 26 review).
const THOUGHT = "Weighing the options carefully. ".repeat(30);
const ANSWER = "Yes."; // 4 characters
const EXPECTED_OUTPUT_TOKENS = Math.ceil((THOUGHT.length + ANSWER.length) / 4);

function chunk(delta: Record<string, unknown>, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id: "gen-r", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
}

function answer(_text: string, stream: boolean): string {
  if (stream) return chunk({ role: "assistant", reasoning: THOUGHT.slice(0, 480) }) + chunk({ reasoning: THOUGHT.slice(480) }) + chunk({ content: ANSWER }) + chunk({}, "stop") + "data: [DONE]\n\n";
  return JSON.stringify({ id: "gen-r", object: "chat.completion", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, message: { role: "assistant", content: ANSWER, reasoning: THOUGHT }, finish_reason: "stop" }] });
}

const the = useGatewayAnswering(answer);

const MODEL = "switchyard/tier/e2e";

describe("reasoning without usage is charged as output", () => {
  it("Messages, whole and streamed", async () => {
    const client = the.anthropic;
    const ask = { model: MODEL, max_tokens: 2_000, messages: [{ role: "user" as const, content: "Think, then answer." }] };
    expect((await client.messages.create(ask)).usage.output_tokens).toBe(EXPECTED_OUTPUT_TOKENS);
    expect((await client.messages.stream(ask).finalMessage()).usage.output_tokens).toBe(EXPECTED_OUTPUT_TOKENS);
    expect(the.gateway.records.at(-1)?.outputTokens).toBe(EXPECTED_OUTPUT_TOKENS);
  });

  it("Responses and Chat Completions, streamed and whole", async () => {
    const client = the.gateway.client;
    const stream = await client.responses.create({ model: MODEL, input: "Think, then answer.", stream: true, store: false });
    let outputTokens = -1;
    for await (const event of stream) if (event.type === "response.completed") outputTokens = event.response.usage?.output_tokens ?? -1;
    expect(outputTokens).toBe(EXPECTED_OUTPUT_TOKENS);
    // The Chat Completions door relays the upstream's body (no usage here): the record holds what was charged.
    await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "Think, then answer." }] });
    expect(the.gateway.records.at(-1)?.outputTokens).toBe(EXPECTED_OUTPUT_TOKENS);
  });
});
