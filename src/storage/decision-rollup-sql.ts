/**
 * Daily rollups of the decision log, kept by database triggers so they are exact whatever writes the table
 * (inserts, re-writes of an id, feedback updates, deletes): per UTC day and per dimension (tier, task, model,
 * key, experiment arm), the report's sums, and the served-latency histogram. Day-aligned, unfiltered summaries and daily time series
 * (the dashboard's overview) read these few thousand rows instead of every decision (ADR 0013).
 * @module
 */
import { LATENCY_BUCKETS_PER_E } from "../log/latency-histogram.js";
import type { SqlDialect } from "./decision-sql.js";
import { impossibleSql, possibleSql } from "./decision-columns.js";

/** The dimensions rolled up, with the group expression over a row reference (`NEW`, `OLD`, or a table alias). */
export const ROLLUP_DIMENSIONS = {
  tier: (row: string) => `${row}.tier`,
  task: (row: string) => `${row}.task`,
  model: (row: string) => `COALESCE(${row}.model, '(none)')`,
  key: (row: string) => `COALESCE(${row}.key_id, '(none)')`,
  /** As `groupExpression("experiment")`: `experiment:arm`, an arm-less enrolment as `experiment:`. */
  experiment: (row: string) => `CASE WHEN ${row}.experiment IS NULL THEN '(none)' ELSE ${row}.experiment || ':' || COALESCE(${row}.arm, '') END`,
} as const;

export type RollupDimension = keyof typeof ROLLUP_DIMENSIONS;

/** Every rolled-up dimension. A log whose rollups predate one of them gets it backfilled at start (`rebuildDimensions`). */
export const ROLLUP_DIMENSION_NAMES = Object.keys(ROLLUP_DIMENSIONS) as RollupDimension[];

/** Whether a trigger's (or trigger function's) SQL text maintains `dimension`. */
export function maintainsDimension(triggerSql: string, dimension: RollupDimension): boolean {
  return triggerSql.includes(`'${dimension}'`);
}

/**
 * The summed columns of `decision_daily`. A rollup table made by an older version lacks the columns added since
 * (`judge_cost_usd`): each backend then rebuilds its rollups from the decisions once, at start.
 */
export const ROLLUP_SUM_COLUMNS = ["requests", "served", "refused", "failed", "cost_usd", "estimated_cost_usd", "input_tokens", "output_tokens", "latency_ms_sum", "feedback_count", "feedback_score_sum", "escalations", "judge_cost_usd", "impossible"] as const;

/**
 * Sum columns an older rollup table may lack that can be added in place, 0 on every row, because 0 is right for every
 * day without a decision the column counts: `impossible` (a decision with an impossible measure). Only the days
 * holding such a decision are then recomputed (`impossibleDays`, `rebuildDays`), not the whole log: adding it by
 * rebuilding every rollup kept a 1,000,000-decision SQLite gateway from listening for 66 s after the upgrade.
 */
export const ADDABLE_ROLLUP_COLUMNS: readonly (typeof ROLLUP_SUM_COLUMNS)[number][] = ["impossible"];

/** Each rollup column's value for one decision row. */
function rowSums(row: string): string[] {
  return [
    "1",
    `CASE WHEN ${row}.outcome = 'served' THEN 1 ELSE 0 END`,
    `CASE WHEN ${row}.outcome = 'refused' THEN 1 ELSE 0 END`,
    `CASE WHEN ${row}.outcome = 'failed' THEN 1 ELSE 0 END`,
    possibleSql(`${row}.cost_usd`, `${row}.`),
    possibleSql(`${row}.estimated_cost_usd`, `${row}.`),
    possibleSql(`${row}.input_tokens`, `${row}.`),
    possibleSql(`${row}.output_tokens`, `${row}.`),
    possibleSql(`${row}.latency_ms`, `${row}.`),
    `CASE WHEN ${row}.feedback_score IS NULL THEN 0 ELSE 1 END`,
    `COALESCE(${row}.feedback_score, 0)`,
    `CASE WHEN ${row}.escalated_to IS NULL THEN 0 ELSE 1 END`,
    `COALESCE(${possibleSql(`${row}.judge_cost_usd`, `${row}.`)}, 0)`,
    `CASE WHEN ${impossibleSql(`${row}.`)} THEN 1 ELSE 0 END`,
  ];
}

/** The rollup statements for one decisions table. `prefix` names the rollup tables (schema-qualified in Postgres). */
export function rollupSql(decisions: string, prefix: string, dialect: SqlDialect) {
  const sums = `${prefix}decision_daily`;
  const latency = `${prefix}decision_daily_latency`;
  // 0 for an impossible row, which the latency inserts leave out: Postgres folds a trigger's values before their WHERE,
  // and ln of an infinite latency cast to INTEGER failed the whole batch.
  const bucket = (row: string) => `CAST(floor(ln(${dialect.greatest(possibleSql(`${row}.latency_ms`, `${row}.`), "1")}) * ${dialect.float(LATENCY_BUCKETS_PER_E)}) AS INTEGER)`;
  const numeric = dialect.float(0).includes("::") ? "DOUBLE PRECISION" : "REAL";

  /** Adds (sign 1) or removes (sign -1) one row's contribution. */
  const apply = (row: string, sign: 1 | -1): string[] =>
    Object.entries(ROLLUP_DIMENSIONS).flatMap(([dimension, group]) => [
      `INSERT INTO ${sums} (day, dim, grp, ${ROLLUP_SUM_COLUMNS.join(", ")}) VALUES (${row}.created_at / 86400000, '${dimension}', ${group(row)}, ${rowSums(row)
        .map((value) => `${sign} * (${value})`)
        .join(", ")}) ON CONFLICT (dim, day, grp) DO UPDATE SET ${ROLLUP_SUM_COLUMNS.map((c) => `${c} = ${sums}.${c} + excluded.${c}`).join(", ")}`,
      `INSERT INTO ${latency} (day, dim, grp, bucket, n, max_ms) SELECT ${row}.created_at / 86400000, '${dimension}', ${group(row)}, ${bucket(row)}, ${sign}, ${row}.latency_ms
        WHERE ${row}.outcome = 'served' AND NOT ${impossibleSql(`${row}.`)} ON CONFLICT (dim, day, grp, bucket) DO UPDATE SET n = ${latency}.n + excluded.n, max_ms = ${dialect.greatest(`${latency}.max_ms`, "excluded.max_ms")}`,
    ]);

  /** Inserts the sums and histograms of `dimensions` from the decisions matching `where` (into tables holding none of them). */
  const insertDimensions = (dimensions: readonly RollupDimension[], where = "TRUE"): string[] =>
    dimensions.flatMap((dimension) => [
      `INSERT INTO ${sums} (day, dim, grp, ${ROLLUP_SUM_COLUMNS.join(", ")}) SELECT d.created_at / 86400000, '${dimension}', ${ROLLUP_DIMENSIONS[dimension]("d")}, ${rowSums("d")
        .map((value) => `SUM(${value})`)
        .join(", ")} FROM ${decisions} d WHERE ${where} GROUP BY 1, 3`,
      `INSERT INTO ${latency} (day, dim, grp, bucket, n, max_ms) SELECT d.created_at / 86400000, '${dimension}', ${ROLLUP_DIMENSIONS[dimension]("d")}, ${bucket("d")}, COUNT(*), MAX(d.latency_ms)
          FROM ${decisions} d WHERE (${where}) AND d.outcome = 'served' AND NOT ${impossibleSql("d.")} GROUP BY 1, 3, 4`,
    ]);

  return {
    sums,
    latency,
    /**
     * Each sum defaults to 0, as an added one is (`addColumns`): an older gateway sharing the file adds its batches
     * naming only the columns it knows, which `impossible NOT NULL` without a default refused on tables made here.
     */
    createTables: [
      `CREATE TABLE IF NOT EXISTS ${sums} (day BIGINT NOT NULL, dim TEXT NOT NULL, grp TEXT NOT NULL, ${ROLLUP_SUM_COLUMNS.map((c) => `${c} ${numeric} NOT NULL DEFAULT 0`).join(", ")}, PRIMARY KEY (dim, day, grp))`,
      `CREATE TABLE IF NOT EXISTS ${latency} (day BIGINT NOT NULL, dim TEXT NOT NULL, grp TEXT NOT NULL, bucket INTEGER NOT NULL, n BIGINT NOT NULL, max_ms ${numeric} NOT NULL, PRIMARY KEY (dim, day, grp, bucket))`,
    ],
    /** Statements run by the triggers. */
    apply,
    /** Recomputes both rollups from the decisions (migration of an existing log, or after a bulk load). */
    rebuild: [`DELETE FROM ${sums}`, `DELETE FROM ${latency}`, ...insertDimensions(ROLLUP_DIMENSION_NAMES)],
    /** Recomputes only `dimensions` (a dimension added since the rollups were made), leaving the others as they are. */
    rebuildDimensions(dimensions: readonly RollupDimension[]): string[] {
      const names = dimensions.map((dimension) => `'${dimension}'`).join(", ");
      return [`DELETE FROM ${sums} WHERE dim IN (${names})`, `DELETE FROM ${latency} WHERE dim IN (${names})`, ...insertDimensions(dimensions)];
    },
    /** Adds `columns` (of `ADDABLE_ROLLUP_COLUMNS`) to the sums table, 0 on every row: no rewrite of the table. */
    addColumns(columns: readonly string[]): string[] {
      return columns.map((column) => `ALTER TABLE ${sums} ADD COLUMN ${column} ${numeric} NOT NULL DEFAULT 0`);
    },
    /** The UTC days (column `day`) holding a decision with an impossible measure: one pass over the decisions, no sort of them. */
    impossibleDays: `SELECT DISTINCT d.created_at / 86400000 AS day FROM ${decisions} d WHERE ${impossibleSql("d.")}`,
    /**
     * Recomputes every dimension of the given UTC days only, a day at a time, each read as one range of the
     * created_at index (ranges joined with OR made SQLite scan the whole table once per statement).
     */
    rebuildDays(days: readonly number[]): string[] {
      // By (dim, day): the primary key's prefix; by day alone each delete scanned the whole latency rollup.
      const dims = ROLLUP_DIMENSION_NAMES.map((dimension) => `'${dimension}'`).join(", ");
      return days.flatMap((day) => {
        const whole = Math.trunc(day);
        return [
          `DELETE FROM ${sums} WHERE dim IN (${dims}) AND day = ${whole}`,
          `DELETE FROM ${latency} WHERE dim IN (${dims}) AND day = ${whole}`,
          ...insertDimensions(ROLLUP_DIMENSION_NAMES, `d.created_at >= ${whole * 86_400_000} AND d.created_at < ${(whole + 1) * 86_400_000}`),
        ];
      });
    },
    /**
     * Adds the rows of `decisions d` matching `where` (SQL over `d`, may hold placeholders) to both rollups, one
     * aggregated upsert per dimension and table: what the insert trigger does row by row, for a whole batch.
     * (`outcome || ''` keeps the planner on `where`'s range: an index on outcome would scan every served row.)
     */
    addRows(where: string): string[] {
      return Object.entries(ROLLUP_DIMENSIONS).flatMap(([dimension, group]) => [
        `INSERT INTO ${sums} (day, dim, grp, ${ROLLUP_SUM_COLUMNS.join(", ")}) SELECT d.created_at / 86400000, '${dimension}', ${group("d")}, ${rowSums("d")
          .map((value) => `SUM(${value})`)
          .join(", ")} FROM ${decisions} d WHERE ${where} GROUP BY 1, 3 ON CONFLICT (dim, day, grp) DO UPDATE SET ${ROLLUP_SUM_COLUMNS.map((c) => `${c} = ${sums}.${c} + excluded.${c}`).join(", ")}`,
        `INSERT INTO ${latency} (day, dim, grp, bucket, n, max_ms) SELECT d.created_at / 86400000, '${dimension}', ${group("d")}, ${bucket("d")}, COUNT(*), MAX(d.latency_ms)
          FROM ${decisions} d WHERE (${where}) AND d.outcome || '' = 'served' AND NOT ${impossibleSql("d.")} GROUP BY 1, 3, 4 ON CONFLICT (dim, day, grp, bucket) DO UPDATE SET n = ${latency}.n + excluded.n, max_ms = ${dialect.greatest(`${latency}.max_ms`, "excluded.max_ms")}`,
      ]);
    },
    /** Day-aligned sums of one dimension: columns day, grp and the sums. */
    daily(dimension: RollupDimension, fromDay: number, toDay: number) {
      return {
        text: `SELECT day, grp, ${ROLLUP_SUM_COLUMNS.join(", ")} FROM ${sums} WHERE dim = ${dialect.placeholder(1)} AND day >= ${dialect.placeholder(2)} AND day < ${dialect.placeholder(3)} AND requests <> 0`,
        values: [dimension, fromDay, toDay],
      };
    },
    /** Day-aligned latency histograms of one dimension: columns day, grp, bucket, n, max_ms. */
    dailyLatency(dimension: RollupDimension, fromDay: number, toDay: number) {
      return {
        text: `SELECT day, grp, bucket, n, max_ms FROM ${latency} WHERE dim = ${dialect.placeholder(1)} AND day >= ${dialect.placeholder(2)} AND day < ${dialect.placeholder(3)} AND n <> 0`,
        values: [dimension, fromDay, toDay],
      };
    },
  };
}

/** The statements of one table's rollups. */
export type RollupSql = ReturnType<typeof rollupSql>;
