/**
 * Preloaded into the gateway with `node --import <this file, compiled>` by the memory benchmark: samples
 * `process.memoryUsage()` every 50 ms and, on SIGUSR2, appends one JSON line to `$SWITCHYARD_MEMORY_PROBE_OUT`
 * with the current values, the peaks since the last signal and V8's heap spaces, then resets the peaks.
 * It imports nothing of the gateway, so one compiled copy serves any build (the A/B runs use it on both).
 * @module
 */
import { appendFileSync } from "node:fs";
import v8 from "node:v8";

const out = process.env.SWITCHYARD_MEMORY_PROBE_OUT ?? "memory-probe.jsonl";
const keys = ["rss", "heapTotal", "heapUsed", "external", "arrayBuffers"] as const;
type Sample = Record<(typeof keys)[number], number>;
const peak: Sample = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };

setInterval(() => {
  const now = process.memoryUsage();
  for (const key of keys) if (now[key] > peak[key]) peak[key] = now[key];
}, 50).unref();

process.on("SIGUSR2", () => {
  const now = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((space) => [space.space_name, { size: space.space_size, used: space.space_used_size }]));
  appendFileSync(out, `${JSON.stringify({ now, peak: { ...peak }, spaces })}\n`);
  for (const key of keys) peak[key] = 0;
});
