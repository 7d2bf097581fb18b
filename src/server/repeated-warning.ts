/**
 * A warning that can repeat every retry (a decision log that cannot write retries every 100 ms): the first is
 * logged at once, then at most one line per interval, saying how many were folded into it.
 * @module
 */

/** Logs through `warn`: the first call at once, later ones at most once per `intervalMs` with the count folded in. */
export function repeatedWarning<T extends object>(warn: (fields: T & { repeats?: number }) => void, now: () => number, intervalMs = 60_000): (fields: T) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  let folded = 0;
  return (fields) => {
    const at = now();
    if (at - lastAt < intervalMs) {
      folded += 1;
      return;
    }
    lastAt = at;
    warn(folded > 0 ? { ...fields, repeats: folded } : fields);
    folded = 0;
  };
}
