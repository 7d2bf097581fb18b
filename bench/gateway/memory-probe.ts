/**
 * Preloaded into the gateway with `node --import <this file, compiled>` by the memory benchmark: samples
 * `process.memoryUsage()` every 50 ms and, on SIGUSR2, appends one JSON line to `$SWITCHYARD_MEMORY_PROBE_OUT`
 * with the current values, the peaks since the last signal and V8's heap spaces, then resets the peaks.
 * It imports nothing of the gateway, so one compiled copy serves any build (the A/B runs use it on both).
 *
 * With `SWITCHYARD_MEMORY_PROBE_SURVIVORS=1` it also runs V8's sampling heap profiler between signals, keeping the
 * objects freed by mark-compacts and dropping those freed by scavenges: what it reports is what reached the old
 * generation (or is still alive), per allocating function, which is what grows the old space under load.
 *
 * With `SWITCHYARD_MEMORY_PROBE_LIVE=1` each line also carries `live`: the heap's used bytes right after a full garbage
 * collection forced once the line's other values are read (what is still reachable, so a leak check can tell a leak
 * from garbage the old generation holds until its next mark-compact, which V8 may not run for tens of thousands of
 * requests: docs/benchmarks.md, issue 11, nineteenth pass).
 *
 * With `SWITCHYARD_MEMORY_PROBE_TRACE=<file>` it also appends, every `SWITCHYARD_MEMORY_PROBE_TRACE_MS` (default 10) ms,
 * one line of `[wall-clock ms, rss, heapTotal, heapUsed, external, arrayBuffers, new, old, code, large-object space
 * sizes, RssAnon, threads]` to that file, after a first line `{ timeOrigin }`, written in batches every 500 ms
 * (`memory-timeline.ts` reads it).
 * @module
 */
import { appendFileSync, readFileSync } from "node:fs";
import { Session } from "node:inspector";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

const out = process.env.SWITCHYARD_MEMORY_PROBE_OUT ?? "memory-probe.jsonl";
const keys = ["rss", "heapTotal", "heapUsed", "external", "arrayBuffers"] as const;
type Sample = Record<(typeof keys)[number], number>;
const peak: Sample = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };

setInterval(() => {
  const now = process.memoryUsage();
  for (const key of keys) if (now[key] > peak[key]) peak[key] = now[key];
}, 50).unref();

const traceOut = process.env.SWITCHYARD_MEMORY_PROBE_TRACE;
if (traceOut) startTrace(traceOut, Number(process.env.SWITCHYARD_MEMORY_PROBE_TRACE_MS ?? "10"));

/** Samples memory every `everyMs` into a batch appended to `file` every 500 ms. */
function startTrace(file: string, everyMs: number): void {
  // The first line: when this process's clock started (V8's zone trace counts ms from about then).
  const batch: string[] = [JSON.stringify({ timeOrigin: performance.timeOrigin })];
  const spaceNames = ["new_space", "old_space", "code_space", "large_object_space"];
  setInterval(() => {
    const now = process.memoryUsage();
    const sizes = new Map(v8.getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size]));
    const status = readFileSync("/proc/self/status", "utf8");
    const anon = Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? "0") * 1024;
    const threads = Number(/Threads:\s+(\d+)/.exec(status)?.[1] ?? "0");
    const row = [Date.now(), now.rss, now.heapTotal, now.heapUsed, now.external, now.arrayBuffers, ...spaceNames.map((name) => sizes.get(name) ?? 0), anon, threads];
    batch.push(JSON.stringify(row));
  }, everyMs).unref();
  setInterval(() => {
    if (batch.length > 0) appendFileSync(file, `${batch.splice(0).join("\n")}\n`);
  }, 500).unref();
}

/** A node of the sampling heap profile (the parts read here). */
interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const session = process.env.SWITCHYARD_MEMORY_PROBE_SURVIVORS === "1" ? new Session() : undefined;
const samplingParams = { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false };
if (session) {
  session.connect();
  session.post("HeapProfiler.enable", () => session.post("HeapProfiler.startSampling", samplingParams));
}

/** Bytes per allocating function (`name file:line`), from a sampling profile. */
function bytesByFunction(head: ProfileNode): Record<string, number> {
  const totals: Record<string, number> = {};
  const visit = (node: ProfileNode): void => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^.*\/node_modules\//, "").replace(/^.*\/build\//, "");
    const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
    totals[key] = (totals[key] ?? 0) + node.selfSize;
    for (const child of node.children) visit(child);
  };
  visit(head);
  return totals;
}

/** A full (mark-compact) collection on demand: `gc` exposed once, from a fresh context, without a start-up flag. */
const fullGc = process.env.SWITCHYARD_MEMORY_PROBE_LIVE === "1" ? exposeGc() : undefined;

function exposeGc(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

function write(survivors: Record<string, number> | undefined): void {
  const now = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((space) => [space.space_name, { size: space.space_size, used: space.space_used_size }]));
  fullGc?.();
  const live = fullGc ? process.memoryUsage().heapUsed : undefined;
  appendFileSync(out, `${JSON.stringify({ now, peak: { ...peak }, spaces, ...(live !== undefined ? { live } : {}), ...(survivors ? { survivors } : {}) })}\n`);
  for (const key of keys) peak[key] = 0;
}

process.on("SIGUSR2", () => {
  if (!session) return write(undefined);
  session.post("HeapProfiler.stopSampling", (error, result) => {
    write(error ? undefined : bytesByFunction((result as { profile: { head: ProfileNode } }).profile.head));
    session.post("HeapProfiler.startSampling", samplingParams);
  });
});
