/**
 * The one V8 setting the long-running gateway process changes (ADR 0018): no allocation-site pretenuring.
 *
 * V8 decides per allocation site (an object or array literal) whether to allocate straight into the old
 * generation, from how many of the site's objects were still alive at a scavenge. A gateway under concurrent load
 * trips that test with objects that live exactly one request: at the first burst, with cold code and 50 requests in
 * flight, the routing decision's literals (the stored features' 64 `[slot, value]` pairs, the labels, the candidate
 * chain) are all alive when the scavenge runs, so their sites are switched to the old generation for the life of
 * the process, and each request then leaves ~3 KB of garbage there that only a mark-compact frees. Measured under
 * 50 connections (docs/benchmarks.md, sixth pass: RSS): objects surviving a scavenge 5.9 → 2.9 KB per request,
 * peak RSS 10–30 MB lower, CPU per request no higher.
 *
 * Set only by `switchyard serve` (the process it owns), never by the library or `startServer`, which run inside
 * someone else's process. It changes where short-lived objects are allocated, not what the program computes.
 * @module
 */
import { setFlagsFromString } from "node:v8";

/** Turns V8's allocation-site pretenuring off for this process; call before the gateway takes traffic. */
export function tuneHeapForServing(): void {
  setFlagsFromString("--no-allocation-site-pretenuring");
}
