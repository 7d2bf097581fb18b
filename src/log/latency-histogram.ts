/**
 * Latency percentiles from a log-scale histogram, so every backend computes them with a GROUP BY instead of
 * sorting a period's latencies (SQLite has no percentile function; see docs/decisions/0013-report-queries.md).
 *
 * A latency `ms` falls in bucket `floor(ln(max(ms, 1)) · BUCKETS_PER_E)`: 16 buckets per doubling, so one bucket
 * spans 4.4%. Each bucket keeps its count and its largest latency; a percentile is the largest latency of the
 * bucket holding its rank. It is therefore a latency that really occurred, at most 4.4% above the exact order
 * statistic, and histograms of groups merge exactly (totals agree with their rows).
 * @module
 */

/** Buckets per unit of ln(ms): 16 per doubling. SQL backends use the same constant. */
export const LATENCY_BUCKETS_PER_E = 16 / Math.LN2;

/** One histogram bucket. */
export interface LatencyBucket {
  count: number;
  maxMs: number;
}

/** Bucket index -> bucket. */
export type LatencyHistogram = Map<number, LatencyBucket>;

/** The bucket index of a latency. */
export function latencyBucketOf(ms: number): number {
  return Math.floor(Math.log(Math.max(ms, 1)) * LATENCY_BUCKETS_PER_E);
}

/** Adds `count` latencies of one bucket (as SQL returns them) or one latency (count 1). */
export function addToHistogram(histogram: LatencyHistogram, bucket: number, count: number, maxMs: number): void {
  const current = histogram.get(bucket);
  if (current) {
    current.count += count;
    current.maxMs = Math.max(current.maxMs, maxMs);
  } else histogram.set(bucket, { count, maxMs });
}

/** Folds `from` into `into`. */
export function mergeHistograms(into: LatencyHistogram, from: LatencyHistogram): void {
  for (const [bucket, { count, maxMs }] of from) addToHistogram(into, bucket, count, maxMs);
}

/** The number of latencies in a histogram. */
export function histogramCount(histogram: LatencyHistogram): number {
  let total = 0;
  for (const { count } of histogram.values()) total += count;
  return total;
}

/** The latency at 1-based rank `rank` (clamped to 1..n), or null for an empty histogram. */
export function latencyAtRank(histogram: LatencyHistogram, rank: number): number | null {
  const buckets = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  let seen = 0;
  let last: number | null = null;
  for (const [, bucket] of buckets) {
    seen += bucket.count;
    last = bucket.maxMs;
    if (seen >= rank) return bucket.maxMs;
  }
  return last;
}

/** The q-th percentile (nearest rank, ceil(q·n)), or null without latencies. */
export function histogramPercentile(histogram: LatencyHistogram, q: number): number | null {
  const n = histogramCount(histogram);
  if (n === 0) return null;
  return latencyAtRank(histogram, Math.max(1, Math.ceil(q * n)));
}
