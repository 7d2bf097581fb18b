/**
 * The token counters answer a model id the catalog lacks as their doors answer it: a 404 Anthropic `not_found_error`
 * on `/v1/messages/count_tokens` (as Anthropic's own counter answers an unknown model) and a 404 `model_not_found`
 * (`param: "model"`) on `/v1/responses/input_tokens`, so the SDKs throw their `NotFoundError` (round 28; they
 * answered a count). Switchyard's models, names without their author, Anthropic's own names and the models the
 * deployment's tiers name (listed or not) are still counted.
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
  it("count_tokens: Anthropic's 404 not_found_error, naming the near model", async () => {
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
    const refused = await gateway.client.responses.inputTokens.count({ model: "openai/gpt-4o-mnii", input: "Say hello." }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenAI.NotFoundError);
    expect(refused).toMatchObject({ code: "model_not_found", param: "model", type: "invalid_request_error" });
    const door = await gateway.client.responses.create({ model: "openai/gpt-4o-mnii", input: "Say hello." }).catch((error: unknown) => error);
    expect(door).toBeInstanceOf(OpenAI.NotFoundError);
    expect(door).toMatchObject({ code: "model_not_found", param: "model" });
    for (const model of ["switchyard/auto", "gpt-4o-mini", "acme/private-model-1"]) {
      expect((await gateway.client.responses.inputTokens.count({ model, input: "Say hello." })).input_tokens, model).toBeGreaterThan(0);
    }
    // No model at all: counted, as OpenAI allows.
    expect((await gateway.client.responses.inputTokens.count({ input: "Say hello." })).input_tokens).toBeGreaterThan(0);
  });
});
