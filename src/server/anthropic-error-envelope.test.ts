import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { BudgetExceededError } from "../core/errors/index.js";
import { anthropicErrorBody, anthropicErrorType, handleError } from "./error-handler.js";

describe("Anthropic error envelope", () => {
  it("names Anthropic's error types for the gateway's status codes", () => {
    expect([400, 401, 402, 403, 404, 413, 429, 500, 502, 503, 504].map(anthropicErrorType)).toEqual([
      "invalid_request_error", "authentication_error", "billing_error", "permission_error", "not_found_error", "request_too_large",
      "rate_limit_error", "api_error", "api_error", "overloaded_error", "timeout_error",
    ]);
    // Anthropic: invalid_request_error "may also be used for other 4XX status codes not listed"; api_error is a 5xx.
    expect([405, 408, 409, 415, 431].map(anthropicErrorType)).toEqual(Array(5).fill("invalid_request_error"));
    expect(anthropicErrorBody(429, "slow down")).toEqual({ type: "error", error: { type: "rate_limit_error", message: "slow down" } });
  });

  it("the one error handler answers /v1/messages* in Anthropic's envelope and everything else in OpenAI's", async () => {
    const app = Fastify();
    app.setErrorHandler(handleError);
    const refuse = (): never => {
      throw new BudgetExceededError({ budget: "global/day", remainingUsd: 0, requestedUsd: 1 });
    };
    app.post("/v1/messages", refuse);
    app.post("/v1/messages/count_tokens", refuse);
    app.post("/v1/responses", refuse);
    for (const url of ["/v1/messages", "/v1/messages/count_tokens"]) {
      const response = await app.inject({ method: "POST", url });
      expect(response.statusCode).toBe(402);
      expect(response.json()).toMatchObject({ type: "error", error: { type: "billing_error", message: expect.stringContaining("global/day") } });
    }
    const openai = await app.inject({ method: "POST", url: "/v1/responses" });
    expect(openai.statusCode).toBe(402);
    expect(openai.json()).toMatchObject({ error: { type: "budget_exceeded", code: "budget_exceeded" } });
    await app.close();
  });
});
