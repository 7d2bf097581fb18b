/**
 * Each door's errors name that door's own fields: the engine works on a Chat Completions request, so its refusals said
 * `max_tokens` and `param: "messages"`, which a Responses client (whose fields are `max_output_tokens` and `input`)
 * cannot find in what it sent. The real `openai` and `@anthropic-ai/sdk` clients read the errors.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { createSpendGuard } from "../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createMemoryLedger } from "../../src/storage/memory/memory-ledger.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";
import { anthropicClient } from "../support/messages-gateway.js";

const MODEL = "switchyard/tier/e2e";

async function refusal(call: Promise<unknown>): Promise<{ status: number | undefined; message: string; param: unknown }> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof OpenAI.APIError) && !(error instanceof Anthropic.APIError)) throw new Error(`expected an API error, got ${String(error)}`);
  const body = error.error as { message?: string; param?: unknown; error?: { message?: string } } | undefined;
  return { status: error.status, message: body?.message ?? body?.error?.message ?? "", param: body?.param };
}

describe("a budget refusal (402) names the door's own output cap", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    const budgets = [{ scope: "global" as const, window: "day" as const, limit_usd: 0.000_001 }];
    gateway = await startGateway({ config: { budgets }, app: { spendGuard: createSpendGuard({ ledger: createMemoryLedger(), budgets, clock: SYSTEM_CLOCK }) } });
  });
  afterAll(async () => gateway.close());

  it("Responses: max_output_tokens", async () => {
    const refused = await refusal(gateway.client.responses.create({ model: MODEL, input: "hello", max_output_tokens: 200 }));
    expect(refused.status).toBe(402);
    expect(refused.message).toContain("max_output_tokens");
    expect(refused.message).not.toMatch(/(?<![\w.])max_tokens/);
  });

  it("Messages: max_tokens (its own name); Chat Completions: max_tokens", async () => {
    const anthropic = anthropicClient(gateway.url);
    const messages = await refusal(anthropic.messages.create({ model: MODEL, max_tokens: 200, messages: [{ role: "user", content: "hello" }] }));
    expect(messages).toMatchObject({ status: 402 });
    expect(messages.message).toContain("max_tokens");
    const chat = await refusal(gateway.client.chat.completions.create({ model: MODEL, max_tokens: 200, messages: [{ role: "user", content: "hello" }] }));
    expect(chat.message).toContain("max_tokens");
  });
});

describe("a conversation too long for any model names the door's fields", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    // A tier whose cap leaves no model room for the answer: the router refuses before any call.
    gateway = await startGateway({ config: { tiers: { e2e: { models: [...CHAIN], max_tokens: 300 }, vast: { models: [...CHAIN], max_tokens: 50_000_000 } } } });
  });
  afterAll(async () => gateway.close());

  it("Responses: the upstream's context_length_exceeded points at input, not messages", async () => {
    // Every model says so: the loop's move to a larger context finds none either.
    for (const model of builtinCatalog().list()) gateway.simulator.setFault(model.id, "context_length_exceeded");
    const refused = await refusal(gateway.client.responses.create({ model: CHAIN[0], input: "hello" }));
    expect(refused).toMatchObject({ status: 400, param: "input" });
  });

  it("Responses: no model with room says lower max_output_tokens", async () => {
    const refused = await refusal(gateway.client.responses.create({ model: "switchyard/tier/vast", input: "hello", max_output_tokens: 40_000_000 }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain("max_output_tokens");
    expect(refused.message).not.toMatch(/(?<![\w.])max_tokens/);
  });
});
