import { describe, expect, it } from "vitest";
import { DEFAULT_POOLED_MIN_EXPLORED, DEFAULT_POOLED_REFITS, initialRoutingState, nextRouting, type RefitResult, type RoutingRule } from "./routing-rule.js";

const RULE: RoutingRule = { passesToStart: 3, pooledRefits: DEFAULT_POOLED_REFITS, pooledMinExplored: DEFAULT_POOLED_MIN_EXPLORED, minRankZ: 1.5 };

/** Whether the adapter routes after each refit. */
function routes(refits: readonly RefitResult[], rule: RoutingRule = RULE): boolean[] {
  let state = initialRoutingState();
  let routing = false;
  return refits.map((refit) => {
    const next = nextRouting(state, refit, routing, rule);
    state = next.state;
    routing = next.route;
    return routing;
  });
}

const refit = (rankZ: number, explored = 150, predicts = true): RefitResult => ({ predicts, rankZ, explored });

describe("when a batch adapter routes", () => {
  it("starts on the pooled rule once three refits average the bar with enough explored outcomes, though one fell short", () => {
    expect(routes([refit(1.6), refit(1.2), refit(1.8)])).toEqual([false, false, true]);
    // The consecutive rule alone (pooling off) would not have started it.
    expect(routes([refit(1.6), refit(1.2), refit(1.8)], { ...RULE, pooledRefits: 0 })).toEqual([false, false, false]);
  });

  it("leaves small validations to the consecutive rule: no pooled start below the explored floor", () => {
    expect(routes([refit(1.6, 60), refit(1.2, 60), refit(1.8, 60)])).toEqual([false, false, false]);
    expect(routes([refit(1.6, 60), refit(1.7, 60), refit(1.8, 60)])).toEqual([false, false, true]);
  });

  it("counts a refit that does not predict better as a miss for both rules", () => {
    expect(routes([refit(2.5), refit(2.5, 150, false), refit(2.5), refit(2.5), refit(2.5)])).toEqual([false, false, false, false, true]);
  });

  it("keeps routing while the newest refit passes or the pooled mean holds, and stops when neither does", () => {
    expect(routes([refit(1.6), refit(1.7), refit(1.8), refit(1.3), refit(1.0), refit(1.6)])).toEqual([false, false, true, true, false, false]);
    // Below the floor only the newest refit counts, as before.
    expect(routes([refit(1.6, 60), refit(1.7, 60), refit(1.8, 60), refit(1.3, 60)])).toEqual([false, false, true, false]);
  });
});
