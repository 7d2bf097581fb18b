/**
 * Time series of spend and requests (`GET /api/report/timeseries`, the dashboard's charts): one point per UTC
 * bucket and group, summed in the database.
 * @module
 */
import type { ModelPricing } from "../catalog/model-entry.js";
import { premiumEquivalentUsd } from "./build-report.js";
import type { DecisionFilter, DecisionLogQueries, TimeseriesBucket, TimeseriesDimension, TimeseriesRow } from "./decision-log-store.js";

/** Every bucket width and stacking dimension, for validation. */
export const TIMESERIES_BUCKETS: readonly TimeseriesBucket[] = ["hour", "day"];
export const TIMESERIES_DIMENSIONS: readonly TimeseriesDimension[] = ["tier", "model", "task", "key"];

/** One group in one bucket. */
export interface TimeseriesPoint {
  /** Bucket start, ms since epoch (UTC). */
  t: number;
  group: string;
  requests: number;
  served: number;
  refused: number;
  failed: number;
  cost_usd: number;
  /** The sampled judge's spend on these requests (not in `cost_usd`). */
  judge_cost_usd: number;
  /** The same tokens priced at the premium model (0 when its price is unknown). */
  premium_equivalent_usd: number;
}

/** The series, as the admin API returns it. */
export interface Timeseries {
  bucket: TimeseriesBucket;
  by: TimeseriesDimension;
  since: number;
  until: number;
  points: TimeseriesPoint[];
}

/** Options of generateTimeseries. */
export interface TimeseriesOptions {
  since: number;
  until: number;
  bucket: TimeseriesBucket;
  by: TimeseriesDimension;
  filter?: DecisionFilter;
  premiumPricing?: ModelPricing | undefined;
}

/** Runs the time-series query and shapes its points. */
export async function generateTimeseries(decisions: Pick<DecisionLogQueries, "timeseries">, options: TimeseriesOptions): Promise<Timeseries> {
  const { since, until, bucket, by } = options;
  const rows = await decisions.timeseries({ ...options.filter, since, until, bucket, by });
  return { bucket, by, since, until, points: rows.map((row) => toPoint(row, options.premiumPricing)) };
}

function toPoint(row: TimeseriesRow, pricing: ModelPricing | undefined): TimeseriesPoint {
  return {
    t: row.t,
    group: row.group,
    requests: row.requests,
    served: row.served,
    refused: row.refused,
    failed: row.failed,
    cost_usd: row.costUsd,
    judge_cost_usd: row.judgeCostUsd,
    premium_equivalent_usd: pricing ? premiumEquivalentUsd(row, pricing) : 0,
  };
}
