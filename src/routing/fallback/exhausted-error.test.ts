import { describe, expect, it } from "vitest";
import { UpstreamError } from "../../core/errors/index.js";
import { exhaustedError, type ExhaustedRun } from "./exhausted-error.js";

const NOW = 1_000_000;

function run(overrides: Partial<ExhaustedRun>): ExhaustedRun {
  return { errors: [], budgetError: undefined, budgetRefused: [], held: [], circuitSkipped: [], circuitOpenUntil: undefined, chain: [], now: NOW, reason: "every fallback failed", ...overrides };
}

function failed(model: string, upstreamStatus: number): UpstreamError {
  return new UpstreamError({ message: `http ${upstreamStatus}`, kind: "http", model, upstreamStatus, isRetryable: true, ...(upstreamStatus === 429 ? { retryAfterMs: 2_000 } : {}) });
}

describe("exhaustedError names the models skipped for an open circuit", () => {
  it("beside a failed attempt, once each, in one sentence for several", () => {
    const error = exhaustedError(run({ errors: [failed("c/model", 500)], circuitSkipped: ["a/model", "b/model", "a/model"] }));
    expect(error.code).toBe("all_attempts_failed");
    expect(error.message).toMatch(/^every fallback failed \(1 attempt\):\n1\. c\/model: http 500/);
    expect(error.message).toContain("\nNot called (circuit open after repeated failures): a/model, b/model.");
  });

  it("beside attempts that were all rate-limited: the 503 upstream_rate_limited lists them too", () => {
    // Every model called answered 429 and the first was skipped for its circuit: the 503 named only the 429s, so the
    // chain read as if it began with the second model.
    const error = exhaustedError(run({ errors: [failed("b/model", 429)], circuitSkipped: ["a/model"] }));
    expect(error.code).toBe("upstream_rate_limited");
    expect(error.message).toContain("1. b/model: http 429");
    expect(error.message).toContain("Not called (circuit open after repeated failures): a/model.");
    expect(error.message).toMatch(/\nRetry later\.$/);
  });

  it("says nothing of circuits when none was skipped", () => {
    expect(exhaustedError(run({ errors: [failed("c/model", 500)] })).message).not.toContain("circuit");
    expect(exhaustedError(run({ errors: [failed("c/model", 429)] })).message).not.toContain("circuit");
  });
});
