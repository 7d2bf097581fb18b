/**
 * The decision log with its read side: feedback, lookups and the aggregates reports are built from.
 * `createDecisionLog` implements it over a `DecisionLogBackend` (memory, SQLite, Postgres).
 * @module
 */
import type { DecisionLog, DecisionOutcome, DecisionRecord } from "./decision-record.js";
import type { LatencyHistogram } from "./latency-histogram.js";

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
  /** Requests with `escalatedTo` set. */
  escalations: number;
  /** What the sampled judge's calls grading these decisions cost (not part of `costUsd`). */
  judgeCostUsd: number;
  /**
   * Decisions with an impossible measure (log/impossible-measures.ts): counted in `requests` and the outcomes, their
   * cost, tokens, latency and judge cost left out of the sums and the latency histogram.
   */
  impossible: number;
  /** Latencies of the group's served requests (percentiles come from it). */
  latency: LatencyHistogram;
}

/** Which decisions a query covers. */
export interface DecisionQuery {
  /** ms since epoch, inclusive. */
  since?: number;
  /** ms since epoch, exclusive. */
  until?: number;
}

/** A period narrowed by the filters of the admin API and the dashboard; every field is an exact match. */
export interface DecisionFilter extends DecisionQuery {
  task?: string;
  tier?: string;
  /** The answering model. */
  model?: string;
  outcome?: DecisionOutcome;
  keyId?: string;
  experiment?: string;
  /** The router that chose the decision's tier (`shipped`, or an adapter's id). */
  router?: string;
  /** Only decisions that cost at least this much. */
  minCostUsd?: number;
}

/** Where a page of decisions ends: the next page holds the decisions strictly older (created_at, then id). */
export interface DecisionCursor {
  createdAt: number;
  id: string;
}

/** A page of decisions, newest first. */
export interface DecisionListQuery extends DecisionFilter {
  /** Default 100. */
  limit?: number;
  before?: DecisionCursor;
}

/** Width of a time-series bucket (UTC). */
export type TimeseriesBucket = "hour" | "day";

/** What a time series is stacked by. */
export type TimeseriesDimension = "tier" | "model" | "task" | "key";

/** One group in one time bucket. */
export interface TimeseriesRow extends Omit<SummaryRow, "latency"> {
  /** Bucket start, ms since epoch. */
  t: number;
}

/** Traffic of one model: decisions it answered, and every upstream attempt on it. */
export interface ModelUsageRow {
  model: string;
  /** Decisions this model answered. */
  requests: number;
  costUsd: number;
  /** Attempt records on this model, answered or not, skips included. */
  attempts: number;
  /** Attempts the model failed (an upstream error, a timeout, a bad answer); skips are not its errors. */
  errors: number;
  /** Attempts that were a skip without a call (`SKIPPED_ATTEMPT_TYPES` in decision-record.ts): a budget, an open circuit, a hold, too small a context. */
  skipped: number;
}

/** The sums one experiment arm's report is computed from. */
export interface ExperimentArmRow {
  experiment: string;
  arm: string;
  requests: number;
  costSum: number;
  costSquares: number;
  failed: number;
  escalations: number;
  feedbackCount: number;
  feedbackSum: number;
  feedbackSquares: number;
  /** Latencies of served requests. */
  latency: LatencyHistogram;
  /** Per-unit sums: what the report's cluster intervals need (a unit's requests are not independent). */
  clusters: ArmClusterSums;
}

/**
 * Sums over an arm's assignment units (clusters). For unit i with n_i requests, c_i its cost, f_i its failed and
 * e_i its escalated requests, k_i its feedback scores and s_i their sum: Σn_i², Σc_i², Σc_i·n_i, and so on. A record
 * without a unit (assigned by decision id, or older than the `experiment_unit` column) is a unit of its own.
 */
export interface ArmClusterSums {
  /** Units in the arm. */
  units: number;
  /** Units with at least one feedback score. */
  feedbackUnits: number;
  requestSquares: number;
  costSquares: number;
  costByRequests: number;
  failedSquares: number;
  failedByRequests: number;
  escalationSquares: number;
  escalationByRequests: number;
  feedbackCountSquares: number;
  feedbackSumSquares: number;
  feedbackSumByCount: number;
}

/** The aggregates of a period, one row per group, ordered by group. */
export interface DecisionSummary {
  by: ReportDimension;
  rows: SummaryRow[];
}

/** Read and feedback operations shared by the store and its backends. */
/** What a window's decisions spent (`DecisionLogQueries.spentUsd`): their own cost, and the judge's grading them. */
export interface SpentUsd {
  costUsd: number;
  judgeCostUsd: number;
}

export interface DecisionLogQueries {
  /** Attaches feedback (score 0..1) to a decision. Returns false when no such decision exists. */
  recordFeedback(decisionId: string, score: number, label?: string | null): Promise<boolean>;
  /**
   * Attaches the sampled judge's grade (0..1; null when the judge answered without one) and the judge call's cost.
   * Returns false when no such decision exists.
   */
  recordJudgement(decisionId: string, score: number | null, costUsd: number): Promise<boolean>;
  get(decisionId: string): Promise<DecisionRecord | undefined>;
  /** Newest first (created_at, then id, descending). */
  list(query: DecisionListQuery): Promise<DecisionRecord[]>;
  summarize(query: DecisionFilter & { by: ReportDimension }): Promise<DecisionSummary>;
  /** Sums per (bucket start, group), ordered by bucket then group. */
  timeseries(query: DecisionFilter & { bucket: TimeseriesBucket; by: TimeseriesDimension }): Promise<TimeseriesRow[]>;
  /** Per model, ordered by model. */
  modelUsage(query: DecisionFilter): Promise<ModelUsageRow[]>;
  /** Per experiment arm of enrolled decisions, ordered by experiment then arm. */
  experimentArms(query: DecisionFilter): Promise<ExperimentArmRow[]>;
  /**
   * What the decisions cost, in USD: every record's cost but one that is itself impossible (log/impossible-measures.ts),
   * and apart, what the sampled judge spent grading them (each judge cost but an impossible one). A budget reseeded
   * from the log counts them; unlike a report, a record's other impossible measure does not leave its cost out, since
   * counting less is the side a cap cannot stand.
   */
  spentUsd(query: DecisionFilter): Promise<SpentUsd>;
}

/** The decision log the gateway writes to and the report, admin API and feedback read from. */
export interface DecisionLogStore extends DecisionLog, DecisionLogQueries {}

/** A storage adapter under `createDecisionLog`. */
export interface DecisionLogBackend extends DecisionLogQueries {
  /** Writes records in one transaction. Writing an id again replaces the record but keeps its feedback. */
  insertMany(records: readonly DecisionRecord[]): Promise<void>;
  /**
   * Local backends only (SQLite): commits the records in one transaction before returning, synchronously, so they
   * survive a kill -9 of the process from the moment the call returns. A durable log without an outbox uses it
   * instead of batching (ADR 0008).
   */
  insertNow?(records: readonly DecisionRecord[]): void;
  close(): Promise<void>;
}

/**
 * A local, synchronous, crash-safe queue of records not yet in the backend: `append` commits
 * before it returns; a shipper moves records to the backend and then removes them. Records left behind by a
 * crash are shipped at the next start. Several processes may share one outbox: shipping is idempotent
 * (`insertMany` replaces by id). See ADR 0008.
 */
export interface DecisionOutbox {
  /** Commits the records (one transaction) before it returns. */
  append(records: readonly DecisionRecord[]): void;
  /** The oldest `limit` records still waiting, each with its place in the outbox. */
  peek(limit: number): { seq: number; record: DecisionRecord }[];
  /**
   * Forgets shipped records: by `seq`, so a newer copy of the same id is never dropped unshipped, and by `id`, so a
   * newer record that took a freed `seq` is never dropped by a process that shipped the older one late.
   */
  remove(shipped: readonly { seq: number; id: string }[]): void;
  /** How many records wait. */
  count(): number;
  /**
   * How many records wait, and when the oldest of them was made (its `createdAt`, ms since epoch; null when none
   * waits): the `switchyard_decision_outbox_*` gauges, read at scrape time.
   */
  backlog(): { records: number; oldestCreatedAt: number | null };
  /**
   * Keeps records the backend refused on their own (with its reason) apart from those waiting, and forgets the waiting
   * copy of each that has a `seq`.
   */
  setAside(entries: readonly { seq?: number; record: DecisionRecord; reason: string }[]): void;
  /** The oldest `limit` records set aside, each with its place among them. */
  setAsideRecords(limit: number): { seq: number; record: DecisionRecord }[];
  /** Forgets set-aside records the backend has now taken. */
  forgetSetAside(seqs: readonly number[]): void;
  /** One transaction that appends a row of `bytes` bytes and deletes it: whether the disk takes records again (ADR 0072). */
  probe?(bytes: number): void;
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
    escalations: 0,
    judgeCostUsd: 0,
    impossible: 0,
    latency: new Map(),
  };
}

/** Bucket widths in ms. */
export const TIMESERIES_BUCKET_MS: Record<TimeseriesBucket, number> = { hour: 3_600_000, day: 86_400_000 };

/** Orders strings by code unit (what every backend uses, whatever the database's collation). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
