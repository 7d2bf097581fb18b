/**
 * Which decisions' signals online mode has already learned from, and the score it learned. A client may post the
 * same feedback twice, or many times at once (a retry loop, a hostile caller); `train --from-log` reads one score per
 * decision (the latest the log holds), so the online learner must count it once too, or one decision could outweigh
 * the rest of the traffic. A later, different score for the same decision is a correction: the learner moves from
 * the score it learned to the new one (`correctBandit`), as the log's latest score replaces the earlier one for
 * `train --from-log`. Checked when the feed is applied, in feed order, so concurrent posts and other instances'
 * posts are caught alike, and every instance does the same. Bounded: the oldest entries are forgotten past
 * `capacity` (the Redis feed keeps about 100,000 outcomes, so a repeat older than that is no longer replayed either).
 * @module
 */
import type { OutcomeExample } from "../../learning/index.js";

/** What an example is to the learner: a first outcome, a repeat of the score learned, or a changed score. */
export type AppliedSignal = { kind: "first" } | { kind: "repeat" } | { kind: "correction"; previousReward: number };

/** Remembers applied (decision, signal) pairs and the reward last learned for each. */
export interface AppliedSignals {
  /** Classifies an example and remembers its reward; examples without a source are always `first`. */
  apply(example: OutcomeExample): AppliedSignal;
}

/** Creates the memory of applied signals, holding at most `capacity` pairs. */
export function createAppliedSignals(capacity = 200_000): AppliedSignals {
  const learned = new Map<string, number>();
  return {
    apply(example) {
      if (!example.source) return { kind: "first" };
      const key = `${example.source.signal}:${example.source.decisionId}`;
      const previousReward = learned.get(key);
      if (previousReward === example.reward) return { kind: "repeat" };
      learned.set(key, example.reward);
      if (previousReward !== undefined) return { kind: "correction", previousReward };
      if (learned.size > capacity) {
        const oldest = learned.keys().next();
        if (!oldest.done) learned.delete(oldest.value);
      }
      return { kind: "first" };
    },
  };
}
