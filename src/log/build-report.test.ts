import { describe, expect, it } from "vitest";
import { buildReport, formatReportTable } from "./build-report.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { summarizeRecords } from "./summarize-records.js";

const PRICING = {
  usdPerMillionInputTokens: 3,
  usdPerMillionOutputTokens: 15,
  usdPerRequest: 0,
  usdPerImage: 0,
  usdPerMillionCacheReadTokens: 0,
  usdPerMillionCacheWriteTokens: 0,
  usdPerMillionReasoningTokens: 0,
};

describe("buildReport", () => {
  it("totals the rows and prices the same tokens at the premium model", () => {
    const records = [
      makeDecisionRecord({ tier: "budget", costUsd: 0.001, inputTokens: 1000, outputTokens: 100 }),
      makeDecisionRecord({ tier: "mid", costUsd: 0.002, inputTokens: 2000, outputTokens: 300, feedbackScore: 1, qualityChecks: ["empty"], escalatedTo: "mid" }),
      makeDecisionRecord({ tier: "mid", outcome: "refused", status: 402, model: null, costUsd: 0, inputTokens: 0, outputTokens: 0 }),
      makeDecisionRecord({ tier: "mid", outcome: "client_error", status: 400, model: null, costUsd: 0, inputTokens: 0, outputTokens: 0 }),
    ];
    const report = buildReport({
      summary: summarizeRecords(records, "tier"),
      since: 0,
      until: 1,
      premiumModel: { id: "anthropic/claude-sonnet-4.5", pricing: PRICING },
    });
    // Every request falls in one of the four outcomes: a client's own error is counted too.
    expect(report.total).toMatchObject({ requests: 4, served: 2, refused: 1, failed: 0, client_errors: 1, input_tokens: 3000, output_tokens: 400 });
    expect(report.total.cost_usd).toBeCloseTo(0.003, 12);
    // Sums of float costs print as the money they are, to the header's 10 decimals (0.1 + 0.2 is 0.30000000000000004).
    const inexact = buildReport({ summary: summarizeRecords([makeDecisionRecord({ costUsd: 0.1 }), makeDecisionRecord({ costUsd: 0.2 })], "tier"), since: 0, until: 1, premiumModel: undefined });
    expect(inexact.total.cost_usd).toBe(0.3);
    expect(report.total.premium_equivalent_usd).toBeCloseTo((3000 * 3 + 400 * 15) / 1e6, 12);
    expect(report.rows.map((r) => [r.group, r.requests, r.mean_feedback])).toEqual([
      ["budget", 1, null],
      ["mid", 3, 1],
    ]);
    const table = formatReportTable(report);
    expect(table).toContain("TOTAL");
    expect(table).toContain("anthropic/claude-sonnet-4.5");
    expect(table.split("\n")[1]).toMatch(/^tier\s+requests\s+served\s+refused\s+failed\s+client err\s/);
    // The outcome columns add up to the requests, as the dashboard's do.
    const total = table.split("\n").find((row) => row.startsWith("TOTAL"))?.split(/\s{2,}/) ?? [];
    expect(total.slice(1, 6)).toEqual(["4", "2", "1", "0", "1"]);
    // The team lead's weekly figures are all in the table, escalations too (the dashboard showed "25.0%, 1 escalated"
    // while the CLI report had no escalation figure at all).
    expect(table.split("\n")[1]).toMatch(/\sclient err\s+escalated\s+cost \$/);
    expect(total[6]).toBe("1 (25.0%)");
    const midRow = table.split("\n").find((row) => row.startsWith("mid"))?.split(/\s{2,}/) ?? [];
    expect(midRow[6]).toBe("1 (33.3%)");
  });
});

describe("docs/spend-control.md's report --json fields", () => {
  it("are exactly the fields the report prints, at the top, in the total and in each row", async () => {
    const { readFile } = await import("node:fs/promises");
    const doc = await readFile(new URL("../../docs/spend-control.md", import.meta.url), "utf8");
    const block = /```json\n(\s*\{"since"[\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const totalFields = /"total": \{([^}]*)\}/.exec(block)?.[1]?.match(/"[a-z_0-9]+"/g)?.map((name) => JSON.parse(name) as string) ?? [];
    const topFields = block.replace(/"total": \{[^}]*\}/, "\"total\"").replace(/"rows": \[[^\]]*\]/, "\"rows\"").match(/"[a-z_0-9]+"/g)?.map((name) => JSON.parse(name) as string) ?? [];
    const records = [makeDecisionRecord({ tier: "budget", costUsd: 0.001, inputTokens: 1000, outputTokens: 100 })];
    const report = buildReport({ summary: summarizeRecords(records, "tier"), since: 0, until: 1, premiumModel: { id: "anthropic/claude-sonnet-4.5", pricing: PRICING } });
    expect(topFields.sort()).toEqual(Object.keys(report).sort());
    expect(totalFields.sort()).toEqual(Object.keys(report.total).sort());
    expect(Object.keys(report.rows[0] ?? {}).sort()).toEqual(["group", ...totalFields].sort());
  });
});

describe("impossible records in the report", () => {
  it("counts them, leaves their measures out of the figures and the mean latency, and says so under the table", () => {
    const records = [
      makeDecisionRecord({ costUsd: 0.01, inputTokens: 1000, outputTokens: 100, latencyMs: 300 }),
      makeDecisionRecord({ costUsd: -1e6, inputTokens: 1000, outputTokens: 100, latencyMs: 300 }),
      makeDecisionRecord({ costUsd: 0.01, inputTokens: 1000, outputTokens: 100, latencyMs: Number.NaN }),
    ];
    const report = buildReport({ summary: summarizeRecords(records, "tier"), since: 0, until: 1, premiumModel: undefined });
    expect(report.total).toMatchObject({ requests: 3, served: 3, impossible: 2, cost_usd: 0.01, input_tokens: 1000, output_tokens: 100, avg_latency_ms: 300 });
    expect(formatReportTable(report)).toContain("2 requests hold an impossible cost, token count or latency (below zero, infinite or not a number): counted as requests, left out of cost, tokens and latency.");
    expect(formatReportTable(buildReport({ summary: summarizeRecords(records.slice(0, 1), "tier"), since: 0, until: 1 }))).not.toContain("impossible");
  });
});
