/**
 * The experiment reports as plain text, for `switchyard report --by experiment`.
 * @module
 */
import type { Estimate } from "./experiment-report-stats.js";
import type { ArmReport, ExperimentReport } from "./experiment-report-types.js";
import { utcMinute } from "./utc-minute.js";

/** One block per experiment: a table of both arms, then the verdict. */
export function formatExperimentReports(reports: readonly ExperimentReport[]): string {
  if (reports.length === 0) return "\nNo experiments configured or logged in this period.\n";
  return reports.map(formatOne).join("");
}

function formatOne(report: ExperimentReport): string {
  const config = report.config;
  const setup = config
    ? `share ${config.share} to ${JSON.stringify(config.variant)}${Object.keys(config.match).length > 0 ? ` for ${JSON.stringify(config.match)}` : ""}${config.enabled ? "" : " (disabled)"}`
    : "not in the current config";
  const header = ["arm", "requests", "units", "cost/request $ (95% CI)", "p50 ms (CI)", "p95 ms (CI)", "errors (CI)", "escalations (CI)", "feedback (CI, n)"];
  const row = (name: string, arm: ArmReport): string[] => [
    name,
    String(arm.requests),
    String(arm.units),
    interval(arm.cost_per_request_usd, usdPerRequest),
    interval(arm.latency_p50_ms, (v) => v.toFixed(0)),
    interval(arm.latency_p95_ms, (v) => v.toFixed(0)),
    interval(arm.error_rate, pct),
    interval(arm.escalation_rate, pct),
    `${interval(arm.feedback, (v) => v.toFixed(2))} n=${arm.feedback.count}`,
  ];
  const rows = [header, row("control", report.arms.control), row("variant", report.arms.variant)];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? "").length)));
  const render = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  return [
    "",
    `Experiment ${report.experiment} (${setup}), ${utcMinute(report.since)} to ${utcMinute(report.until)}`,
    render(rows[0] ?? []),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(render),
    `Verdict: ${report.verdict}`,
    "",
  ].join("\n");
}

function interval(estimate: Estimate, format: (value: number) => string): string {
  if (estimate.value === null) return "-";
  const { ci_low: low, ci_high: high } = estimate;
  // Too few values bound one side (or both): say so rather than print a question mark.
  if (low === null && high === null) return `${format(estimate.value)} (too few values for an interval)`;
  if (high === null) return `${format(estimate.value)} (≥ ${format(low as number)}; too few values for an upper bound)`;
  if (low === null) return `${format(estimate.value)} (≤ ${format(high)}; too few values for a lower bound)`;
  return `${format(estimate.value)} (${format(low)}–${format(high)})`;
}

/**
 * A cost per request in USD: six decimals, or more for a cost below a tenth of a cent, so that it keeps three
 * significant digits. A budget-tier arm costs about $0.000015 a request: six decimals printed its interval as
 * "0.000015 (0.000015–0.000015)", which reads as exact, where the dashboard shows $0.0000145 – $0.0000154.
 */
function usdPerRequest(value: number): string {
  const magnitude = Math.abs(value);
  const decimals = magnitude === 0 ? 6 : Math.min(12, Math.max(6, 2 - Math.floor(Math.log10(magnitude))));
  return value.toFixed(decimals);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
