/**
 * The token counters answer a model id the doors were refused as the doors answer it: a 404 Anthropic
 * `not_found_error` on `/v1/messages/count_tokens` (as Anthropic's own counter answers an unknown model) and a 404
 * `model_not_found` (`param: "model"`) on `/v1/responses/input_tokens`, so the SDKs throw their `NotFoundError`
 * (round 28; they answered a count). Every id a door would answer is counted: Switchyard's models, names without their
 * author, Anthropic's own names, the models the tiers name, and ids the catalog lacks that the upstream serves.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const user = [{ role: "user" as const, content: "Say hello." }];
let gateway: Gateway;
let anthropic: Anthropic;
beforeAll(async () => {
  gateway = await startGateway({ config: { tiers: { e2e: { models: [...CHAIN], max_tokens: 300 }, own: { models: ["acme/private-model-1"], max_tokens: 300 } } } });
  anthropic = new Anthropic({ baseURL: gateway.url, apiKey: "unused", maxRetries: 0 });
});
afterAll(async () => gateway.close());

describe("the token counters and a model the catalog lacks", () => {
  it("count_tokens: Anthropic's 404 not_found_error, naming the near model, once the door has been refused it", async () => {
    // Counted while the gateway cannot tell a typo from a model newer than its catalog; refused as the door is.
    expect((await anthropic.messages.countTokens({ model: "openai/gpt-4o-mnii", messages: user })).input_tokens).toBeGreaterThan(0);
    // Streamed, as Claude Code asks.
    const door = await anthropic.messages.create({ model: "openai/gpt-4o-mnii", max_tokens: 50, messages: user, stream: true }).catch((error: unknown) => error);
    expect(door).toBeInstanceOf(Anthropic.NotFoundError);
    const refused = await anthropic.messages.countTokens({ model: "openai/gpt-4o-mnii", messages: user }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Anthropic.NotFoundError);
    const body = (refused as { error: { type: string; error: { type: string; message: string } } }).error;
    expect(body).toMatchObject({ type: "error", error: { type: "not_found_error", message: expect.stringContaining("openai/gpt-4o-mini") } });
    expect(body.error.message).not.toMatch(/HTTP \d/);
    for (const model of ["switchyard/auto", "switchyard/tier/own", "claude-sonnet-4-5-20250929", "gpt-4o-mini", "openai/gpt-4o-mini", "openai/gpt-4o-mini:nitro", "acme/private-model-1"]) {
      expect((await anthropic.messages.countTokens({ model, messages: user })).input_tokens, model).toBeGreaterThan(0);
    }
  });

  it("input_tokens: OpenAI's 404 model_not_found on model, as the Responses door answers the same id", async () => {
    expect((await gateway.client.responses.inputTokens.count({ model: "openai/gpt-4o-mnni", input: "Say hello." })).input_tokens).toBeGreaterThan(0);
    const door = await gateway.client.responses.create({ model: "openai/gpt-4o-mnni", input: "Say hello." }).catch((error: unknown) => error);
    expect(door).toBeInstanceOf(OpenAI.NotFoundError);
    expect(door).toMatchObject({ code: "model_not_found", param: "model" });
    const refused = await gateway.client.responses.inputTokens.count({ model: "openai/gpt-4o-mnni", input: "Say hello." }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenAI.NotFoundError);
    expect(refused).toMatchObject({ code: "model_not_found", param: "model", type: "invalid_request_error" });
    for (const model of ["switchyard/auto", "gpt-4o-mini", "acme/private-model-1"]) {
      expect((await gateway.client.responses.inputTokens.count({ model, input: "Say hello." })).input_tokens, model).toBeGreaterThan(0);
    }
    // No model at all: counted, as OpenAI allows.
    expect((await gateway.client.responses.inputTokens.count({ input: "Say hello." })).input_tokens).toBeGreaterThan(0);
  });
});

// Review of round 28: the counters refused every id the catalog lacked, while the doors pass such an id through (the
// catalog may be a day old, or the 41-model built-in one when OpenRouter's list was unreachable at start). Claude
// Code's claude-opus-4-1-20250805 and Codex's gpt-5-codex were answered by the doors and 404'd by the counters.
describe("the token counters and a model newer than the catalog, which the upstream serves", () => {
  let newer: Gateway;
  beforeAll(async () => {
    newer = await startGateway({ simulator: { acceptUnknownModels: true } });
  });
  afterAll(async () => newer.close());

  it("counts what the doors answer: Claude Code's and Codex's model names the built-in catalog lacks", async () => {
    const client = new Anthropic({ baseURL: newer.url, apiKey: "unused", maxRetries: 0 });
    for (const model of ["claude-opus-4-1-20250805", "claude-3-5-haiku-20241022", "acme/launched-today"]) {
      const answer = await client.messages.create({ model, max_tokens: 50, messages: user });
      expect(answer.content.length, model).toBeGreaterThan(0);
      expect((await client.messages.countTokens({ model, messages: user })).input_tokens, model).toBeGreaterThan(0);
    }
    for (const model of ["gpt-5-codex", "gpt-5.1-codex-max", "acme/launched-today"]) {
      expect((await newer.client.responses.create({ model, input: "Say hello." })).status, model).toBe("completed");
      expect((await newer.client.responses.inputTokens.count({ model, input: "Say hello." })).input_tokens, model).toBeGreaterThan(0);
    }
  });
});
