/**
 * Reads the samples of one `memory-timeline.ts` run and says what the RSS was made of at start, at its peak and
 * after the load. Every sampler keys its rows by wall-clock ms; at a given moment each is read at its nearest row.
 * @module
 */
import type { RssBreakdown } from "./rss-breakdown.js";

/** What the timeline tool itself collected for one run. */
export interface Samples {
  /** [ms, VmRSS bytes] every 10 ms, read from outside the process. */
  rss: [number, number][];
  /** [ms, RSS by mapping] every 250 ms. */
  maps: [number, RssBreakdown][];
  startMaps?: RssBreakdown;
  endMaps?: RssBreakdown;
  phases: { start?: number; loadStart?: number; loadEnd?: number; after?: number };
}

/** The probe's trace rows: [ms, rss, heapTotal, heapUsed, external, arrayBuffers, new, old, code, lo, RssAnon, threads]. */
export interface Trace {
  timeOrigin: number;
  rows: number[][];
}

const mb = (bytes: number | undefined): string => ((bytes ?? Number.NaN) / 1048576).toFixed(1);

/** The row whose first column is nearest to `ms`. */
function nearest<T extends readonly unknown[]>(rows: readonly T[], ms: number): T | undefined {
  let best: T | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const gap = Math.abs((row[0] as number) - ms);
    if (gap < distance) [best, distance] = [row, gap];
  }
  return best;
}

function maxIn(rows: readonly number[][], column: number, from: number, to: number): number {
  return rows.filter((row) => (row[0] ?? 0) >= from && (row[0] ?? 0) <= to).reduce((most, row) => Math.max(most, row[column] ?? 0), 0);
}

/** One moment: RSS, V8's committed heap and spaces, malloc's bytes, zone bytes. */
function moment(label: string, ms: number, rss: number, trace: Trace, malloc: number[][], zones: [number, number, string][]): string {
  const row = nearest(trace.rows, ms) ?? [];
  const heap = nearest(malloc, ms) ?? [];
  const zoneRows = zones.filter(([time]) => trace.timeOrigin + time <= ms);
  const zone = zoneRows[zoneRows.length - 1];
  const spaces = [6, 7, 8, 9].map((column) => mb(row[column])).join("/");
  const held = (heap[1] ?? 0) + (heap[2] ?? 0);
  return [
    `  ${label.padEnd(6)} RSS ${mb(rss)}`,
    `V8 committed ${mb(row[2])} (new/old/code/lo ${spaces}), external ${mb(row[4])}`,
    `malloc held ${mb(held)} (in use ${mb(heap[3])}, free ${mb(heap[4])}, of the held mmap'd ${mb(heap[2])})`,
    ...(zones.length > 0 ? [`zones ${mb(zone?.[1] ?? 0)}${zone ? ` [${zone[2]}]` : ""}`] : []),
    `threads ${row[11] ?? "?"}`,
  ].join(", ");
}

function describeMaps(label: string, maps: RssBreakdown | undefined): string {
  if (!maps) return `  ${label}: no smaps`;
  const parts = (["v8Pages", "mallocHeap", "threadArenas", "otherAnonymous", "stacks", "binary", "libraries"] as const).map((kind) => `${kind} ${mb(maps[kind])}`);
  return `  maps ${label.padEnd(6)} ${parts.join(", ")}`;
}

/** The run's report: start, peak and after, each broken down, and the largest value of each sampler over the load. */
export function describeRun(name: string, samples: Samples, trace: Trace, malloc: number[][], zones: [number, number, string][], requestsPerSecond: number, cpuPerRequestMs: number): string {
  const { start = 0, loadStart = 0, loadEnd = 0, after = 0 } = samples.phases;
  const warmStart = loadStart - 2000;
  const loadRss = samples.rss.filter(([ms]) => ms >= warmStart && ms <= loadEnd);
  const peak = loadRss.reduce((best, sample) => (sample[1] > best[1] ? sample : best), [0, 0] as [number, number]);
  const startRss = nearest(samples.rss, start)?.[1] ?? 0;
  const afterRss = nearest(samples.rss, after)?.[1] ?? 0;
  const peakMaps = samples.maps.filter(([ms]) => ms >= warmStart && ms <= loadEnd).reduce<[number, RssBreakdown] | undefined>((best, entry) => (!best || total(entry[1]) > total(best[1]) ? entry : best), undefined);
  const zoneMax = zones.filter(([time]) => trace.timeOrigin + time >= warmStart && trace.timeOrigin + time <= loadEnd).reduce((most, [, bytes]) => Math.max(most, bytes), 0);
  const mallocHeldMax = malloc.filter((row) => (row[0] ?? 0) >= warmStart && (row[0] ?? 0) <= loadEnd).reduce((most, row) => Math.max(most, (row[1] ?? 0) + (row[2] ?? 0)), 0);
  return [
    `${name}: ${requestsPerSecond.toFixed(0)} req/s, CPU ${cpuPerRequestMs.toFixed(3)} ms per request; RSS start ${mb(startRss)}, peak ${mb(peak[1])} at ${((peak[0] - loadStart) / 1000).toFixed(2)} s from the measured load's start (warm-up from −2 s), after ${mb(afterRss)}`,
    moment("start", start, startRss, trace, malloc, zones),
    moment("peak", peak[0], peak[1], trace, malloc, zones),
    moment("after", after, afterRss, trace, malloc, zones),
    `  largest over warm-up and load: V8 committed ${mb(maxIn(trace.rows, 2, warmStart, loadEnd))}, malloc in use ${mb(maxIn(malloc, 3, warmStart, loadEnd))}, malloc held ${mb(mallocHeldMax)}${zones.length > 0 ? `, zones ${mb(zoneMax)}` : ""}`,
    describeMaps("start", samples.startMaps),
    describeMaps("peak", peakMaps?.[1]),
    describeMaps("end", samples.endMaps),
  ].join("\n");
}

function total(maps: RssBreakdown): number {
  return maps.binary + maps.libraries + maps.mallocHeap + maps.anonymous + maps.files;
}
