/**
 * The Lua scripts of the Redis circuit breaker. Redis runs each script atomically, so counting a failure and
 * opening the circuit, or claiming the single half-open probe, happens with no other instance's command in
 * between. Per model there are two keys under the deployment's `{hash tag}` prefix: a hash (`open_until`,
 * `probe_until`) and a list of the latest outcomes. Times come from the caller's injected clock.
 *
 * Each call carries an id, and a call that changed the state keeps its answer under a key of its own for a few
 * seconds: ioredis resends a command whose connection dropped after the script ran, before its reply, and that
 * resend then gets the first answer instead of running again (a failure counted twice, a probe granted and then
 * refused to its own holder, a probe freed after another instance took it). A call that changed nothing keeps no
 * answer: running it again changes nothing either.
 * @module
 */

/**
 * KEYS: circuit hash, this call's answer. ARGV: now, probeLeaseMs, keepMs, answerKeepMs.
 * Returns 1 closed (go), 2 the half-open probe was granted to this caller, 0 refused (open, or probe taken).
 * The probe is a lease: an instance that dies holding it frees it after probeLeaseMs. A grant is the one answer
 * that writes, so it is the one kept: a resent grant is still this caller's probe.
 */
export const ACQUIRE_SCRIPT = `
local answered = redis.call('GET', KEYS[2])
if answered then return tonumber(answered) end
local openUntil = redis.call('HGET', KEYS[1], 'open_until')
if not openUntil then return 1 end
local now = tonumber(ARGV[1])
if now < tonumber(openUntil) then return 0 end
local probeUntil = redis.call('HGET', KEYS[1], 'probe_until')
if probeUntil and now < tonumber(probeUntil) then return 0 end
redis.call('HSET', KEYS[1], 'probe_until', tostring(now + tonumber(ARGV[2])))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + tonumber(ARGV[3]))
redis.call('SET', KEYS[2], '2', 'PX', tonumber(ARGV[4]))
return 2
`;

/**
 * KEYS: circuit hash, outcome list, this call's answer. ARGV: outcome, now, windowMs, failures, cooldownMs, call
 * id, keepMs, startedAt (when the attempt began, or '' when unknown), answerKeepMs.
 * While the circuit is open or half-open, an outcome of an attempt that began before it opened (`opened_at`) is ignored.
 * success: while open or half-open (the probe), closes the circuit; while closed, adds to the latest outcomes
 * when a failure is among them (and forgets them once none is). abandoned: frees the probe. failure: while open
 * or half-open, re-opens for a full cooldown; while closed, adds to the latest 2 × `failures` outcomes and opens
 * when `failures` of them failed within the window. Returns 1 when the circuit is open afterwards, else 0.
 * The list's items are `f:<time>` and `s:<time>`, newest first.
 */
export const RECORD_SCRIPT = `
local answered = redis.call('GET', KEYS[3])
if answered then return tonumber(answered) end
local outcome = ARGV[1]
local now = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local failures = tonumber(ARGV[4])
local cooldown = tonumber(ARGV[5])
local keep = tonumber(ARGV[7])
local function answer(result)
  redis.call('SET', KEYS[3], tostring(result), 'PX', tonumber(ARGV[9]))
  return result
end
local openedAt = redis.call('HGET', KEYS[1], 'opened_at')
if openedAt and ARGV[8] ~= '' and tonumber(ARGV[8]) <= tonumber(openedAt) then
  return redis.call('HEXISTS', KEYS[1], 'open_until')
end
if outcome == 'abandoned' then
  if redis.call('HDEL', KEYS[1], 'probe_until') == 0 then return 0 end
  return answer(0)
end
local isOpen = redis.call('HEXISTS', KEYS[1], 'open_until') == 1
if outcome == 'success' then
  if isOpen then
    redis.call('DEL', KEYS[1], KEYS[2])
    return answer(0)
  end
  if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
  redis.call('LPUSH', KEYS[2], 's:' .. ARGV[2])
  redis.call('LTRIM', KEYS[2], 0, 2 * failures - 1)
  for _, item in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
    if string.sub(item, 1, 1) == 'f' then return answer(0) end
  end
  redis.call('DEL', KEYS[2])
  return answer(0)
end
if isOpen then
  redis.call('HSET', KEYS[1], 'open_until', tostring(now + cooldown), 'opened_at', ARGV[2])
  redis.call('HDEL', KEYS[1], 'probe_until')
  redis.call('PEXPIRE', KEYS[1], cooldown + keep)
  return answer(1)
end
redis.call('LPUSH', KEYS[2], 'f:' .. ARGV[2])
redis.call('LTRIM', KEYS[2], 0, 2 * failures - 1)
local failed = 0
for _, item in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
  if string.sub(item, 1, 1) == 'f' and tonumber(string.sub(item, 3)) > now - window then failed = failed + 1 end
end
if failed >= failures then
  redis.call('DEL', KEYS[2])
  redis.call('HSET', KEYS[1], 'open_until', tostring(now + cooldown), 'opened_at', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], cooldown + keep)
  return answer(1)
end
redis.call('PEXPIRE', KEYS[2], window + keep)
return answer(0)
`;
