/**
 * The report queries, written once for both SQL backends (SQLite, Postgres): each function returns the SQL text
 * and its parameters for a dialect; the backends only run them. Every aggregate is a GROUP BY in the database
 * over the indexed filter columns (see docs/decisions/0013-report-queries.md).
 * @module
 */
import type { DecisionFilter, DecisionListQuery, ReportDimension, TimeseriesBucket, TimeseriesDimension } from "../log/decision-log-store.js";
import { TIMESERIES_BUCKET_MS } from "../log/decision-log-store.js";
import { CLIENT_ENDED_ATTEMPT_TYPE, LIST_PROMPT_CHARS, SKIPPED_ATTEMPT_TYPES } from "../log/decision-record.js";
import { LATENCY_BUCKETS_PER_E } from "../log/latency-histogram.js";
import { NO_GROUP } from "../log/summarize-records.js";
import { DECISION_COLUMNS, SUMMARY_SELECT, groupExpression, impossibleSql, possibleMeasureSql, possibleSql } from "./decision-columns.js";

/** What differs between the SQL dialects. */
export interface SqlDialect {
  /** The n-th (1-based) parameter placeholder. */
  placeholder(n: number): string;
  /** The UTC date (YYYY-MM-DD) of `created_at`. */
  day: string;
  /** The larger of two numbers. */
  greatest(a: string, b: string): string;
  /** A float literal. */
  float(value: number): string;
  /** FROM-clause item giving one row `a` per element of `d.attempts`. */
  attemptsJoin: string;
  /** The attempt's model and error type (null on success) from `a`. */
  attemptModel: string;
  attemptError: string;
  /** `d.id` as compared and ordered for keyset pagination (byte order). */
  idKey: string;
}

/** A statement and its parameters. */
export interface SqlStatement {
  text: string;
  values: (string | number)[];
}

/** Runs one statement and returns its rows (each backend's driver). */
export type RunStatement = (statement: SqlStatement) => Promise<Record<string, unknown>[]>;

/** One index of the decisions table: its columns and, for a partial index, the rows it holds. */
export interface DecisionIndex {
  name: string;
  columns: string;
  /** Partial index: only rows matching this predicate are indexed. */
  where?: string;
}

/**
 * The indexes behind the filters: each filter column with created_at, and created_at with id for pages (which also
 * serves every plain time-range scan, so there is no index on created_at alone: one B-tree less per insert).
 * `key_id` and `experiment` are null on most rows (no `auth`, no experiment running), and the only queries these
 * two indexes serve compare the column with a value (`key_id = ?`, `experiment = ?`), which no null row matches: so
 * they hold only the rows where it is set (an `x = ?` term implies `x IS NOT NULL` for SQLite's planner and
 * Postgres's alike), and a commit of key-less, experiment-less rows writes no page of them.
 */
export const DECISION_INDEXES: readonly DecisionIndex[] = [
  { name: "decisions_task_created_at", columns: "task, created_at" },
  { name: "decisions_tier_created_at", columns: "tier, created_at" },
  { name: "decisions_model_created_at", columns: "model, created_at" },
  { name: "decisions_outcome_created_at", columns: "outcome, created_at" },
  { name: "decisions_key_id_set_created_at", columns: "key_id, created_at", where: "key_id IS NOT NULL" },
  { name: "decisions_experiment_set_created_at", columns: "experiment, created_at", where: "experiment IS NOT NULL" },
];

/** The full `key_id` and `experiment` indexes older versions made, replaced by the partial ones above. */
export const REPLACED_DECISION_INDEXES: readonly string[] = ["decisions_key_id_created_at", "decisions_experiment_created_at"];

/**
 * `CREATE INDEX IF NOT EXISTS` for every index, then `DROP INDEX IF EXISTS` for the ones replaced (runs on start, so
 * an existing database upgrades in place; a replacement is built before the index it replaces is dropped). `schema`
 * qualifies the dropped names where indexes live in a schema (Postgres).
 */
export function createIndexStatements(table: string, idColumn = "id", schema = ""): string[] {
  return [
    ...DECISION_INDEXES.map(({ name, columns, where }) => `CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})${where ? ` WHERE ${where}` : ""}`),
    `CREATE INDEX IF NOT EXISTS decisions_created_at_id ON ${table} (created_at, ${idColumn})`,
    ...REPLACED_DECISION_INDEXES.map((name) => `DROP INDEX IF EXISTS ${schema ? `${schema}.` : ""}${name}`),
  ];
}

/**
 * Relabels decisions an older version logged before routing (a 401, a malformed body) with tier, task and
 * difficulty `unknown`, which read as a tier and a task of that name, to `(none)` as new ones are. A routed
 * decision always has candidates, so a config's own tier called `unknown` is left alone. Runs at every start and,
 * once done, finds nothing through the tier index; the rollup triggers move the sums.
 */
export function relabelUnroutedStatement(table: string): string {
  return `UPDATE ${table} SET tier = '${NO_GROUP}', task = '${NO_GROUP}', difficulty = '${NO_GROUP}' WHERE tier = 'unknown' AND task = 'unknown' AND candidates = '[]'`;
}

const ESCALATIONS = "SUM(CASE WHEN escalated_to IS NOT NULL THEN 1 ELSE 0 END) AS escalations";

/** Builds statements for one table in one dialect. */
export function decisionSql(table: string, dialect: SqlDialect) {
  // An impossible row's latency never reaches ln (the WHERE leaves it out, but Postgres may fold a trigger's values
  // first: an infinite latency failed the batch with "integer out of range").
  const bucketExpression = `CAST(floor(ln(${dialect.greatest(possibleSql("d.latency_ms", "d."), "1")}) * ${dialect.float(LATENCY_BUCKETS_PER_E)}) AS INTEGER)`;

  const where = (filter: DecisionFilter, values: (string | number)[], extra: string[] = []): string => {
    const add = (value: string | number): string => {
      values.push(value);
      return dialect.placeholder(values.length);
    };
    const clauses = [`d.created_at >= ${add(filter.since ?? 0)}`, `d.created_at < ${add(filter.until ?? Number.MAX_SAFE_INTEGER)}`];
    const equal = (column: string, value: string | undefined): void => {
      if (value !== undefined) clauses.push(`d.${column} = ${add(value)}`);
    };
    equal("task", filter.task);
    equal("tier", filter.tier);
    equal("model", filter.model);
    equal("outcome", filter.outcome);
    equal("key_id", filter.keyId);
    equal("experiment", filter.experiment);
    equal("router", filter.router);
    if (filter.minCostUsd !== undefined) clauses.push(`d.cost_usd >= ${add(filter.minCostUsd)}`);
    return [...clauses, ...extra].join(" AND ");
  };

  const groupOf = (by: ReportDimension): string => groupExpression(by, dialect.day);
  // A NaN or infinite cost, read back as such, made a model's or an arm's sum NaN or infinite: left out, as reports do.
  const possibleCost = possibleSql("d.cost_usd", "d.");

  return {
    summary(filter: DecisionFilter, by: ReportDimension): SqlStatement {
      const values: (string | number)[] = [];
      const text = `SELECT ${groupOf(by)} AS grp, ${SUMMARY_SELECT}, ${ESCALATIONS} FROM ${table} d WHERE ${where(filter, values)} GROUP BY 1`;
      return { text, values };
    },
    /** Served latencies per group and histogram bucket: columns g0..gN, bucket, n, max_ms. */
    latencyHistogram(filter: DecisionFilter, groups: readonly string[], extra: readonly string[] = []): SqlStatement {
      const values: (string | number)[] = [];
      const groupColumns = groups.map((expression, i) => `${expression} AS g${i}`).join(", ");
      const positions = groups.map((_, i) => String(i + 1)).join(", ");
      const text = `SELECT ${groupColumns}, ${bucketExpression} AS bucket, COUNT(*) AS n, MAX(d.latency_ms) AS max_ms
        FROM ${table} d WHERE ${where(filter, values, ["d.outcome = 'served'", `NOT ${impossibleSql("d.")}`, ...extra])} GROUP BY ${positions}, ${groups.length + 1}`;
      return { text, values };
    },
    groupExpression: groupOf,
    timeseries(filter: DecisionFilter, bucket: TimeseriesBucket, by: TimeseriesDimension): SqlStatement {
      const values: (string | number)[] = [];
      const width = TIMESERIES_BUCKET_MS[bucket];
      const text = `SELECT (d.created_at / ${width}) * ${width} AS t, ${groupOf(by)} AS grp, ${SUMMARY_SELECT}, ${ESCALATIONS}
        FROM ${table} d WHERE ${where(filter, values)} GROUP BY 1, 2`;
      return { text, values };
    },
    modelAnswers(filter: DecisionFilter): SqlStatement {
      const values: (string | number)[] = [];
      const text = `SELECT d.model AS model, COUNT(*) AS requests, SUM(${possibleCost}) AS cost_usd FROM ${table} d
        WHERE ${where(filter, values, ["d.model IS NOT NULL"])} GROUP BY 1`;
      return { text, values };
    },
    modelAttempts(filter: DecisionFilter): SqlStatement {
      const values: (string | number)[] = [];
      // The skip and client types are constants of ours (no input), written as SQL string literals.
      const skips = SKIPPED_ATTEMPT_TYPES.map((type) => `'${type}'`).join(", ");
      const text = `SELECT ${dialect.attemptModel} AS model, COUNT(*) AS attempts,
        SUM(CASE WHEN ${dialect.attemptError} IS NOT NULL AND ${dialect.attemptError} NOT IN (${skips}, '${CLIENT_ENDED_ATTEMPT_TYPE}') THEN 1 ELSE 0 END) AS errors,
        SUM(CASE WHEN ${dialect.attemptError} IN (${skips}) THEN 1 ELSE 0 END) AS skipped
        FROM ${table} d, ${dialect.attemptsJoin} WHERE ${where(filter, values)} GROUP BY 1`;
      return { text, values };
    },
    /** Per arm, summed over its assignment units (one inner row per unit; a record without one is its own). */
    experimentArms(filter: DecisionFilter): SqlStatement {
      const values: (string | number)[] = [];
      const text = `SELECT u.experiment AS experiment, u.arm AS arm, SUM(u.n) AS requests, COUNT(*) AS units,
        SUM(u.cost) AS cost_sum, SUM(u.cost_squares) AS cost_squares, SUM(u.failed) AS failed, SUM(u.escalations) AS escalations,
        SUM(u.feedback_count) AS feedback_count, SUM(u.feedback_sum) AS feedback_sum, SUM(u.feedback_squares) AS feedback_squares,
        SUM(CASE WHEN u.feedback_count > 0 THEN 1 ELSE 0 END) AS feedback_units, SUM(u.n * u.n) AS request_squares,
        SUM(u.cost * u.cost) AS unit_cost_squares, SUM(u.cost * u.n) AS unit_cost_by_requests,
        SUM(u.failed * u.failed) AS unit_failed_squares, SUM(u.failed * u.n) AS unit_failed_by_requests,
        SUM(u.escalations * u.escalations) AS unit_escalation_squares, SUM(u.escalations * u.n) AS unit_escalation_by_requests,
        SUM(u.feedback_count * u.feedback_count) AS unit_feedback_count_squares, SUM(u.feedback_sum * u.feedback_sum) AS unit_feedback_sum_squares,
        SUM(u.feedback_sum * u.feedback_count) AS unit_feedback_sum_by_count
        FROM (SELECT d.experiment AS experiment, COALESCE(d.arm, '') AS arm, COALESCE(d.experiment_unit, 'decision:' || d.id) AS unit,
          COUNT(*) AS n, SUM(${possibleCost}) AS cost, SUM(${possibleCost} * ${possibleCost}) AS cost_squares,
          SUM(CASE WHEN d.outcome = 'failed' THEN 1 ELSE 0 END) AS failed, ${ESCALATIONS},
          COUNT(d.feedback_score) AS feedback_count, COALESCE(SUM(d.feedback_score), 0) AS feedback_sum,
          COALESCE(SUM(d.feedback_score * d.feedback_score), 0) AS feedback_squares
          FROM ${table} d WHERE ${where(filter, values, ["d.experiment IS NOT NULL"])} GROUP BY 1, 2, 3) u GROUP BY 1, 2`;
      return { text, values };
    },
    /** The decisions' cost and the judge's, each but an impossible one: columns cost_usd, judge_cost_usd. */
    spent(filter: DecisionFilter): SqlStatement {
      const values: (string | number)[] = [];
      const sum = (column: string): string => `COALESCE(SUM(CASE WHEN ${possibleMeasureSql(column)} THEN ${column} ELSE 0 END), 0)`;
      const text = `SELECT ${sum("d.cost_usd")} AS cost_usd, ${sum("d.judge_cost_usd")} AS judge_cost_usd FROM ${table} d WHERE ${where(filter, values)}`;
      return { text, values };
    },
    list(query: DecisionListQuery): SqlStatement {
      const values: (string | number)[] = [];
      const extra: string[] = [];
      const clauses = where(query, values);
      if (query.before) {
        values.push(query.before.createdAt, query.before.createdAt, query.before.id);
        const [a, b, c] = [values.length - 2, values.length - 1, values.length].map((n) => dialect.placeholder(n));
        extra.push(`(d.created_at < ${a} OR (d.created_at = ${b} AND ${dialect.idKey} < ${c}))`);
      }
      values.push(query.limit ?? 100);
      const text = `SELECT ${LIST_COLUMNS} FROM ${table} d WHERE ${[clauses, ...extra].join(" AND ")}
        ORDER BY d.created_at DESC, ${dialect.idKey} DESC LIMIT ${dialect.placeholder(values.length)}`;
      return { text, values };
    },
  };
}

/** The statements of one table. */
export type DecisionSql = ReturnType<typeof decisionSql>;

/**
 * A page's columns: every column, but a stored prompt cut to {@link LIST_PROMPT_CHARS} characters by the database (so a
 * page of huge prompts is never read whole), with its length beside it (`substr` and `length` count characters in
 * SQLite and Postgres alike).
 */
const LIST_COLUMNS = DECISION_COLUMNS.map((column) =>
  column === "prompt" ? `CASE WHEN length(d.prompt) > ${LIST_PROMPT_CHARS} THEN substr(d.prompt, 1, ${LIST_PROMPT_CHARS}) ELSE d.prompt END AS prompt, length(d.prompt) AS prompt_length` : `d.${column}`,
).join(", ");
