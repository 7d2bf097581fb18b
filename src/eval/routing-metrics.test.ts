import { describe, expect, it } from "vitest";
import { callPerformanceThreshold, computeRoutingMetrics, quantileSorted, routingCurve, sweepThresholds } from "./routing-metrics.js";

describe("RouteLLM metrics", () => {
  it("computes quantile edges like numpy's linear interpolation, duplicates kept", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(sweepThresholds([0, 1, 2, 3, 4], 4)).toEqual([0, 1, 2, 3, 4]);
    expect(sweepThresholds([1, 1, 1, 2], 2)).toEqual([1, 1, 2]);
  });

  it("sweeps >= at every threshold but the last, where it uses >", () => {
    const outcomes = [0.1, 0.2, 0.3, 0.4].map((routerScore, i) => ({ routerScore, strongScore: 1, weakScore: i < 2 ? 1 : 0 }));
    const curve = routingCurve(outcomes, 4);
    expect(curve.map((p) => p.strong_share)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // hardest prompts (0.3, 0.4) go strong first: PGR climbs 0, .5, 1, 1, 1
    expect(curve.map((p) => p.score)).toEqual([0.5, 0.75, 1, 1, 1]);
  });

  it("gives APGR as the trapezoid area under PGR and interpolates CPT", () => {
    const good = [0.1, 0.2, 0.3, 0.4].map((routerScore, i) => ({ routerScore, strongScore: 1, weakScore: i < 2 ? 1 : 0 }));
    const metrics = computeRoutingMetrics(good, 4);
    // PGR points (0,0) (.25,.5) (.5,1) (.75,1) (1,1): area = .0625 + .1875 + .25 + .25 = .75
    expect(metrics.apgr).toBeCloseTo(0.75, 10);
    expect(metrics.cpt_50).toBeCloseTo(0.25, 10);
    expect(metrics.cpt_20).toBeCloseTo(0.1, 10);
    const bad = good.map((o) => ({ ...o, routerScore: 1 - o.routerScore }));
    expect(computeRoutingMetrics(bad, 4).apgr).toBeCloseTo(0.25, 10);
  });

  it("returns full strong share when PGR never reaches the target", () => {
    expect(callPerformanceThreshold([{ strong_share: 0, score: 0 }, { strong_share: 1, score: 0.5 }], 1, 0, 0.8)).toBe(1);
  });

  it("collapses tied scores into one point, as RouteLLM's duplicate bins do", () => {
    const tied = [0, 0, 1, 1].map((routerScore) => ({ routerScore, strongScore: routerScore, weakScore: 0 }));
    const curve = routingCurve(tied, 10);
    expect(new Set(curve.map((p) => p.strong_share))).toEqual(new Set([0, 0.5, 1]));
  });
});
