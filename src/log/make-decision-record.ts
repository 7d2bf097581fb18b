/**
 * A complete decision record with plausible values, for tests and benchmarks.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

let sequence = 0;

/** A complete, served record; override what a test cares about. */
export function makeDecisionRecord(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  sequence += 1;
  return {
    id: `dec_${sequence.toString().padStart(6, "0")}`,
    createdAt: Date.UTC(2026, 2, 1, 12) + sequence,
    keyId: null,
    task: "chat",
    taskSource: "classified",
    taskConfidence: 0.8,
    difficulty: "simple",
    tier: "budget",
    candidates: ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"],
    attempts: [{ model: "openai/gpt-5-nano", status: 200, errorType: null, latencyMs: 120, reservedUsd: 0.0004 }],
    model: "openai/gpt-5-nano",
    experiment: null,
    arm: null,
    experimentUnit: null,
    estimatedCostUsd: 0.0004,
    costUsd: 0.0001,
    inputTokens: 100,
    outputTokens: 50,
    timeToFirstTokenMs: null,
    latencyMs: 130,
    finishReason: "stop",
    stream: false,
    outcome: "served",
    status: 200,
    errorType: null,
    qualityChecks: [],
    escalatedTo: null,
    feedbackScore: null,
    feedbackLabel: null,
    prompt: null,
    features: null,
    router: null,
    shadow: null,
    judgeScore: null,
    judgeCostUsd: null,
    explored: null,
    propensity: null,
    reasons: [],
    door: "chat",
    affinity: null,
    ...overrides,
  };
}
