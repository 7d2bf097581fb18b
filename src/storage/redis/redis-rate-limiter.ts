/**
 * The Redis RateLimiter: GCRA in one Lua script, shared by every gateway instance.
 * @module
 */
import type { Redis } from "ioredis";
import { gcraRemaining, RATE_WINDOW_IN_MS, RESEND_WINDOW_IN_MS, type RateLimiter } from "../rate-limiter.js";

/**
 * KEYS: the key's TAT, the request's answer. ARGV: limitPerMinute, now, window, whether the request has an id, how long
 * to keep its answer.
 * Returns {allowed, remaining, retryAfterMs}. A request with an id that was answered already (ioredis resends a
 * command whose connection dropped after the script ran, before its reply) gets the same answer, counted once.
 * The TAT is stored with 17 significant digits: Lua's tostring keeps 14, a tenth of a millisecond at a wall-clock time,
 * and an interval under 0.05 ms (a limit above 1.2 million a minute) then never moved it.
 */
const GCRA_SCRIPT = `
local limit = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local identified = ARGV[4] == '1'
local keep = tonumber(ARGV[5])
if identified then
  local answered = redis.call('GET', KEYS[2])
  if answered then return cjson.decode(answered) end
end
local result
if limit <= 0 then
  result = {0, 0, window}
else
  local interval = window / limit
  local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
  if tat < now then tat = now end
  local nextTat = tat + interval
  local ahead = nextTat - now
  if ahead > window then
    result = {0, 0, math.ceil(ahead - window)}
  else
    redis.call('SET', KEYS[1], string.format('%.17g', nextTat), 'PX', math.ceil(ahead) + 1000)
    result = {1, math.floor((window - ahead) / interval), 0}
  end
end
if identified then redis.call('SET', KEYS[2], cjson.encode(result), 'PX', keep) end
return result
`;

type ScriptClient = Redis & { switchyardGcraOnce(key: string, answerKey: string, limit: number, now: number, window: number, identified: string, keep: number): Promise<[number, number, number]> };

/** Creates a rate limiter over an ioredis client. Keys are `<prefix>rl:<key>`, and `<prefix>rl:<key>:req:<id>` per request. */
export function createRedisRateLimiter(redis: Redis, { prefix = "{switchyard}:", closeClient = false } = {}): RateLimiter {
  const client = redis as ScriptClient;
  if (typeof client.switchyardGcraOnce !== "function") redis.defineCommand("switchyardGcraOnce", { numberOfKeys: 2, lua: GCRA_SCRIPT });
  return {
    async hit({ key, limitPerMinute, now, requestId }) {
      const tatKey = `${prefix}rl:${key}`;
      const [allowed, remaining, retryAfterMs] = await client.switchyardGcraOnce(tatKey, `${tatKey}:req:${requestId ?? ""}`, limitPerMinute, now, RATE_WINDOW_IN_MS, requestId === undefined ? "0" : "1", RESEND_WINDOW_IN_MS);
      return { allowed: allowed === 1, remaining, retryAfterMs };
    },
    async peek({ key, limitPerMinute, now }) {
      const tat = await redis.get(`${prefix}rl:${key}`);
      return gcraRemaining(tat === null ? undefined : Number(tat), limitPerMinute, now);
    },
    async close() {
      if (closeClient && redis.status !== "end") await redis.quit();
    },
  };
}
