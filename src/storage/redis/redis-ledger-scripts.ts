/**
 * The Lua scripts of the Redis ledger. Redis runs each script atomically, so a reserve checks and books every
 * bucket with no other command in between, whichever gateway instance sent it. Amounts are integer
 * nano-dollars; every key of a deployment shares one `{hash tag}` prefix so the scripts also run on a cluster.
 * @module
 */

/**
 * KEYS: reservation hash, expiry zset, then one hash per bucket.
 * ARGV: amount, expiresAt, reservationId, bucket count, retentionMs, now, then per bucket: limit, windowEndsAt; then
 * `seed` when buckets must be seeded before use.
 * Key lifetimes are relative to the caller's `now`, so an injected clock works the same as the wall clock.
 * Returns {1} reserved, {0, bucketIndex, remaining} refused, {-1} duplicate id, {-2, bucketIndex...} buckets to seed.
 */
export const RESERVE_SCRIPT = `
local amount = tonumber(ARGV[1])
local n = tonumber(ARGV[4])
local retention = tonumber(ARGV[5])
local now = tonumber(ARGV[6])
if redis.call('EXISTS', KEYS[1]) == 1 then
  -- The same id and amount still held: this command ran already and its reply was lost (ioredis resends a command
  -- whose connection dropped), so it succeeded; anything else is another reservation's id.
  if redis.call('HGET', KEYS[1], 'state') == 'held' and redis.call('HGET', KEYS[1], 'amount') == ARGV[1] then return {1} end
  return {-1}
end
if ARGV[7 + n * 2] == 'seed' then
  -- A bucket this Redis does not hold may be one it forgot (a restart without persistence, an eviction): the caller
  -- seeds it from the decision log first (SEED_SCRIPT), so a lost ledger cannot hand out a cap again.
  local missing = {-2}
  for i = 1, n do
    if redis.call('EXISTS', KEYS[2 + i]) == 0 then missing[#missing + 1] = i end
  end
  if #missing > 1 then return missing end
end
for i = 1, n do
  local limit = tonumber(ARGV[5 + i * 2])
  local held = redis.call('HMGET', KEYS[2 + i], 'spent', 'reserved')
  local remaining = limit - tonumber(held[1] or '0') - tonumber(held[2] or '0')
  if amount > remaining then return {0, i, tostring(remaining)} end
end
local names = {}
for i = 1, n do
  redis.call('HINCRBY', KEYS[2 + i], 'reserved', ARGV[1])
  redis.call('PEXPIRE', KEYS[2 + i], math.max(0, tonumber(ARGV[6 + i * 2]) - now) + retention)
  names[i] = KEYS[2 + i]
end
redis.call('HSET', KEYS[1], 'amount', ARGV[1], 'buckets', table.concat(names, '\\n'), 'state', 'held')
redis.call('PEXPIRE', KEYS[1], math.max(0, tonumber(ARGV[2]) - now) + retention)
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return {1}
`;

/**
 * KEYS: one hash per bucket. ARGV: retentionMs, now, then per bucket: spent, windowEndsAt. Creates each bucket this
 * Redis does not hold with the spent money given (read from the decision log); one it holds is left alone, so two
 * instances seeding the same bucket count its spend once. Returns how many it created.
 */
export const SEED_SCRIPT = `
local retention = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local created = 0
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then
    redis.call('HSET', KEYS[i], 'spent', ARGV[1 + i * 2], 'reserved', 0)
    redis.call('PEXPIRE', KEYS[i], math.max(0, tonumber(ARGV[2 + i * 2]) - now) + retention)
    created = created + 1
  end
end
return created
`;

/*
 * An amount is taken back as `0 - amount`, never `-amount`: Lua writes the negation of a 0 (a free model's worst
 * case) as "-0", which HINCRBY refuses as not an integer, so every free request's settle failed and its reservation
 * stayed held, and the expiry stopped at it.
 */

/** KEYS: reservation hash, expiry zset. ARGV: actual, reservationId, keepMs. Returns 1 when applied. */
export const SETTLE_SCRIPT = `
local state = redis.call('HGET', KEYS[1], 'state')
if (not state) or state == 'settled' or state == 'released' then return 0 end
local amount = tonumber(redis.call('HGET', KEYS[1], 'amount'))
local back = 0 - amount
local actual = tonumber(ARGV[1])
local spent = actual
if state == 'expired_charged' then spent = actual - amount end
for bucket in string.gmatch(redis.call('HGET', KEYS[1], 'buckets'), '[^\\n]+') do
  if state == 'held' then redis.call('HINCRBY', bucket, 'reserved', back) end
  redis.call('HINCRBY', bucket, 'spent', spent)
end
redis.call('HSET', KEYS[1], 'state', 'settled', 'actual', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[2])
return 1
`;

/** KEYS: reservation hash, expiry zset. ARGV: reservationId, keepMs. Returns 1 when applied. */
export const RELEASE_SCRIPT = `
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'held' and state ~= 'expired_charged' then return 0 end
local back = 0 - tonumber(redis.call('HGET', KEYS[1], 'amount'))
-- A late release (held while Redis was down, ADR 0059) takes back the worst case an expiry charged, as a settle does.
for bucket in string.gmatch(redis.call('HGET', KEYS[1], 'buckets'), '[^\\n]+') do
  if state == 'held' then redis.call('HINCRBY', bucket, 'reserved', back) else redis.call('HINCRBY', bucket, 'spent', back) end
end
redis.call('HSET', KEYS[1], 'state', 'released')
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
`;

/**
 * KEYS: expiry zset. ARGV: now, policy (charge|release), reservation key prefix, keepMs, batch size.
 * Resolves up to a batch of stale reservations; returns how many.
 */
export const EXPIRE_SCRIPT = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[5]))
local count = 0
for _, id in ipairs(ids) do
  local key = ARGV[3] .. id
  redis.call('ZREM', KEYS[1], id)
  if redis.call('HGET', key, 'state') == 'held' then
    local amount = tonumber(redis.call('HGET', key, 'amount'))
    local back = 0 - amount
    for bucket in string.gmatch(redis.call('HGET', key, 'buckets'), '[^\\n]+') do
      redis.call('HINCRBY', bucket, 'reserved', back)
      if ARGV[2] == 'charge' then redis.call('HINCRBY', bucket, 'spent', amount) end
    end
    if ARGV[2] == 'charge' then
      redis.call('HSET', key, 'state', 'expired_charged')
    else
      redis.call('HSET', key, 'state', 'expired_released')
    end
    redis.call('PEXPIRE', key, ARGV[4])
    count = count + 1
  end
end
return count
`;
