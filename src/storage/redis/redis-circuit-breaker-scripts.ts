/**
 * The Lua scripts of the Redis circuit breaker. Redis runs each script atomically, so counting a failure and
 * opening the circuit, or claiming the single half-open probe, happens with no other instance's command in
 * between. Per model there are two keys under the deployment's `{hash tag}` prefix: a hash (`open_until`,
 * `probe_until`) and a sorted set of recent failure times. Times come from the caller's injected clock.
 * @module
 */

/**
 * KEYS: circuit hash. ARGV: now, probeLeaseMs, keepMs.
 * Returns 1 closed (go), 2 the half-open probe was granted to this caller, 0 refused (open, or probe taken).
 * The probe is a lease: an instance that dies holding it frees it after probeLeaseMs.
 */
export const ACQUIRE_SCRIPT = `
local openUntil = redis.call('HGET', KEYS[1], 'open_until')
if not openUntil then return 1 end
local now = tonumber(ARGV[1])
if now < tonumber(openUntil) then return 0 end
local probeUntil = redis.call('HGET', KEYS[1], 'probe_until')
if probeUntil and now < tonumber(probeUntil) then return 0 end
redis.call('HSET', KEYS[1], 'probe_until', tostring(now + tonumber(ARGV[2])))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + tonumber(ARGV[3]))
return 2
`;

/**
 * KEYS: circuit hash, failure zset. ARGV: outcome, now, windowMs, failures, cooldownMs, member, keepMs.
 * success: forgets the model (closes the circuit, clears the count). abandoned: frees the probe.
 * failure: while open or half-open, re-opens for a full cooldown; while closed, counts the failure within the
 * window and opens when the count reaches `failures`. Returns 1 when the circuit is open afterwards, else 0.
 */
export const RECORD_SCRIPT = `
local outcome = ARGV[1]
if outcome == 'success' then
  redis.call('DEL', KEYS[1], KEYS[2])
  return 0
end
if outcome == 'abandoned' then
  redis.call('HDEL', KEYS[1], 'probe_until')
  return 0
end
local now = tonumber(ARGV[2])
local cooldown = tonumber(ARGV[5])
local keep = tonumber(ARGV[7])
if redis.call('HEXISTS', KEYS[1], 'open_until') == 1 then
  redis.call('HSET', KEYS[1], 'open_until', tostring(now + cooldown))
  redis.call('HDEL', KEYS[1], 'probe_until')
  redis.call('PEXPIRE', KEYS[1], cooldown + keep)
  return 1
end
local window = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
redis.call('ZADD', KEYS[2], now, ARGV[6])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then
  redis.call('DEL', KEYS[2])
  redis.call('HSET', KEYS[1], 'open_until', tostring(now + cooldown))
  redis.call('PEXPIRE', KEYS[1], cooldown + keep)
  return 1
end
redis.call('PEXPIRE', KEYS[2], window + keep)
return 0
`;
