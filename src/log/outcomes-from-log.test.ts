import { describe, expect, it } from "vitest";
import { SIGNAL_WEIGHTS } from "../learning/index.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { outcomesFromRecords } from "./outcomes-from-log.js";

const LADDER = ["free", "budget", "mid", "standard", "premium"];
const ARMS = ["budget", "mid", "standard", "premium"];
const features = { v: 1, task: "chat", task_confidence: 0.8, difficulty: "mid", strong_probability: 0.3, tokens: 20, hashed: [[3, 1]] };

describe("outcomes from the decision log", () => {
  it("turns each signal into a weighted example on the right tier, oldest first", () => {
    const records = [
      makeDecisionRecord({ createdAt: 3, features, tier: "mid", model: "m/mid", feedbackScore: 0.9 }),
      makeDecisionRecord({ createdAt: 1, features, tier: "budget", judgeScore: 0.4 }),
      // Escalated from budget to mid: the budget answer failed a check.
      makeDecisionRecord({ createdAt: 2, features, tier: "mid", escalatedTo: "mid", qualityChecks: ["empty"], attempts: [{ model: "m/cheap", status: 200, errorType: null, latencyMs: 1 }] }),
      makeDecisionRecord({ createdAt: 4, features: null, feedbackScore: 1 }),
      makeDecisionRecord({ createdAt: 5, features, outcome: "failed", feedbackScore: 1 }),
      makeDecisionRecord({ createdAt: 6, features, tier: "explicit", feedbackScore: 1 }),
    ];
    const result = outcomesFromRecords(records, LADDER, ARMS);
    expect(result.served).toBe(5);
    expect(result.withoutFeatures).toBe(1);
    expect(result.signals).toEqual({ feedback: 1, judge: 1, quality_check_failure: 1, escalation: 1 });
    // The "explicit" tier is not one the adapter chooses between: its feedback is counted as left out, not lost silently.
    expect(result.outsideArms).toEqual({ explicit: 1 });
    expect(result.examples.map((e) => [e.tier, e.model, e.reward, e.weight])).toEqual([
      ["budget", "openai/gpt-5-nano", 0.4, SIGNAL_WEIGHTS.judge],
      ["budget", "m/cheap", 0, SIGNAL_WEIGHTS.quality_check_failure],
      ["budget", "m/cheap", 0, SIGNAL_WEIGHTS.escalation],
      ["mid", "m/mid", 0.9, SIGNAL_WEIGHTS.feedback],
    ]);
  });

  it("keeps a failed escalation's quality failure on the tier that answered", () => {
    const record = makeDecisionRecord({ features, tier: "budget", escalatedTo: "mid (failed)", qualityChecks: ["refusal"] });
    expect(outcomesFromRecords([record], LADDER, ARMS).examples.map((e) => [e.tier, e.reward])).toEqual([["budget", 0]]);
  });

  it("counts outcomes on a tier named constructor (a valid tier name) as a number, not Object's constructor", () => {
    const records = [makeDecisionRecord({ features, tier: "constructor", feedbackScore: 1 }), makeDecisionRecord({ features, tier: "constructor", feedbackScore: 0 })];
    expect(outcomesFromRecords(records, LADDER, ARMS).outsideArms).toEqual({ constructor: 2 });
  });
});
