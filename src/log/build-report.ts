/**
 * Turns decision summaries into the spend report (`switchyard report`, `GET /api/report`), including what the
 * same tokens would have cost on the premium tier's first model.
 * @module
 */
import type { ModelPricing } from "../catalog/model-entry.js";
import { emptySummaryRow, type DecisionFilter, type DecisionLogQueries, type DecisionSummary, type ReportDimension, type SummaryRow } from "./decision-log-store.js";
import { histogramPercentile, mergeHistograms } from "./latency-histogram.js";
import { utcMinute } from "./utc-minute.js";

/** Totals and per-group figures share these fields. */
export interface ReportFigures {
  requests: number;
  served: number;
  refused: number;
  failed: number;
  /** Requests the client ended or sent malformed (a 4xx before routing, a 499): the rest of `requests`. */
  client_errors: number;
  /** The requests' own settled cost (what their `x-switchyard-cost-usd` headers said). */
  cost_usd: number;
  /** What the sampled judge's calls grading these requests cost (`learning.judge`); not in `cost_usd`. */
  judge_cost_usd: number;
  /** The whole bill: cost_usd + judge_cost_usd. */
  total_cost_usd: number;
  estimated_cost_usd: number;
  input_tokens: number;
  output_tokens: number;
  /** The same tokens priced at the premium model. */
  premium_equivalent_usd: number;
  /** premium_equivalent_usd - cost_usd. */
  savings_usd: number;
  /** Mean latency of the requests whose measures are possible (0 without any). */
  avg_latency_ms: number;
  /**
   * Requests whose cost, tokens or latency no request can have (below zero, infinite, not a number: a store edited by
   * hand, a bug): counted in `requests` and the outcomes, left out of every cost, token and latency figure.
   */
  impossible: number;
  feedback_count: number;
  /** Mean feedback score, or null without feedback. */
  mean_feedback: number | null;
  /** Requests escalated to a higher tier after a failed quality check. */
  escalations: number;
  /** escalations / requests (0 without requests). */
  escalation_rate: number;
  /** Latency percentiles of served requests (histogram estimate, at most 4.4% high), or null without any. */
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  /** failed / requests (0 without requests). */
  error_rate: number;
}

/** The report, as `--json` prints it. */
export interface SpendReport {
  since: string;
  until: string;
  by: ReportDimension;
  /** The model premium_equivalent_usd is priced at, or null when unknown. */
  premium_model: string | null;
  total: ReportFigures;
  rows: (ReportFigures & { group: string })[];
}

/** Inputs of `buildReport`. */
export interface BuildReportOptions {
  summary: DecisionSummary;
  since: number;
  until: number;
  /** The premium tier's first model, when the catalog knows it. */
  premiumModel?: { id: string; pricing: ModelPricing } | undefined;
}

/** Builds the report from a summary. The total is the fold of the rows, so they always agree. */
export function buildReport({ summary, since, until, premiumModel }: BuildReportOptions): SpendReport {
  const total = emptySummaryRow("total");
  for (const row of summary.rows) addSummaryRow(total, row);
  const figures = (row: SummaryRow): ReportFigures => ({
    ...sumFigures(row, premiumModel?.pricing),
    latency_p50_ms: histogramPercentile(row.latency, 0.5),
    latency_p95_ms: histogramPercentile(row.latency, 0.95),
  });
  return {
    since: new Date(since).toISOString(),
    until: new Date(until).toISOString(),
    by: summary.by,
    premium_model: premiumModel?.id ?? null,
    total: figures(total),
    rows: summary.rows.map((row) => ({ group: row.group, ...figures(row) })),
  };
}

/** Folds a row into a running total (sums and latency histogram). */
export function addSummaryRow(total: SummaryRow, row: SummaryRow): void {
  for (const key of Object.keys(total) as (keyof SummaryRow)[]) {
    if (key !== "group" && key !== "latency") total[key] += row[key];
  }
  mergeHistograms(total.latency, row.latency);
}

/** The figures that come from sums (everything but the latency percentiles). */
export function sumFigures(row: Omit<SummaryRow, "latency" | "group">, premiumPricing: ModelPricing | undefined): Omit<ReportFigures, "latency_p50_ms" | "latency_p95_ms"> {
  const premium = premiumPricing ? premiumEquivalentUsd(row, premiumPricing) : 0;
  return {
    requests: row.requests,
    served: row.served,
    refused: row.refused,
    failed: row.failed,
    client_errors: Math.max(0, row.requests - row.served - row.refused - row.failed),
    cost_usd: usd(row.costUsd),
    judge_cost_usd: usd(row.judgeCostUsd),
    total_cost_usd: usd(row.costUsd + row.judgeCostUsd),
    estimated_cost_usd: usd(row.estimatedCostUsd),
    input_tokens: row.inputTokens,
    output_tokens: row.outputTokens,
    premium_equivalent_usd: usd(premium),
    savings_usd: premiumPricing ? usd(premium - row.costUsd) : 0,
    avg_latency_ms: row.requests - row.impossible <= 0 ? 0 : row.latencyMsSum / (row.requests - row.impossible),
    impossible: row.impossible,
    feedback_count: row.feedbackCount,
    mean_feedback: row.feedbackCount === 0 ? null : row.feedbackScoreSum / row.feedbackCount,
    escalations: row.escalations,
    escalation_rate: row.requests === 0 ? 0 : row.escalations / row.requests,
    error_rate: row.requests === 0 ? 0 : row.failed / row.requests,
  };
}

/**
 * A sum of dollars as reports print it: to 10 decimals, the precision of `x-switchyard-cost-usd`, so summed floats
 * read 0.002772, not 0.0027719999999999997.
 */
function usd(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}

/** Served tokens at the premium model's prices, plus its per-request fee for each served request. */
export function premiumEquivalentUsd(row: Pick<SummaryRow, "inputTokens" | "outputTokens" | "served">, pricing: ModelPricing): number {
  return (
    (row.inputTokens * pricing.usdPerMillionInputTokens + row.outputTokens * pricing.usdPerMillionOutputTokens) / 1_000_000 +
    row.served * pricing.usdPerRequest
  );
}

/** The report as a plain-text table. */
export function formatReportTable(report: SpendReport): string {
  // Every outcome has its column, so served + refused + failed + client errors add up to the requests, as on the dashboard.
  // Escalations are one of the team lead's weekly figures (with spend, savings, errors and feedback): a count and its rate.
  const header = [report.by, "requests", "served", "refused", "failed", "client err", "escalated", "cost $", "premium $", "saved", "avg ms", "feedback"];
  const line = (group: string, f: ReportFigures): string[] => [
    group,
    String(f.requests),
    String(f.served),
    String(f.refused),
    String(f.failed),
    String(f.client_errors),
    `${f.escalations} (${(f.escalation_rate * 100).toFixed(1)}%)`,
    f.cost_usd.toFixed(6),
    report.premium_model ? f.premium_equivalent_usd.toFixed(6) : "-",
    report.premium_model && f.premium_equivalent_usd > 0 ? `${((f.savings_usd / f.premium_equivalent_usd) * 100).toFixed(1)}%` : "-",
    f.avg_latency_ms.toFixed(0),
    f.mean_feedback === null ? "-" : `${f.mean_feedback.toFixed(2)} (${f.feedback_count})`,
  ];
  const body = [header, ...report.rows.map((r) => line(r.group, r)), line("TOTAL", report.total)];
  const widths = header.map((_, column) => Math.max(...body.map((cells) => (cells[column] ?? "").length)));
  const render = (cells: string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const rows = body.map(render);
  const premium = report.premium_model
    ? `Savings are against sending the same tokens to ${report.premium_model} (the premium tier's first model).`
    : "No premium model price known: savings not computed.";
  const { total } = report;
  // The judge's spend is not any request's cost, but it is on the bill: the total says so whenever there was some.
  const judge = total.judge_cost_usd > 0
    ? [`Total spend $${total.total_cost_usd.toFixed(6)}: the requests' $${total.cost_usd.toFixed(6)} plus $${total.judge_cost_usd.toFixed(6)} for the sampled judge's gradings.`]
    : [];
  const impossible = total.impossible > 0 ? [impossibleNote(total.impossible)] : [];
  return [
    `Spend from ${utcMinute(report.since)} to ${utcMinute(report.until)}, by ${report.by}${report.by === "day" ? " (UTC days)" : ""}`,
    rows[0] ?? "",
    rule,
    ...rows.slice(1, -1),
    rule,
    rows.at(-1) ?? "",
    ...judge,
    ...impossible,
    premium,
  ].join("\n");
}

/** Said under the table when the period holds impossible records: their measures are in no figure above. */
export function impossibleNote(records: number): string {
  const which = records === 1 ? "1 request holds" : `${records} requests hold`;
  return `${which} an impossible cost, token count or latency (below zero, infinite or not a number): counted as requests, left out of cost, tokens and latency. Each is badged impossible on its page under the dashboard's Decisions.`;
}

/** Summarizes the log for a period and builds the report: what `switchyard report` and `GET /api/report` run. */
export async function generateReport(
  decisions: Pick<DecisionLogQueries, "summarize">,
  options: { since: number; until: number; by: ReportDimension; premiumModel?: BuildReportOptions["premiumModel"]; filter?: DecisionFilter },
): Promise<SpendReport> {
  const summary = await decisions.summarize({ ...options.filter, since: options.since, until: options.until, by: options.by });
  return buildReport({ summary, since: options.since, until: options.until, premiumModel: options.premiumModel });
}
