/**
 * The decision table's columns, shared by the SQL backends (SQLite, Postgres), and the mapping between a
 * DecisionRecord and a row. Lists (candidates, attempts, quality checks) are stored as JSON text.
 * @module
 */
import { LIST_PROMPT_CHARS, type AttemptRecord, type DecisionOutcome, type DecisionRecord, type ShadowDecision } from "../log/decision-record.js";
import type { ReportDimension, SummaryRow } from "../log/decision-log-store.js";
import { LARGEST_MEASURE } from "../log/impossible-measures.js";
import { featuresJson } from "./features-json.js";
import { optionalRealValue, realValue, requiredTextValue, textValue, tokenCount, tokenValue, wholeValue } from "./column-values.js";

/** Column names in insert order. */
export const DECISION_COLUMNS = [
  "id",
  "created_at",
  "key_id",
  "task",
  "task_source",
  "task_confidence",
  "difficulty",
  "tier",
  "candidates",
  "attempts",
  "model",
  "experiment",
  "arm",
  "estimated_cost_usd",
  "cost_usd",
  "input_tokens",
  "output_tokens",
  "time_to_first_token_ms",
  "latency_ms",
  "finish_reason",
  "stream",
  "outcome",
  "status",
  "error_type",
  "quality_checks",
  "escalated_to",
  "feedback_score",
  "feedback_label",
  "prompt",
  "features",
  "router",
  "shadow",
  "judge_score",
  "judge_cost_usd",
  "explored",
  "door",
  "affinity",
  "propensity",
  "reasons",
  "experiment_unit",
] as const;

/** Columns a re-written record must not overwrite (set after the request: feedback and the judge's grade). */
export const FEEDBACK_COLUMNS = ["feedback_score", "feedback_label", "judge_score", "judge_cost_usd"] as const;

/**
 * Columns added after the first release, with their SQL types: each backend adds any that an existing table
 * lacks (ALTER TABLE ... ADD COLUMN), so an old database keeps working.
 */
export const ADDED_COLUMNS: readonly { name: (typeof DECISION_COLUMNS)[number]; sqlite: string; postgres: string }[] = [
  { name: "features", sqlite: "TEXT", postgres: "TEXT" },
  { name: "router", sqlite: "TEXT", postgres: "TEXT" },
  { name: "shadow", sqlite: "TEXT", postgres: "TEXT" },
  { name: "judge_score", sqlite: "REAL", postgres: "DOUBLE PRECISION" },
  { name: "judge_cost_usd", sqlite: "REAL", postgres: "DOUBLE PRECISION" },
  { name: "explored", sqlite: "INTEGER", postgres: "SMALLINT" },
  { name: "door", sqlite: "TEXT", postgres: "TEXT" },
  { name: "affinity", sqlite: "TEXT", postgres: "TEXT" },
  { name: "propensity", sqlite: "REAL", postgres: "DOUBLE PRECISION" },
  { name: "reasons", sqlite: "TEXT", postgres: "TEXT" },
  { name: "experiment_unit", sqlite: "TEXT", postgres: "TEXT" },
];

/** A row as a driver returns it (Postgres gives BIGINT as strings). */
export type DecisionRow = Record<(typeof DECISION_COLUMNS)[number], unknown> & {
  /** A page's rows only: the stored prompt's length beside its cut text (decision-sql.ts, `list`). */
  prompt_length?: unknown;
};

/**
 * Values in `DECISION_COLUMNS` order, each of its column's type (`column-values.ts`: no record can stop the log).
 * `tokens` writes a token count (Postgres keeps NaN and the infinities as sentinels a BIGINT can hold).
 */
export function decisionToValues(record: DecisionRecord, tokens: (value: unknown) => number | string = tokenValue): (string | number | null)[] {
  return [
    requiredTextValue(record.id),
    wholeValue(record.createdAt),
    textValue(record.keyId),
    requiredTextValue(record.task),
    requiredTextValue(record.taskSource),
    realValue(record.taskConfidence),
    requiredTextValue(record.difficulty),
    requiredTextValue(record.tier),
    JSON.stringify(record.candidates),
    JSON.stringify(record.attempts),
    textValue(record.model),
    textValue(record.experiment),
    textValue(record.arm),
    realValue(record.estimatedCostUsd),
    realValue(record.costUsd),
    tokens(record.inputTokens),
    tokens(record.outputTokens),
    optionalRealValue(record.timeToFirstTokenMs),
    realValue(record.latencyMs),
    textValue(record.finishReason),
    record.stream ? 1 : 0,
    requiredTextValue(record.outcome),
    wholeValue(record.status),
    textValue(record.errorType),
    JSON.stringify(record.qualityChecks),
    textValue(record.escalatedTo),
    optionalRealValue(record.feedbackScore),
    textValue(record.feedbackLabel),
    textValue(record.prompt),
    record.features ? featuresJson(record.features) : null,
    textValue(record.router),
    record.shadow ? JSON.stringify(record.shadow) : null,
    optionalRealValue(record.judgeScore),
    optionalRealValue(record.judgeCostUsd),
    record.explored === undefined || record.explored === null ? null : record.explored ? 1 : 0,
    textValue(record.door) ?? "chat",
    textValue(record.affinity),
    optionalRealValue(record.propensity),
    record.reasons && record.reasons.length > 0 ? JSON.stringify(record.reasons) : null,
    textValue(record.experimentUnit),
  ];
}

/** A row back to a record. */
export function rowToDecision(row: DecisionRow): DecisionRecord {
  return {
    id: String(row.id),
    createdAt: Number(row.created_at),
    keyId: text(row.key_id),
    task: String(row.task),
    taskSource: row.task_source === "given" ? "given" : "classified",
    taskConfidence: Number(row.task_confidence),
    difficulty: String(row.difficulty),
    tier: String(row.tier),
    candidates: jsonList<string>(row.candidates),
    attempts: jsonList<AttemptRecord>(row.attempts),
    model: text(row.model),
    experiment: text(row.experiment),
    arm: text(row.arm),
    estimatedCostUsd: Number(row.estimated_cost_usd),
    costUsd: Number(row.cost_usd),
    inputTokens: tokenCount(row.input_tokens),
    outputTokens: tokenCount(row.output_tokens),
    timeToFirstTokenMs: row.time_to_first_token_ms === null ? null : Number(row.time_to_first_token_ms),
    latencyMs: Number(row.latency_ms),
    finishReason: text(row.finish_reason),
    stream: Number(row.stream) === 1,
    outcome: String(row.outcome) as DecisionOutcome,
    status: Number(row.status),
    errorType: text(row.error_type),
    qualityChecks: jsonList<string>(row.quality_checks),
    escalatedTo: text(row.escalated_to),
    feedbackScore: row.feedback_score === null ? null : Number(row.feedback_score),
    feedbackLabel: text(row.feedback_label),
    prompt: text(row.prompt),
    features: jsonObject<Record<string, unknown>>(row.features),
    router: text(row.router),
    shadow: jsonObject<ShadowDecision>(row.shadow),
    judgeScore: numberOrNull(row.judge_score),
    judgeCostUsd: numberOrNull(row.judge_cost_usd),
    explored: row.explored === null || row.explored === undefined ? null : Number(row.explored) === 1,
    door: text(row.door) ?? "chat",
    affinity: text(row.affinity),
    propensity: numberOrNull(row.propensity),
    reasons: jsonList<string>(row.reasons),
    experimentUnit: text(row.experiment_unit),
    // A page's row carries the prompt's length beside its cut text (decision-sql.ts, `list`).
    ...(typeof row.prompt_length === "number" || typeof row.prompt_length === "string" ? promptLengthOf(Number(row.prompt_length)) : {}),
  };
}

function promptLengthOf(length: number): { promptLength?: number } {
  return length > LIST_PROMPT_CHARS ? { promptLength: length } : {};
}

/** SQL for the group of a dimension; `day` takes the dialect's expression for the UTC date of `created_at`. */
export function groupExpression(by: ReportDimension, dayExpression: string): string {
  switch (by) {
    case "day":
      return dayExpression;
    case "task":
      return "task";
    case "tier":
      return "tier";
    case "model":
      return "COALESCE(model, '(none)')";
    case "key":
      return "COALESCE(key_id, '(none)')";
    case "experiment":
      return "CASE WHEN experiment IS NULL THEN '(none)' ELSE experiment || ':' || COALESCE(arm, '') END";
    case "door":
      return "COALESCE(door, 'chat')";
  }
}

/** The measures a report sums: any of them impossible leaves all of them out (log/impossible-measures.ts). */
const MEASURE_COLUMNS = ["cost_usd", "estimated_cost_usd", "input_tokens", "output_tokens", "latency_ms"] as const;

/**
 * SQL true for a decision row (`prefix` is its alias with a dot, or "") with an impossible measure: below zero, or
 * above {@link LARGEST_MEASURE}, which SQLite (a text "NaN" sorts above every number; 9e999 is infinity) and Postgres
 * (NaN sorts above every number) both hold for infinity and NaN too. The same test as `hasImpossibleMeasure`.
 */
export function impossibleSql(prefix = ""): string {
  const measures = [...MEASURE_COLUMNS.map((column) => `${prefix}${column}`), `COALESCE(${prefix}judge_cost_usd, 0)`];
  return `(${measures.map((measure) => `${measure} < 0 OR ${measure} > ${LARGEST_MEASURE}`).join(" OR ")})`;
}

/** SQL true for a measure that is possible itself (from 0 up to {@link LARGEST_MEASURE}): false for NaN and infinities too. */
export function possibleMeasureSql(measure: string): string {
  return `(${measure} >= 0 AND ${measure} <= ${LARGEST_MEASURE})`;
}

/** A measure of a row, 0 when the row has an impossible one. */
export function possibleSql(measure: string, prefix = ""): string {
  return `CASE WHEN ${impossibleSql(prefix)} THEN 0 ELSE ${measure} END`;
}

/** The aggregate select list every SQL backend uses, aliased to SummaryRow's fields. */
export const SUMMARY_SELECT = `COUNT(*) AS requests,
  SUM(CASE WHEN outcome = 'served' THEN 1 ELSE 0 END) AS served,
  SUM(CASE WHEN outcome = 'refused' THEN 1 ELSE 0 END) AS refused,
  SUM(CASE WHEN outcome = 'failed' THEN 1 ELSE 0 END) AS failed,
  SUM(${possibleSql("cost_usd")}) AS cost_usd,
  SUM(${possibleSql("estimated_cost_usd")}) AS estimated_cost_usd,
  SUM(${possibleSql("input_tokens")}) AS input_tokens,
  SUM(${possibleSql("output_tokens")}) AS output_tokens,
  SUM(${possibleSql("latency_ms")}) AS latency_ms_sum,
  COUNT(feedback_score) AS feedback_count,
  COALESCE(SUM(feedback_score), 0) AS feedback_score_sum,
  COALESCE(SUM(${possibleSql("judge_cost_usd")}), 0) AS judge_cost_usd,
  SUM(CASE WHEN ${impossibleSql()} THEN 1 ELSE 0 END) AS impossible`;

/** An aggregate row (any SQL driver) to a SummaryRow. */
export function toSummaryRow(row: Record<string, unknown>): SummaryRow {
  return { group: String(row.grp), ...summarySums(row), latency: new Map() };
}

/** The summed columns of an aggregate or rollup row (any SQL driver; drivers may return numbers as strings). */
export function summarySums(row: Record<string, unknown>): Omit<SummaryRow, "group" | "latency"> {
  const n = (key: string): number => Number(row[key] ?? 0);
  return {
    requests: n("requests"),
    served: n("served"),
    refused: n("refused"),
    failed: n("failed"),
    costUsd: n("cost_usd"),
    estimatedCostUsd: n("estimated_cost_usd"),
    inputTokens: n("input_tokens"),
    outputTokens: n("output_tokens"),
    latencyMsSum: n("latency_ms_sum"),
    feedbackCount: n("feedback_count"),
    feedbackScoreSum: n("feedback_score_sum"),
    escalations: n("escalations"),
    judgeCostUsd: n("judge_cost_usd"),
    impossible: n("impossible"),
  };
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function jsonObject<T>(value: unknown): T | null {
  if (typeof value !== "string") return null;
  const parsed = parseColumn(value);
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as T) : null;
}

function jsonList<T>(value: unknown): T[] {
  if (typeof value !== "string") return Array.isArray(value) ? (value as T[]) : [];
  const parsed = parseColumn(value);
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/**
 * A JSON column's value, or undefined when it does not parse (a hand edit, a disk error, another writer): read as
 * absent, like a value of the wrong shape. It threw: one such row stopped `train --from-log` with a bare SyntaxError,
 * and the admin API (the dashboard's decision pages) answered a GET 400 "The request body is not valid JSON".
 */
function parseColumn(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
