/**
 * Retry-After holds shared by every gateway instance through Redis. A hold is written to one hash
 * (`<prefix>holds`, model -> until) and published on `<prefix>holds` in the same Lua script; each instance keeps
 * a local copy fed by that channel, so checking a model costs no round trip on the request path. A new
 * instance loads the hash at start. Losing a message (a reconnect) costs at most one extra call to the limited
 * model, which answers 429 again and is held again.
 * Redis being down never fails a request: holds then stay local and the error goes to `onError`.
 * @module
 */
import type { Redis } from "ioredis";
import type { Clock } from "../../core/clock.js";
import { InMemoryRetryAfterHolds, type RetryAfterHolds } from "../../routing/fallback/retry-after-holds.js";

/** Sets the hold when it is later than the stored one, and tells every instance. KEYS: hash. ARGV: model, until, channel. */
const HOLD_SCRIPT = `
local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tonumber(ARGV[2]) > current then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  redis.call('PUBLISH', ARGV[3], cjson.encode({ model = ARGV[1], ["until"] = tonumber(ARGV[2]) }))
end
return 1
`;

/** Options of `createRedisRetryAfterHolds`. */
export interface RedisRetryAfterHoldsOptions {
  clock: Clock;
  /** Key and channel prefix. Default `{switchyard}:`. */
  prefix?: string;
  /** Redis errors. Default: ignored. */
  onError?: (error: unknown) => void;
}

/** Shared holds plus the subscriber connection to close. */
export interface RedisRetryAfterHolds extends RetryAfterHolds {
  close(): Promise<void>;
}

type ScriptClient = Redis & { switchyardHold(hash: string, model: string, until: number, channel: string): Promise<number> };

/** Subscribes, loads the current holds, and returns the store. */
export async function createRedisRetryAfterHolds(redis: Redis, options: RedisRetryAfterHoldsOptions): Promise<RedisRetryAfterHolds> {
  const { clock, prefix = "{switchyard}:" } = options;
  const onError = options.onError ?? (() => {});
  const client = redis as ScriptClient;
  if (typeof client.switchyardHold !== "function") redis.defineCommand("switchyardHold", { numberOfKeys: 1, lua: HOLD_SCRIPT });
  const hash = `${prefix}holds`;
  const local = new InMemoryRetryAfterHolds(clock);
  const subscriber = redis.duplicate();
  subscriber.on("error", onError);
  subscriber.on("message", (_channel: string, message: string) => {
    const hold = parseHold(message);
    if (hold) local.hold(hold.model, hold.until);
  });
  // Subscribes, then loads the hash. Once subscribed, ioredis resubscribes after a reconnect by itself; a Redis that
  // is down at start fails this at once (the gateway starts with local holds), and it runs again when it comes up.
  let subscribed = false;
  const load = async (): Promise<void> => {
    await subscriber.subscribe(hash);
    subscribed = true;
    const now = clock.now();
    const stored = await redis.hgetall(hash);
    const expired: string[] = [];
    for (const [model, until] of Object.entries(stored)) {
      if (Number(until) > now) local.hold(model, Number(until));
      else expired.push(model);
    }
    if (expired.length > 0) await redis.hdel(hash, ...expired);
  };
  let started = false;
  subscriber.on("ready", () => {
    if (started && !subscribed) load().catch(onError);
  });
  // A lazy duplicate connects first: a client without an offline queue refuses commands until it is connected.
  await (subscriber.status === "wait" ? subscriber.connect() : Promise.resolve()).then(load).catch(onError);
  started = true;
  return {
    async hold(model, until) {
      local.hold(model, until);
      try {
        await client.switchyardHold(hash, model, until, hash);
      } catch (error) {
        onError(error);
      }
    },
    heldUntil(model) {
      return local.heldUntil(model);
    },
    async close() {
      if (subscriber.status !== "end") await subscriber.quit().catch(() => subscriber.disconnect());
    },
  };
}

function parseHold(message: string): { model: string; until: number } | undefined {
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { model, until } = parsed as { model?: unknown; until?: unknown };
    return typeof model === "string" && typeof until === "number" ? { model, until } : undefined;
  } catch {
    return undefined;
  }
}
