import { describe, expect, it } from "vitest";
import type { Usage } from "../core/types.js";
import { builtinCatalog } from "./builtin-catalog.js";
import { actualCostUsd } from "./estimate-cost.js";

const model = builtinCatalog().get("openai/gpt-5-nano");
const usage = (extra: Partial<Usage>): Usage => ({ prompt_tokens: 1_000, completion_tokens: 2_000, total_tokens: 3_000, ...extra });

describe("actualCostUsd", () => {
  it("takes the upstream's usage.cost, else prices the tokens", () => {
    expect(actualCostUsd(model, usage({ cost: 0.0042 }))).toBe(0.0042);
    expect(actualCostUsd(model, usage({}))).toBeCloseTo((1_000 * 0.05 + 2_000 * 0.4) / 1_000_000, 12);
  });

  it("never believes a negative or non-finite number from the upstream", () => {
    const priced = actualCostUsd(model, usage({}));
    // A negative cost falls back to the token price; it never becomes a negative charge.
    expect(actualCostUsd(model, usage({ cost: -5 }))).toBe(priced);
    expect(actualCostUsd(model, usage({ cost: Number.POSITIVE_INFINITY }))).toBe(priced);
    for (const hostile of [usage({ prompt_tokens: -1e12 }), usage({ completion_tokens: -50_000 }), usage({ prompt_tokens_details: { cached_tokens: -1e9 } }), usage({ completion_tokens_details: { reasoning_tokens: -1e9 } })]) {
      const cost = actualCostUsd(model, hostile);
      expect(cost).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(cost)).toBe(true);
    }
  });
});
