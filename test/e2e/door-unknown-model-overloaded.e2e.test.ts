/**
 * What each door answers for a model nobody knows and for an overloaded upstream, through the real SDKs, as the real
 * APIs do (round 27, ADR 0098). A model id the catalog lacks and the upstream refuses was a 400
 * `upstream_bad_request` on every door: OpenAI answers 404 `model_not_found` (the `openai` SDK's NotFoundError) and
 * Anthropic 404 `not_found_error`. The Messages door said `overloaded_error` with a 503, a status Anthropic does not
 * use: its overloaded is a 529 (the Anthropic SDK's OverloadedError; Claude Code counts 529s to fall back).
 */
import { beforeEach, describe, expect, it } from "vitest";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { CHAIN } from "./gateway-harness.js";
import { useGateway } from "./gateway-fixture.js";

const UNKNOWN = "openai/gpt-4o-mnii";
const user = [{ role: "user" as const, content: "Say hello." }];

const the = useGateway({}, { resetEach: true });

describe("a model id neither the catalog nor the upstream knows", () => {
  it("is OpenAI's 404 model_not_found on the Chat door, whole and streamed, with the fix in its message", async () => {
    for (const stream of [false, true]) {
      const error = await the.gateway.client.chat.completions.create({ model: UNKNOWN, messages: user, stream }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect(error).toMatchObject({ status: 404, code: "model_not_found", param: "model", type: "invalid_request_error" });
      expect((error as Error).message).toContain('Did you mean "openai/gpt-4o-mini"?');
    }
  });

  it("is the same 404 on the Responses door, whole and streamed", async () => {
    for (const stream of [false, true]) {
      const error = await the.gateway.client.responses.create({ model: UNKNOWN, input: "Say hello.", stream }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect(error).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
    }
  });

  it("is Anthropic's 404 not_found_error on the Messages door, whole and streamed", async () => {
    const body = { model: UNKNOWN, max_tokens: 50, messages: user };
    const whole = await the.anthropic.messages.create(body).catch((caught: unknown) => caught);
    expect(whole).toBeInstanceOf(Anthropic.NotFoundError);
    expect(whole).toMatchObject({ status: 404, error: { type: "error", error: { type: "not_found_error" } } });
    const streamed = await the.anthropic.messages.stream(body).finalMessage().catch((caught: unknown) => caught);
    expect(streamed).toBeInstanceOf(Anthropic.NotFoundError);
  });
});

describe("an upstream overloaded on every model of the chain", () => {
  beforeEach(() => {
    for (const model of CHAIN) the.gateway.simulator.setFault(model, "unavailable");
  });

  it("is Anthropic's 529 overloaded_error on the Messages door (the SDK's OverloadedError), whole and streamed", async () => {
    const body = { model: "switchyard/tier/e2e", max_tokens: 50, messages: user };
    const whole = await the.anthropic.messages.create(body).catch((caught: unknown) => caught);
    expect(whole).toBeInstanceOf(Anthropic.OverloadedError);
    expect(whole).toMatchObject({ status: 529, error: { type: "error", error: { type: "overloaded_error" } } });
    the.gateway.holds.clear();
    const streamed = await the.anthropic.messages.stream(body).finalMessage().catch((caught: unknown) => caught);
    expect(streamed).toBeInstanceOf(Anthropic.OverloadedError);
  });

  it("stays OpenAI's 503 on the Chat and Responses doors", async () => {
    const chat = await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", messages: user }).catch((caught: unknown) => caught);
    expect(chat).toMatchObject({ status: 503 });
    the.gateway.holds.clear();
    const responses = await the.gateway.client.responses.create({ model: "switchyard/tier/e2e", input: "Say hello." }).catch((caught: unknown) => caught);
    expect(responses).toMatchObject({ status: 503 });
  });
});
