/**
 * The V8 settings the long-running gateway process changes (ADR 0018): no allocation-site pretenuring, and no
 * optimizing compiler for WebAssembly.
 *
 * Pretenuring: V8 decides per allocation site (an object or array literal) whether to allocate straight into the old
 * generation, from how many of the site's objects were still alive at a scavenge. A gateway under concurrent load
 * trips that test with objects that live exactly one request: at the first burst, with cold code and 50 requests in
 * flight, the routing decision's literals (the stored features' 64 `[slot, value]` pairs, the labels, the candidate
 * chain) are all alive when the scavenge runs, so their sites are switched to the old generation for the life of
 * the process, and each request then leaves ~3 KB of garbage there that only a mark-compact frees. Measured under
 * 50 connections (docs/benchmarks.md, sixth pass: RSS): objects surviving a scavenge 5.9 → 2.9 KB per request,
 * peak RSS 10–30 MB lower, CPU per request no higher.
 *
 * WebAssembly: the only WebAssembly the gateway runs is undici's HTTP parser (llhttp), which parses every upstream
 * response. Once it is hot, V8 recompiles it with TurboFan on a background thread, and that compile of one large
 * state-machine function takes ~30 MB of malloc'd memory for a moment: the transient peak of RSS in the first seconds
 * under load (docs/benchmarks.md, fifteenth pass). `--liftoff-only` keeps the baseline (Liftoff) code. The flag is
 * read when a function would tier up, so setting it before the first upstream connection (undici compiles the parser
 * then) covers every compile.
 *
 * Set only by `switchyard serve` (the process it owns), never by the library or `startServer`, which run inside
 * someone else's process. Neither changes what the program computes.
 * @module
 */
import { setFlagsFromString } from "node:v8";

/** Turns V8's allocation-site pretenuring and WebAssembly tier-up off for this process; call before the gateway takes traffic. */
export function tuneHeapForServing(): void {
  setFlagsFromString("--no-allocation-site-pretenuring");
  setFlagsFromString("--liftoff-only");
}
