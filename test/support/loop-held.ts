/**
 * Test helper: the longest time the event loop was held by this process's own work, measured so that a loaded
 * machine does not count. A timer's lateness alone also counts the time the OS ran other processes. The loop's
 * utilization (`performance.eventLoopUtilization`) leaves out the time spent waiting for I/O, and the main thread's
 * run-queue wait (`/proc/self/schedstat` on Linux) the time it was ready to run but had no CPU. A late timer counts
 * for the smaller of its lateness and that busy time: a synchronous call that blocks (a SQLite busy_timeout, a busy
 * loop) is both; a process descheduled, idle or not, is late but not busy. The schedstat read is the process's main
 * thread, where vitest's default `forks` pool runs a test file (a `threads` pool would need the worker's own).
 * @module
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** How long, in ms, this process's main thread has waited for a CPU while ready to run (0 where Linux's is absent). */
function runQueueWaitMs(): number {
  try {
    return Number(readFileSync("/proc/self/schedstat", "utf8").split(" ")[1] ?? 0) / 1e6;
  } catch {
    return 0;
  }
}

/** Re-arms an `intervalInMs` timer until `stop`, which returns the worst time in ms the loop was held meanwhile. */
export function watchLoopHeld(intervalInMs = 10): { stop(): number } {
  let worst = 0;
  let timer: NodeJS.Timeout;
  let due = 0;
  let since = performance.eventLoopUtilization();
  let waitedSince = runQueueWaitMs();
  const count = (): void => {
    const lateMs = performance.now() - due;
    const now = performance.eventLoopUtilization();
    const waited = runQueueWaitMs();
    const busyMs = performance.eventLoopUtilization(now, since).active - (waited - waitedSince);
    [since, waitedSince] = [now, waited];
    worst = Math.max(worst, Math.min(lateMs, busyMs));
  };
  const arm = (): void => {
    due = performance.now() + intervalInMs;
    timer = setTimeout(() => {
      count();
      arm();
    }, intervalInMs);
  };
  arm();
  return {
    stop() {
      clearTimeout(timer);
      // A hold that ends just before `stop` (a synchronous call, then its promise's continuation) fired no timer.
      count();
      return worst;
    },
  };
}

/**
 * Waits until the loop has spent less than half of a 100 ms window busy, or `deadlineInMs` has passed, and says
 * which: the work a test set off (requests arriving, say) can take longer than any fixed sleep on a loaded machine.
 * A loop that never goes quiet is still measured after the deadline, so a test that watches it next still fails.
 */
export async function untilLoopQuiet(deadlineInMs = 5_000): Promise<boolean> {
  const deadline = performance.now() + deadlineInMs;
  while (performance.now() < deadline) {
    const start = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (performance.eventLoopUtilization(start).utilization < 0.5) return true;
  }
  return false;
}
