import { describe, expect, it } from "vitest";
import { fitReasoningBudget } from "./fit-reasoning-budget.js";

const ask = (extra: Record<string, unknown>) => ({ messages: [{ role: "user", content: "hi" }], ...extra });

describe("fitReasoningBudget", () => {
  it("lowers a budget the gateway's max_tokens (a cap, or the default) leaves no room for, to half of it", () => {
    const reasons: string[] = [];
    expect(fitReasoningBudget(ask({ max_tokens: 32_000, reasoning: { max_tokens: 10_000, exclude: false } }), 8_192, reasons)).toEqual({ max_tokens: 4_096, exclude: false });
    expect(fitReasoningBudget(ask({ reasoning: { max_tokens: 4_096 } }), 4_096, reasons)).toEqual({ max_tokens: 2_048 });
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toContain("reasoning.max_tokens 10000 does not fit under max_tokens 8192");
  });

  it("sends no reasoning when half of max_tokens is under the 1,024 tokens Anthropic's least budget takes", () => {
    const reasons: string[] = [];
    expect(fitReasoningBudget(ask({ max_tokens: 32_000, reasoning: { max_tokens: 10_000 } }), 2_047, reasons)).toBeNull();
    expect(fitReasoningBudget(ask({ max_tokens: 32_000, reasoning: { max_tokens: 10_000 } }), 2_048, reasons)).toEqual({ max_tokens: 1_024 });
    expect(reasons[0]).toContain("sent without reasoning");
  });

  it("leaves a budget that fits, one without max_tokens, and one the client set against its own max_tokens", () => {
    const reasons: string[] = [];
    expect(fitReasoningBudget(ask({ max_tokens: 32_000, reasoning: { max_tokens: 4_000 } }), 8_192, reasons)).toBeUndefined();
    expect(fitReasoningBudget(ask({ max_tokens: 32_000, reasoning: { effort: "high" } }), 8_192, reasons)).toBeUndefined();
    expect(fitReasoningBudget(ask({ max_tokens: 2_000, reasoning: { max_tokens: 3_000 } }), 2_000, reasons)).toBeUndefined();
    expect(fitReasoningBudget(ask({ max_tokens: 32_000, reasoning: "high" }), 8_192, reasons)).toBeUndefined();
    expect(reasons).toEqual([]);
  });

  it("keeps the off switch of a reasoning turned off beside a budget no max_tokens fits (the model would reason by default)", () => {
    const reasons: string[] = [];
    expect(fitReasoningBudget(ask({ max_tokens: 32_000, reasoning: { enabled: false, max_tokens: 10_000, exclude: true } }), 2_047, reasons)).toEqual({ enabled: false, exclude: true });
    expect(reasons[0]).toContain("turned off");
  });
});
