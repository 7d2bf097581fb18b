/**
 * A stream cut after content is charged for the prompt and the text relayed (no usage ever came), and its record
 * carries those same tokens, so tokens × prices gives the recorded cost: it showed 0 tokens beside a non-zero cost.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => gateway.close());
beforeEach(() => gateway.simulator.reset());

/** Streams a chat request and returns the text of its content deltas. */
async function streamedText(body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, stream: true }) });
  const raw = await response.text();
  let text = "";
  for (const event of raw.split("\n\n")) {
    if (!event.startsWith("data: {")) continue;
    const chunk = JSON.parse(event.slice(6)) as { choices?: { delta?: { content?: string } }[] };
    text += chunk.choices?.[0]?.delta?.content ?? "";
  }
  return text;
}

/** What the model's catalog prices make of the record's tokens. */
function priceOf(model: string, record: DecisionRecord): number {
  const pricing = builtinCatalog().get(model)?.pricing;
  if (!pricing) throw new Error(`no price for ${model}`);
  return (record.inputTokens * pricing.usdPerMillionInputTokens + record.outputTokens * pricing.usdPerMillionOutputTokens) / 1_000_000 + pricing.usdPerRequest;
}

describe("a stream cut mid-way records the tokens it was charged for", () => {
  it("cut by the upstream after content, no usage: the prompt's estimate and the relayed text (about 4 characters a token)", async () => {
    for (const model of CHAIN) gateway.simulator.setFault(model, "stream_cut");
    const text = await streamedText(ask("Tell me about switchyards, at some length."));
    const record = gateway.records.at(-1);
    expect(record).toMatchObject({ outcome: "failed", finishReason: "error", model: CHAIN[0] });
    expect(text.length).toBeGreaterThan(0);
    expect(record?.costUsd).toBeGreaterThan(0);
    expect(record?.inputTokens).toBeGreaterThan(0);
    expect(record?.outputTokens).toBe(Math.ceil(text.length / 4));
    expect(record?.costUsd).toBeCloseTo(priceOf(CHAIN[0], record as DecisionRecord), 12);
  });

  it("resumed after a cut: the cut attempt's estimate plus the finishing attempt's usage", async () => {
    gateway.simulator.setFault(CHAIN[0], "stream_cut");
    const text = await streamedText(ask("Tell me about switchyards.", { switchyard: { resume: true } }));
    const record = gateway.records.at(-1);
    expect(record).toMatchObject({ outcome: "served", model: CHAIN[1] });
    // The client read the cut attempt's text and then the rest: both were charged, so both count (the simulator
    // counts about four characters a token too), not only the finishing attempt's usage.
    expect(record?.outputTokens).toBeGreaterThanOrEqual(Math.ceil(text.length / 4) - 1);
    expect(record?.costUsd).toBeGreaterThan(0);
  });
});
