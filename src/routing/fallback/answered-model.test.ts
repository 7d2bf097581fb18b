import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import type { Usage } from "../../core/types.js";
import { believedCostUsd } from "./answered-model.js";

const entry = builtinCatalog().get("openai/gpt-5-nano");
const WORST_CASE = 0.05;
const TOKENS = { prompt_tokens: 1_000, completion_tokens: 100, total_tokens: 1_100 };

/** A usage as an upstream's JSON may carry it: `cost` of any type. */
function usage(cost: unknown): Usage {
  return { ...TOKENS, cost } as unknown as Usage;
}

describe("believedCostUsd: the upstream's usage.cost", () => {
  it("reads a number written as a string (some OpenAI-compatible upstreams quote it) as that number", () => {
    expect(believedCostUsd(entry, usage("0.0123"), WORST_CASE)).toBe(0.0123);
    expect(believedCostUsd(entry, usage(" 0.5 "), WORST_CASE)).toBe(0.5);
    expect(believedCostUsd(entry, usage("1e-3"), WORST_CASE)).toBe(0.001);
  });

  it.each([["free"], [""], ["0x10"], ["-1"], ["Infinity"], ["NaN"], [true], [{ total: 1 }], [[0.1]], [-0.5], [Number.NaN]])(
    "charges a cost it cannot read (%j) at least the worst case, as any garbled usage",
    (cost) => {
      expect(believedCostUsd(entry, usage(cost), WORST_CASE)).toBeGreaterThanOrEqual(WORST_CASE);
    },
  );

  it("prices the tokens when there is no cost at all", () => {
    const priced = believedCostUsd(entry, { ...TOKENS }, WORST_CASE);
    expect(priced).toBeGreaterThan(0);
    expect(priced).toBeLessThan(WORST_CASE);
    expect(believedCostUsd(entry, usage(null), WORST_CASE)).toBe(priced);
  });
});
