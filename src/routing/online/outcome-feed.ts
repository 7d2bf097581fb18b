/**
 * Where online mode's outcomes go so every gateway instance learns from all of them: an append-only, ordered
 * feed. Each instance replays it in the same order, so all instances hold the same bandit state. In memory
 * (one instance) by default; Redis (`storage.redis_url`) shares it across instances.
 * @module
 */
import type { OutcomeExample } from "../../learning/index.js";

/** An ordered, shared feed of outcome examples. */
export interface OutcomeFeed {
  /** Appends an example (atomically, in one total order shared by every reader). */
  publish(example: OutcomeExample): Promise<void>;
  /**
   * The entries appended since this reader's last pull, oldest first, as the feed holds them: a shared feed may
   * hold what another version, or another writer, put there, so the learner checks each (`parseOutcomeExample`).
   */
  pull(): Promise<unknown[]>;
}

/** A feed for one process. */
export function createMemoryOutcomeFeed(): OutcomeFeed {
  let pending: OutcomeExample[] = [];
  return {
    async publish(example) {
      pending.push(example);
    },
    async pull() {
      const taken = pending;
      pending = [];
      return taken;
    },
  };
}
