/**
 * `switchyard.fallback_reason` says why a request left its first model for another (docs/observability.md). A request
 * whose every candidate was passed over before a call (a budget's 402 with each model refused, a 503 with every circuit
 * open) never moved to another model, so it has no fallback reason; it carried the first skip's (`budget_exceeded`),
 * which read as a fallback that had happened.
 */
import { describe, expect, it } from "vitest";
import type { AttemptRecord, DecisionRecord } from "../../log/decision-record.js";
import { decisionSpans } from "./decision-spans.js";

const skipped = (model: string, errorType: string): AttemptRecord => ({ model, status: 0, errorType, latencyMs: 0, reservedUsd: 0 });
const called = (model: string, status: number, errorType: string | null): AttemptRecord => ({ model, status, errorType, latencyMs: 40, startedAtMs: 1_001 });

function reasonOf(status: number, attempts: AttemptRecord[]): unknown {
  const record: DecisionRecord = {
    id: "dec_1", createdAt: 1_000, keyId: null, task: "chat", taskSource: "classified", taskConfidence: 0.9, difficulty: "simple",
    tier: "budget", candidates: attempts.map((attempt) => attempt.model), attempts, model: null, experiment: null, arm: null,
    estimatedCostUsd: 0, costUsd: 0, inputTokens: 0, outputTokens: 0, timeToFirstTokenMs: null, latencyMs: 5, finishReason: null,
    stream: false, outcome: status === 200 ? "served" : "refused", status, errorType: status === 200 ? null : "x", qualityChecks: [],
    escalatedTo: null, feedbackScore: null, feedbackLabel: null, prompt: null,
  };
  return decisionSpans(record, "switchyard/auto").request.attributes["switchyard.fallback_reason"];
}

describe("switchyard.fallback_reason on the request span", () => {
  it("is absent when every candidate was passed over without a call", () => {
    expect(reasonOf(402, [skipped("a/one", "budget_exceeded"), skipped("a/two", "budget_exceeded")])).toBeUndefined();
    expect(reasonOf(503, [skipped("a/one", "circuit_open"), skipped("a/two", "circuit_open")])).toBeUndefined();
  });

  it("names why the request left its first model when a later one was called", () => {
    expect(reasonOf(200, [skipped("a/one", "budget_exceeded"), called("a/two", 200, null)])).toBe("budget_exceeded");
    expect(reasonOf(200, [called("a/one", 503, "http"), called("a/two", 200, null)])).toBe("http_503");
    expect(reasonOf(402, [called("a/one", 503, "http"), skipped("a/two", "budget_exceeded")])).toBe("http_503");
  });
});
