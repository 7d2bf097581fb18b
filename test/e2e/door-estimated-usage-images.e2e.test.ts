/**
 * A stream that completes without the upstream's usage is reported at the gateway's estimate: the prompt as the
 * counters count it, images included, so the end of the stream agrees with its start and with the token counters
 * (ADR 0090). The estimate left images out at the end (Messages `message_delta`, Responses `response.completed`)
 * while `message_start` and `count_tokens` counted each image, so a screenshot turn said thousands of tokens at the
 * start and a few dozen at the end.
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";

const MODEL = "switchyard/tier/e2e";
const PNG = "iVBORw0KGgo=";

/** Text, a stop, then `[DONE]`: no usage chunk; unstreamed, the answer without `usage`. */
function withoutUsage(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  if (!stream) return JSON.stringify({ id: "gen-nousage", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "Two screenshots." }, finish_reason: "stop" }] });
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({ id: "gen-nousage", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] });
  return `data: ${JSON.stringify(chunk({ role: "assistant", content: "Two screenshots." }, null))}\n\ndata: ${JSON.stringify(chunk({}, "stop"))}\n\ndata: [DONE]\n\n`;
}

const the = useGatewayAnswering(withoutUsage);

describe("a stream's estimated usage counts images as its start and the counters do", () => {
  it("Messages: message_delta's input_tokens is message_start's, which is count_tokens'", async () => {
    const image = { type: "image" as const, source: { type: "base64" as const, media_type: "image/png" as const, data: PNG } };
    const messages = [{ role: "user" as const, content: [image, image, { type: "text" as const, text: "What differs between these screenshots?" }] }];
    const counted = await the.anthropic.messages.countTokens({ model: MODEL, messages });
    expect(counted.input_tokens).toBeGreaterThan(5000);
    let started: number | undefined;
    let ended: number | null | undefined;
    for await (const event of the.anthropic.messages.stream({ model: MODEL, max_tokens: 100, messages })) {
      if (event.type === "message_start") started = event.message.usage.input_tokens;
      if (event.type === "message_delta") ended = event.usage.input_tokens;
    }
    expect(started).toBe(counted.input_tokens);
    expect(ended).toBe(counted.input_tokens);
  });

  it("Responses: response.completed's input_tokens is what input_tokens counts", async () => {
    const image = { type: "input_image" as const, image_url: `data:image/png;base64,${PNG}`, detail: "auto" as const };
    const input = [{ role: "user" as const, content: [image, image, { type: "input_text" as const, text: "What differs between these screenshots?" }] }];
    const counted = await the.gateway.client.responses.inputTokens.count({ model: MODEL, input });
    expect(counted.input_tokens).toBeGreaterThan(5000);
    const final = await the.gateway.client.responses.stream({ model: MODEL, input }).finalResponse();
    expect(final.usage?.input_tokens).toBe(counted.input_tokens);
  });
});

describe("a usage-less answer is charged on the prompt with its images, as it is reported (round 26)", () => {
  const image = { type: "image" as const, source: { type: "base64" as const, media_type: "image/png" as const, data: PNG } };
  const messages = [{ role: "user" as const, content: [image, image, { type: "text" as const, text: "What differs between these screenshots?" }] }];

  /** The last record's tokens, and its cost against the catalog's price of those tokens for the model that answered. */
  function lastCharge(): { inputTokens: number; costUsd: number; pricedUsd: number } {
    const record = the.gateway.records.at(-1);
    if (!record?.model) throw new Error("no answered record");
    const pricing = builtinCatalog().get(record.model)?.pricing;
    if (!pricing) throw new Error(`no price for ${record.model}`);
    const pricedUsd = (record.inputTokens * pricing.usdPerMillionInputTokens + record.outputTokens * pricing.usdPerMillionOutputTokens) / 1e6 + pricing.usdPerRequest;
    return { inputTokens: record.inputTokens, costUsd: record.costUsd, pricedUsd };
  }

  it("Messages, streamed and whole: the record's input tokens are count_tokens', and the cost is their price", async () => {
    const counted = (await the.anthropic.messages.countTokens({ model: MODEL, messages })).input_tokens;
    for await (const _event of the.anthropic.messages.stream({ model: MODEL, max_tokens: 100, messages })) void _event;
    const streamed = lastCharge();
    expect(streamed.inputTokens).toBe(counted);
    expect(streamed.costUsd).toBeGreaterThan(0);
    expect(streamed.costUsd).toBeCloseTo(streamed.pricedUsd, 12);
    const whole = await the.anthropic.messages.create({ model: MODEL, max_tokens: 100, messages });
    expect(whole.usage.input_tokens).toBe(counted);
    const charged = lastCharge();
    expect(charged.inputTokens).toBe(counted);
    expect(charged.costUsd).toBeCloseTo(charged.pricedUsd, 12);
  });

  it("Responses, streamed: the record's input tokens are input_tokens' count, and the cost is their price", async () => {
    const picture = { type: "input_image" as const, image_url: `data:image/png;base64,${PNG}`, detail: "auto" as const };
    const input = [{ role: "user" as const, content: [picture, { type: "input_text" as const, text: "What is this?" }] }];
    const counted = (await the.gateway.client.responses.inputTokens.count({ model: MODEL, input })).input_tokens;
    await the.gateway.client.responses.stream({ model: MODEL, input }).finalResponse();
    const charged = lastCharge();
    expect(charged.inputTokens).toBe(counted);
    expect(charged.costUsd).toBeCloseTo(charged.pricedUsd, 12);
  });
});
