/**
 * Which decisions' signals online mode has already learned from. A client may post the same feedback twice, or
 * many times at once (a retry loop, a hostile caller); `train --from-log` reads one score per decision, so the
 * online learner must count it once too, or one decision could outweigh the rest of the traffic. Checked when the
 * feed is applied, in feed order, so concurrent posts and other instances' posts are caught alike, and every
 * instance skips the same ones. Bounded: the oldest entries are forgotten past `capacity` (the Redis feed keeps
 * about 100,000 outcomes, so a repeat older than that is no longer replayed either).
 * @module
 */
import type { OutcomeExample } from "../../learning/index.js";

/** Remembers applied (decision, signal) pairs. */
export interface AppliedSignals {
  /** True the first time an example's (decision, signal) is seen; examples without a source always count. */
  firstTime(example: OutcomeExample): boolean;
}

/** Creates the memory of applied signals, holding at most `capacity` pairs. */
export function createAppliedSignals(capacity = 200_000): AppliedSignals {
  const seen = new Set<string>();
  return {
    firstTime(example) {
      if (!example.source) return true;
      const key = `${example.source.signal}:${example.source.decisionId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      if (seen.size > capacity) {
        const oldest = seen.values().next();
        if (!oldest.done) seen.delete(oldest.value);
      }
      return true;
    },
  };
}
