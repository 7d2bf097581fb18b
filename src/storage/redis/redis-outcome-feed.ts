/**
 * Online mode's outcome feed in Redis: a stream (`XADD`, atomic and totally ordered, trimmed to about
 * `maxLength` entries). Each instance reads on from the last entry id it saw, so every instance replays the
 * same outcomes in the same order and converges on the same bandit state.
 * @module
 */
import type { Redis } from "ioredis";
import type { OutcomeFeed } from "../../routing/online/outcome-feed.js";

/** Options of createRedisOutcomeFeed. */
export interface RedisOutcomeFeedOptions {
  /** Key prefix (namespace). */
  prefix: string;
  /** Approximate cap on kept outcomes (older ones are trimmed; an instance started later begins there). Default 100,000. */
  maxLength?: number;
  /** Entries read per round trip. Default 1,000. */
  batch?: number;
}

/** Creates the feed over a connected client. */
export function createRedisOutcomeFeed(redis: Redis, options: RedisOutcomeFeedOptions): OutcomeFeed {
  const key = `${options.prefix}online:outcomes`;
  const maxLength = options.maxLength ?? 100_000;
  const batch = options.batch ?? 1_000;
  let lastId = "0-0";
  return {
    async publish(example) {
      await redis.xadd(key, "MAXLEN", "~", maxLength, "*", "e", JSON.stringify(example));
    },
    async pull() {
      const entries: unknown[] = [];
      for (;;) {
        const read = await redis.xrange(key, `(${lastId}`, "+", "COUNT", batch);
        for (const [id, fields] of read) {
          lastId = id;
          // Not JSON stays the raw text, which the learner refuses: one bad entry never costs the rest of the batch.
          entries.push(parseJson(fields[1]));
        }
        if (read.length < batch) return entries;
      }
    },
  };
}

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "") as unknown;
  } catch {
    return text;
  }
}
