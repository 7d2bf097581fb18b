/**
 * Samples a value (a store's readiness, say) on a timer while an async step runs, for tests that must show a state
 * never flapped during it. A helper for this repository's own tests, not exported from `switchyard/testing`.
 * @module
 */

/** Every value `read` returned, sampled every `everyInMs` while `during` runs. */
export async function valuesSeenWhile<T>(read: () => T, during: () => Promise<void>, { everyInMs }: { everyInMs: number }): Promise<Set<T>> {
  const seen = new Set<T>();
  let running = true;
  const sampling = (async () => {
    while (running) {
      seen.add(read());
      await new Promise((resolve) => setTimeout(resolve, everyInMs));
    }
  })();
  try {
    await during();
  } finally {
    running = false;
    await sampling;
  }
  return seen;
}
