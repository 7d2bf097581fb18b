/**
 * A stream resumed on another model after a cut is charged every attempt's prompt (both were read and billed), but
 * the usage the client is told and the size conversation affinity keeps are the finishing model's prompt: what it
 * actually read (the prompt and the text before the cut), as the Chat Completions door's passed-through usage chunk
 * says. The summed prompt told an Anthropic client its context was about twice as full as it was.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { ChatMessage } from "../../src/core/types.js";
import type { ConversationStore } from "../../src/routing/affinity/conversation-store.js";
import { countPromptTokens } from "../../src/testing/simulator/plan-answer.js";
import { CHAIN } from "./gateway-harness.js";
import { useGateway } from "./gateway-fixture.js";

const [PRIMARY, SECONDARY] = CHAIN;
const stored = new Map<string, string>();
const conversations: ConversationStore = {
  get: async (key) => stored.get(key),
  set: async (key, value) => void stored.set(key, value),
  delete: async (key) => stored.delete(key),
};

const the = useGateway({ app: { conversations } });
beforeEach(() => {
  the.gateway.simulator.reset();
  the.gateway.records.length = 0;
  stored.clear();
});

/** Named SSE events of a Messages stream, parsed. */
async function messagesStream(body: Record<string, unknown>): Promise<{ event: string; data: Record<string, unknown> }[]> {
  const response = await fetch(`${the.gateway.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json", "x-api-key": "sk-sy-x" }, body: JSON.stringify({ ...body, stream: true }) });
  expect(response.status).toBe(200);
  const events: { event: string; data: Record<string, unknown> }[] = [];
  for (const block of (await response.text()).split("\n\n")) {
    const event = /^event: (.+)$/m.exec(block)?.[1];
    const data = /^data: (.+)$/m.exec(block)?.[1];
    if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
  }
  return events;
}

/** The `data:` payloads of a stream, parsed (Chat Completions chunks, Responses events). */
async function dataEvents(path: string, body: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${the.gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, stream: true }) });
  expect(response.status).toBe(200);
  const events: Record<string, unknown>[] = [];
  for (const block of (await response.text()).split("\n\n")) {
    const data = /^data: (\{.+)$/m.exec(block)?.[1];
    if (data) events.push(JSON.parse(data) as Record<string, unknown>);
  }
  return events;
}

/** The prompt tokens the simulator reported to the gateway for its last chat call (the finishing attempt). */
function finishingPromptTokens(): number {
  const calls = the.gateway.simulator.calls.filter((call) => call.path.endsWith("/chat/completions"));
  const last = calls.at(-1);
  expect(last?.model).toBe(SECONDARY);
  return countPromptTokens((last?.body as { messages: ChatMessage[] }).messages);
}

describe("a resumed stream's usage", () => {
  it("tells the Messages client the finishing model's prompt, keeps it as the conversation's size, and charges both", async () => {
    the.gateway.simulator.setFault(PRIMARY, "stream_cut");
    const events = await messagesStream({ model: "switchyard/tier/e2e", max_tokens: 100, messages: [{ role: "user", content: "Tell me about switchyards, at some length." }], switchyard: { resume: true } });
    const record = the.gateway.records.at(-1);
    expect(record).toMatchObject({ outcome: "served", model: SECONDARY });
    const read = finishingPromptTokens();
    const usage = events.find((event) => event.event === "message_delta")?.data.usage as { input_tokens: number };
    expect(usage.input_tokens).toBe(read);
    // The record (the money) counts the cut attempt's prompt too.
    expect(record?.inputTokens).toBeGreaterThan(read);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const remembered = [...stored.values()].map((value) => JSON.parse(value) as { model: string; promptTokens: number });
    expect(remembered).toEqual([expect.objectContaining({ model: SECONDARY, promptTokens: read })]);
  });

  it("tells the Responses client the finishing model's prompt", async () => {
    the.gateway.simulator.setFault(PRIMARY, "stream_cut");
    const events = await dataEvents("/v1/responses", { model: "switchyard/tier/e2e", input: "Tell me about switchyards, at some length.", switchyard: { resume: true } });
    const completed = events.find((event) => event.type === "response.completed")?.response as { usage: { input_tokens: number } };
    const read = finishingPromptTokens();
    expect(completed.usage.input_tokens).toBe(read);
    expect(the.gateway.records.at(-1)?.inputTokens).toBeGreaterThan(read);
  });

  it("tells the Chat Completions client the finishing model's prompt too (its usage chunk is the finishing attempt's)", async () => {
    the.gateway.simulator.setFault(PRIMARY, "stream_cut");
    const events = await dataEvents("/v1/chat/completions", { model: "switchyard/tier/e2e", messages: [{ role: "user", content: "Tell me about switchyards, at some length." }], switchyard: { resume: true } });
    const usage = events.find((event) => event.usage)?.usage as { prompt_tokens: number };
    const read = finishingPromptTokens();
    expect(usage.prompt_tokens).toBe(read);
    expect(the.gateway.records.at(-1)?.inputTokens).toBeGreaterThan(read);
  });
});
