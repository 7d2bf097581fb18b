/**
 * A cap on V8's new space (the young generation), set at run time (ADR 0018, amendment of 2026-12-06).
 *
 * V8 starts the new space at 1 MB and doubles it at a scavenge when enough of it survived, up to twice
 * `--max-semi-space-size` (16 MB by default on 64-bit: 32 MB of committed pages). Under concurrent load the gateway
 * reaches the top within seconds and keeps it: 32 MB of the resident set (docs/benchmarks.md, fifteenth pass). A
 * 16 MB new space costs ~15 MB less RSS and no measured CPU (same pass, and the twenty-first), but the maximum is fixed
 * when the heap is made: `setFlagsFromString("--max-semi-space-size=8")` after start changes nothing, and the command
 * line is not `serve`'s to choose. The growth factor, however, is read at each growth. So after each collection this
 * holds it at 1 (no growth) and, after each collection, lets V8 double the space once more (2) while it is below
 * `capBytes`, and holds it again once it is there; also when V8 has shrunk it (an idle gateway's new space is shrunk,
 * and must grow again under the next load). V8 grows the space only after a whole space's worth of objects has
 * survived since its last growth, many collections apart, and the observer hears of each collection at the event
 * loop's next turn, so the space stops at `capBytes`, which should be a size V8 grows to (1, 2, 4, 8, 16 MB).
 *
 * An operator who sized the young generation on the command line or in `NODE_OPTIONS` (`--max-semi-space-size`,
 * `--semi-space-growth-factor`, ...) keeps that choice: the cap is not installed.
 * @module
 */
import { PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import type { Worker } from "node:worker_threads";

/** The new space the gateway keeps: 16 MB, i.e. `--max-semi-space-size=8`. */
export const NEW_SPACE_CAP_BYTES = 16 * 1024 * 1024;

/** V8's own growth factor (`--semi-space-growth-factor`'s default). */
const V8_GROWTH_FACTOR = 2;

/** The new space's committed size now, in bytes (0 when V8 does not report one). */
export function newSpaceBytes(): number {
  for (const space of getHeapSpaceStatistics()) if (space.space_name === "new_space") return space.space_size;
  return 0;
}

/** True when the process was started with a young-generation setting of the operator's own. */
export function youngGenerationSetByOperator(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? "").split(" ")].some((flag) => flag.includes("semi-space") || flag.includes("semi_space"));
}

/**
 * Keeps the new space at `capBytes` from now on (see the module's note). Returns a function that removes the cap and
 * gives V8 its own growth back; undefined when the operator's own setting stands.
 */
export function capNewSpace(capBytes = NEW_SPACE_CAP_BYTES, { execArgv = process.execArgv, nodeOptions = process.env["NODE_OPTIONS"] } = {}): (() => void) | undefined {
  if (youngGenerationSetByOperator(execArgv, nodeOptions)) return undefined;
  // Set again at every collection, not only on a change: V8 puts a factor below 2 back to 2 whenever an isolate is
  // made (`Heap::ConfigureHeap`: a worker thread's), and the checkpoint worker starts under the first load.
  const hold = (): void => setFlagsFromString(`--semi-space-growth-factor=${newSpaceBytes() >= capBytes ? 1 : V8_GROWTH_FACTOR}`);
  // Held at 1 until a collection's entry comes back: code that runs without yielding (the start-up's table builds)
  // collects many times before an observer hears of one, and would double the new space past the cap meanwhile.
  setFlagsFromString("--semi-space-growth-factor=1");
  const observer = new PerformanceObserver(hold);
  observer.observe({ entryTypes: ["gc"] });
  // A new worker's isolate is made on its own thread soon after `new Worker` returns: set again at every turn of the
  // event loop until it is online, so at most one turn runs with V8's factor.
  const onWorker = (worker: Worker): void => {
    let made = false;
    const settle = (): void => {
      made = true;
      hold();
    };
    // Not "error": a listener there would take a worker's unhandled error from its owner. One that fails exits.
    worker.once("online", settle).once("exit", settle);
    const again = (): void => {
      hold();
      if (!made) setImmediate(again).unref();
    };
    again();
  };
  process.on("worker", onWorker);
  return () => {
    observer.disconnect();
    process.off("worker", onWorker);
    setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
  };
}
