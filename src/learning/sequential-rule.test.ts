import { describe, expect, it } from "vitest";
import { seededDraws } from "./arm-model.js";
import { DEFAULT_SEQUENTIAL_RULE, initialSequentialState, nextLatch, TENTH_PASS_SEQUENTIAL_RULE, type SequentialRule } from "./sequential-rule.js";

/** A block of 100 terms with mean `drift` and a fixed spread (alternating ± 1 around it). */
const block = (drift: number): number[] => Array.from({ length: 100 }, (_, i) => drift + (i % 2 === 0 ? 1 : -1));

/** Whether an adapter routes after each refit, given the refit gate's verdicts and each refit's new terms. */
function routes(steps: readonly { gate: boolean; drift: number; predicts?: boolean }[], rule: SequentialRule = TENTH_PASS_SEQUENTIAL_RULE): boolean[] {
  let state = initialSequentialState();
  return steps.map((step) => {
    const next = nextLatch(state, block(step.drift), step.gate, rule, step.predicts ?? true);
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
    expect(routes(steps, { ...TENTH_PASS_SEQUENTIAL_RULE, openAlpha: 0.1 }).at(-1)).toBe(true);
  });

  it("by default also starts on the evidence: level 0.1, its mixture tightest at 300 terms, every fit scoring it", () => {
    expect(DEFAULT_SEQUENTIAL_RULE).toEqual({ closeAlpha: 0.1, openAlpha: 0.1, scaleAtTerms: 2000, openScaleAtTerms: 300, scoreEveryFit: true });
    expect(routes(Array.from({ length: 3 }, () => ({ gate: false, drift: 0.2 })), DEFAULT_SEQUENTIAL_RULE).at(-1)).toBe(true);
  });

  it("starts on the evidence only on a refit whose fit predicts outcomes better", () => {
    const rule = { ...TENTH_PASS_SEQUENTIAL_RULE, openAlpha: 0.1 };
    const strong = Array.from({ length: 40 }, () => ({ gate: false, drift: 0.3, predicts: false }));
    expect(routes(strong, rule).some(Boolean)).toBe(false);
    expect(routes([...strong, { gate: false, drift: 0.3, predicts: true }], rule).at(-1)).toBe(true);
  });

  it("holds a harm stop: the evidence gathered before the stop does not start the adapter again at once", () => {
    // Gains scored while no fit predicted better build a large e-value; once started, the adapter does harm.
    const steps = [...Array.from({ length: 20 }, () => ({ gate: false, drift: 0.3, predicts: false })), { gate: false, drift: 0.3 }, ...Array.from({ length: 20 }, () => ({ gate: false, drift: -0.5 }))];
    const routed = routes(steps, DEFAULT_SEQUENTIAL_RULE);
    expect(routed[20]).toBe(true);
    // The harm test stops it after two harmful blocks; the whole stream's e-value was still far above 10 then.
    expect(routed.slice(23)).toEqual(Array.from({ length: routed.length - 23 }, () => false));
  });

  it("reads the start with its own mixture scale: tight at a few hundred terms, it opens where the harm test's scale would not", () => {
    const steps = Array.from({ length: 3 }, () => ({ gate: false, drift: 0.2 }));
    expect(routes(steps, { ...TENTH_PASS_SEQUENTIAL_RULE, openAlpha: 0.1 }).at(-1)).toBe(false);
    expect(routes(steps, { ...TENTH_PASS_SEQUENTIAL_RULE, openAlpha: 0.1, openScaleAtTerms: 300 }).at(-1)).toBe(true);
  });
});

/** Seeded no-gain terms spread like the ranking check's: mostly small, now and then a large explored one (5%). */
function nullTerms(n: number, seed: number): number[] {
  const draw = seededDraws(seed);
  return Array.from({ length: n }, () => (draw() - 0.5) * (draw() < 0.05 ? 8 : 0.4));
}

describe("the evidence start's false-start rate", () => {
  it("with no gain, starts an adapter at any of the looks of a small stream in at most openAlpha of streams", () => {
    const rule: SequentialRule = { ...TENTH_PASS_SEQUENTIAL_RULE, openAlpha: 0.1, openScaleAtTerms: 300 };
    for (const blocks of [9, 40]) {
      let started = 0;
      const runs = 300;
      for (let seed = 0; seed < runs; seed++) {
        const all = nullTerms(blocks * 100, 9100 + seed);
        let state = initialSequentialState();
        for (let b = 0; b < blocks && !state.latched; b++) state = nextLatch(state, all.slice(b * 100, b * 100 + 100), false, rule).state;
        if (state.latched) started++;
      }
      expect(started / runs).toBeLessThan(0.1);
    }
  });
});
