import { describe, expect, it } from "vitest";
import { DEFAULT_SEQUENTIAL_RULE, initialSequentialState, nextLatch, type SequentialRule } from "./sequential-rule.js";

/** A block of 100 terms with mean `drift` and a fixed spread (alternating ± 1 around it). */
const block = (drift: number): number[] => Array.from({ length: 100 }, (_, i) => drift + (i % 2 === 0 ? 1 : -1));

/** Whether an adapter routes after each refit, given the refit gate's verdicts and each refit's new terms. */
function routes(steps: readonly { gate: boolean; drift: number }[], rule: SequentialRule = DEFAULT_SEQUENTIAL_RULE): boolean[] {
  let state = initialSequentialState();
  return steps.map((step) => {
    const next = nextLatch(state, block(step.drift), step.gate, rule);
    state = next.state;
    return next.route;
  });
}

describe("the latch: the refit gate starts an adapter, the evidence since then stops it", () => {
  it("keeps a started adapter routing while refits fail the gate, as long as the evidence shows no harm", () => {
    const steps = [{ gate: false, drift: 0.05 }, { gate: true, drift: 0.05 }, ...Array.from({ length: 20 }, () => ({ gate: false, drift: 0.02 }))];
    expect(routes(steps)).toEqual([false, ...Array.from({ length: 21 }, () => true)]);
  });

  it("stops it once the outcomes scored since it started show, at closeAlpha, that it ranks worse", () => {
    const steps = [{ gate: false, drift: 0 }, { gate: true, drift: 0 }, ...Array.from({ length: 30 }, () => ({ gate: false, drift: -0.3 }))];
    const routed = routes(steps);
    const stop = routed.indexOf(false, 2);
    expect(stop).toBeGreaterThan(2);
    expect(routed.slice(stop)).toEqual(Array.from({ length: routed.length - stop }, () => false));
  });

  it("counts only the evidence since the start: harm before it does not stop a new start", () => {
    const steps = [...Array.from({ length: 10 }, () => ({ gate: false, drift: -0.3 })), { gate: true, drift: 0 }, { gate: false, drift: 0 }, { gate: false, drift: 0 }];
    expect(routes(steps).slice(-3)).toEqual([true, true, true]);
  });

  it("starts on the whole stream's evidence only when openAlpha is set", () => {
    const steps = Array.from({ length: 40 }, () => ({ gate: false, drift: 0.3 }));
    expect(routes(steps).some(Boolean)).toBe(false);
    expect(routes(steps, { ...DEFAULT_SEQUENTIAL_RULE, openAlpha: 0.1 }).at(-1)).toBe(true);
  });
});
