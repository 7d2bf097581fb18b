/**
 * `eval --online`'s text: exploration can cost quality and money, or, when the explored tier happened to be the
 * better or the cheaper one, save them. Printed as signed numbers after "lost" and "extra", the second case read
 * "quality lost -0.0033 and extra cost -0.0067 per prompt": a double negative the reader has to untangle.
 */
import { describe, expect, it } from "vitest";
import { formatOnlineReport, plotOnlineReport } from "./format-online.js";
import type { OnlineReport } from "./online-report.js";

function report(qualityLost: number, extraCost: number): OnlineReport {
  const metrics = { apgr: 0.9, cpt_50: 0.1, cpt_80: 0.3 };
  return {
    dataset: "dev",
    n: 100,
    final_share: 0.3,
    learner: "batch",
    seed: 0,
    arms: ["weak", "strong"],
    static: metrics,
    adapted: { ...metrics, adapter_active: 0 },
    served: { static: { quality: 0.7, cost: 0.5 }, adapted: { quality: 0.7, cost: 0.5 } },
    exploration: { explored: 4, share: 0.04, cap: 0.05, quality_lost_per_prompt: qualityLost, extra_cost_per_prompt: extraCost },
    curve: [],
    verdict: "The static router was kept.",
  } as unknown as OnlineReport;
}

describe("formatOnlineReport's exploration line", () => {
  it("says what exploration cost in plain words, never a negative loss", () => {
    expect(formatOnlineReport(report(0.0015, 0.0021))).toContain("exploration: 4 prompts (4.0%, cap 5.0%); per prompt against the greedy choice: quality 0.0015 lower, cost 0.0021 higher\n");
    expect(formatOnlineReport(report(-0.0033, -0.0067))).toContain("exploration: 4 prompts (4.0%, cap 5.0%); per prompt against the greedy choice: quality 0.0033 higher, cost 0.0067 lower\n");
    expect(formatOnlineReport(report(0, 0))).toContain("per prompt against the greedy choice: quality unchanged, cost unchanged\n");
  });
});

describe("plotOnlineReport", () => {
  it("keeps the static line visible where the adapted one runs on it (no adapter routed: the two coincide)", () => {
    const same = { apgr: 0.6, cpt_50: 0.2, cpt_80: 0.5 };
    const coinciding = { ...report(0, 0), curve: [100, 200, 300].map((seen) => ({ seen, static: same, adapted: same, adapter_active: 0, explored: 0 })) } as unknown as OnlineReport;
    const svg = plotOnlineReport(coinciding);
    const lines = [...svg.matchAll(/<polyline [^>]*>/g)].map((match) => match[0]);
    expect(lines).toHaveLength(2);
    // Drawn second, the adapted line is dashed, so the static line shows through its gaps.
    expect(lines[0]).not.toContain("stroke-dasharray");
    expect(lines[1]).toContain("stroke-dasharray");
  });
});
