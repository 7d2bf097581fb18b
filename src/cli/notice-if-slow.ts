/**
 * A line for a wait the user would otherwise sit through in silence (`serve` fetching the live catalog before it
 * listens): written only when the work is still running after `afterMs`.
 * @module
 */

/** Resolves as `work` does; calls `notice` once if `work` has not settled after `afterMs`. */
export async function noticeIfSlow<T>(work: Promise<T>, afterMs: number, notice: () => void): Promise<T> {
  const timer = setTimeout(notice, afterMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}
