/**
 * The decision log with its read side: feedback, lookups and the aggregates reports are built from.
 * `createDecisionLog` implements it over a `DecisionLogBackend` (memory, SQLite, Postgres).
 * @module
 */
import type { DecisionLog, DecisionRecord } from "./decision-record.js";

/** What a report can group by (`switchyard report --by`). */
export type ReportDimension = "day" | "task" | "tier" | "model" | "key" | "experiment" | "door";

/** Every report dimension, for validation and help text. */
export const REPORT_DIMENSIONS: readonly ReportDimension[] = ["day", "task", "tier", "model", "key", "experiment", "door"];

/** Sums over one group of decisions. Means are derived from the sums so groups can be folded into totals. */
export interface SummaryRow {
  /** The group's value: a UTC date, task, tier, model, key id or `experiment:arm`; `(none)` when empty. */
  group: string;
  requests: number;
  served: number;
  refused: number;
  failed: number;
  costUsd: number;
  estimatedCostUsd: number;
  inputTokens: number;
  outputTokens: number;
  latencyMsSum: number;
  feedbackCount: number;
  feedbackScoreSum: number;
}

/** Which decisions a query covers. */
export interface DecisionQuery {
  /** ms since epoch, inclusive. */
  since?: number;
  /** ms since epoch, exclusive. */
  until?: number;
}

/** The aggregates of a period, one row per group, ordered by group. */
export interface DecisionSummary {
  by: ReportDimension;
  rows: SummaryRow[];
}

/** Read and feedback operations shared by the store and its backends. */
export interface DecisionLogQueries {
  /** Attaches feedback (score 0..1) to a decision. Returns false when no such decision exists. */
  recordFeedback(decisionId: string, score: number, label?: string | null): Promise<boolean>;
  get(decisionId: string): Promise<DecisionRecord | undefined>;
  /** Newest first. */
  list(query: DecisionQuery & { limit?: number; keyId?: string }): Promise<DecisionRecord[]>;
  summarize(query: DecisionQuery & { by: ReportDimension }): Promise<DecisionSummary>;
}

/** The decision log the gateway writes to and the report, admin API and feedback read from. */
export interface DecisionLogStore extends DecisionLog, DecisionLogQueries {}

/** A storage adapter under `createDecisionLog`. */
export interface DecisionLogBackend extends DecisionLogQueries {
  /** Writes records in one transaction. Writing an id again replaces the record but keeps its feedback. */
  insertMany(records: readonly DecisionRecord[]): Promise<void>;
  close(): Promise<void>;
}

/** An empty summary row for a group. */
export function emptySummaryRow(group: string): SummaryRow {
  return {
    group,
    requests: 0,
    served: 0,
    refused: 0,
    failed: 0,
    costUsd: 0,
    estimatedCostUsd: 0,
    inputTokens: 0,
    outputTokens: 0,
    latencyMsSum: 0,
    feedbackCount: 0,
    feedbackScoreSum: 0,
  };
}
