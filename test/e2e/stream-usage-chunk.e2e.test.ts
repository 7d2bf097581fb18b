/**
 * The usage-only chunk (`choices: []`, `usage`) of a Chat Completions stream is left out only for a client that set
 * `stream_options.include_usage: false`; one that said nothing gets it, as OpenRouter (and the simulator) send it
 * either way, and the Vercel AI SDK's openai-compatible provider reads its usage from it. The upstream is always asked
 * for usage, so the decision record and the settle read the real token counts whatever the client asked.
 */
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { streamText } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

interface Chunk {
  choices?: unknown[];
  usage?: unknown;
  switchyard?: unknown;
}

describe("the stream's usage-only chunk follows stream_options.include_usage", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.records.length = 0;
  });

  const streamed = async (extra: Record<string, unknown>): Promise<{ chunks: Chunk[]; text: string }> => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ask(undefined, { stream: true, ...extra })) });
    const text = await response.text();
    const chunks = text
      .split("\n\n")
      .filter((event) => event.startsWith("data: {"))
      .map((event) => JSON.parse(event.slice(6)) as Chunk);
    return { chunks, text };
  };
  const usageChunks = (chunks: Chunk[]): Chunk[] => chunks.filter((chunk) => Array.isArray(chunk.choices) && chunk.choices.length === 0 && chunk.usage);

  it("include_usage: false: no usage-only chunk for the client, the usage still read and charged", async () => {
    const { chunks, text } = await streamed({ stream_options: { include_usage: false } });
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    expect(usageChunks(chunks)).toEqual([]);
    expect(gateway.simulator.calls.at(-1)?.body).toMatchObject({ stream_options: { include_usage: true } });
    const record = gateway.records.at(-1);
    expect(record?.outputTokens).toBeGreaterThan(0);
    expect(record?.costUsd).toBeGreaterThan(0);
  });

  for (const [label, extra] of [
    ["no stream_options", {}],
    ["stream_options: null", { stream_options: null }],
    ["stream_options without include_usage", { stream_options: {} }],
  ] as const) {
    it(`${label}: the usage-only chunk comes through, as OpenRouter sends it`, async () => {
      const { chunks } = await streamed(extra);
      expect(usageChunks(chunks)).toHaveLength(1);
      expect(gateway.simulator.calls.at(-1)?.body).toMatchObject({ stream_options: { include_usage: true } });
    });
  }

  it("the Vercel AI SDK's openai-compatible provider, left at its default, reads the stream's usage", async () => {
    const provider = createOpenAICompatible({ name: "switchyard", baseURL: `${gateway.url}/v1`, apiKey: "sk-sy-client" });
    const result = streamText({ model: provider("switchyard/auto"), prompt: "usage please", maxRetries: 0 });
    for await (const part of result.textStream) void part;
    expect((await result.usage).outputTokens).toBeGreaterThan(0);
  });

  it("include_usage: true: the usage-only chunk comes last before [DONE], as from OpenAI (and through the SDK)", async () => {
    const { chunks } = await streamed({ stream_options: { include_usage: true } });
    expect(usageChunks(chunks)).toHaveLength(1);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: expect.any(Number) } });
    const sdk = await gateway.client.chat.completions.create({ ...ask(), stream: true, stream_options: { include_usage: true } });
    const seen: unknown[] = [];
    for await (const chunk of sdk) seen.push(chunk.usage);
    expect(seen.at(-1)).toMatchObject({ prompt_tokens: expect.any(Number) });
  });

  it("a resumed stream keeps its chunk naming the models, and still drops the usage chunk", async () => {
    gateway.simulator.setFault(CHAIN[0], "stream_cut");
    const { chunks, text } = await streamed({ switchyard: { resume: true }, stream_options: { include_usage: false } });
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(usageChunks(chunks)).toEqual([]);
    expect(chunks.at(-1)).toMatchObject({ choices: [], switchyard: { models: [CHAIN[0], CHAIN[1]] } });
  });
});
