/**
 * A chat request's server span has status ERROR only for the server's failures, as OpenTelemetry's HTTP conventions
 * say for server spans and as the span of a request refused before its door already had it: a budget's 402, a rate
 * limit's 429 and a client's 4xx (or 499) are the client's; a 5xx, and a stream that failed after its 200, are errors.
 * Every outcome but `served` was ERROR, so a dashboard of errored spans counted each refused request as an outage.
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../log/decision-record.js";
import { decisionSpans } from "./decision-spans.js";

function record(outcome: DecisionRecord["outcome"], status: number, errorType: string | null): DecisionRecord {
  return {
    id: "dec_1",
    createdAt: 1_000,
    keyId: null,
    task: "chat",
    taskSource: "classified",
    taskConfidence: 0.9,
    difficulty: "simple",
    tier: "budget",
    candidates: ["openai/gpt-5-nano"],
    attempts: [],
    model: null,
    experiment: null,
    arm: null,
    estimatedCostUsd: 0,
    costUsd: 0,
    inputTokens: 0,
    outputTokens: 0,
    timeToFirstTokenMs: null,
    latencyMs: 5,
    finishReason: null,
    stream: false,
    outcome,
    status,
    errorType,
    qualityChecks: [],
    escalatedTo: null,
    feedbackScore: null,
    feedbackLabel: null,
    prompt: null,
  };
}

describe("a chat request's server span status", () => {
  it.each([
    ["refused", 402, "budget_exceeded"],
    ["refused", 429, "rate_limit_exceeded"],
    ["client_error", 400, "invalid_request_error"],
    ["client_error", 499, "client_too_slow"],
  ] as const)("%s %i is not an error, and keeps its error.type", (outcome, status, errorType) => {
    const { request } = decisionSpans(record(outcome, status, errorType), "switchyard/auto");
    expect(request.error).toBe(false);
    expect(request.attributes["error.type"]).toBe(errorType);
  });

  it.each([
    ["failed", 502, "http"],
    ["failed", 200, "stream_interrupted"],
    ["refused", 503, "storage_unavailable"],
  ] as const)("%s %i is an error", (outcome, status, errorType) => {
    expect(decisionSpans(record(outcome, status, errorType), "switchyard/auto").request.error).toBe(true);
  });

  it("a served request is not an error", () => {
    expect(decisionSpans(record("served", 200, null), "switchyard/auto").request.error).toBe(false);
  });
});
