/**
 * The Redis RateLimiter: GCRA in one Lua script, shared by every gateway instance.
 * @module
 */
import type { Redis } from "ioredis";
import { RATE_WINDOW_IN_MS, type RateLimiter } from "../rate-limiter.js";

/** KEYS: the key's TAT. ARGV: limitPerMinute, now, window. Returns {allowed, remaining, retryAfterMs}. */
const GCRA_SCRIPT = `
local limit = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
if limit <= 0 then return {0, 0, window} end
local interval = window / limit
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nextTat = tat + interval
local ahead = nextTat - now
if ahead > window then return {0, 0, math.ceil(ahead - window)} end
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', math.ceil(ahead) + 1000)
return {1, math.floor((window - ahead) / interval), 0}
`;

type ScriptClient = Redis & { switchyardGcra(key: string, limit: number, now: number, window: number): Promise<[number, number, number]> };

/** Creates a rate limiter over an ioredis client. Keys are `<prefix>rl:<key>`. */
export function createRedisRateLimiter(redis: Redis, { prefix = "{switchyard}:", closeClient = false } = {}): RateLimiter {
  const client = redis as ScriptClient;
  if (typeof client.switchyardGcra !== "function") redis.defineCommand("switchyardGcra", { numberOfKeys: 1, lua: GCRA_SCRIPT });
  return {
    async hit({ key, limitPerMinute, now }) {
      const [allowed, remaining, retryAfterMs] = await client.switchyardGcra(`${prefix}rl:${key}`, limitPerMinute, now, RATE_WINDOW_IN_MS);
      return { allowed: allowed === 1, remaining, retryAfterMs };
    },
    async close() {
      if (closeClient && redis.status !== "end") await redis.quit();
    },
  };
}
