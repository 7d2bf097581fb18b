import { describe, expect, it } from "vitest";
import { AuthenticationError, GatewayError, PermissionDeniedError, RateLimitError } from "../../core/errors/index.js";
import { createMemoryKeyStore } from "../../storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../storage/virtual-key-secret.js";
import { assertTierAllowed } from "./assert-tier-allowed.js";
import { createAdminAuth } from "./create-admin-auth.js";
import { ANONYMOUS, createKeyAuth, spendScopeFor } from "./create-key-auth.js";

function setup() {
  const keys = createMemoryKeyStore();
  const clock = { at: 1_000_000, now: () => clock.at };
  const authenticate = createKeyAuth({ keys, clock, rateLimiter: createMemoryRateLimiter(), cacheTtlInMs: 0 });
  return { keys, clock, authenticate };
}

async function failure(promise: Promise<unknown>): Promise<GatewayError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(GatewayError.isInstance(error)).toBe(true);
  return error as GatewayError;
}

describe("createKeyAuth", () => {
  it("passes the request's id to the rate limiter, so the same request authenticated again counts once", async () => {
    const { keys, authenticate } = setup();
    const { secret } = await issueVirtualKey(keys, { name: "one-a-minute", rpm: 1 }, { now: 0 });
    expect((await authenticate(`Bearer ${secret}`, "req_1")).rateLimitRemaining).toBe(0);
    expect((await authenticate(`Bearer ${secret}`, "req_1")).rateLimitRemaining).toBe(0);
    await expect(authenticate(`Bearer ${secret}`, "req_2")).rejects.toBeInstanceOf(RateLimitError);
  });

  it("refuses keyless requests when told to (a gateway that bound beyond loopback: keys existed at start, or its key store could not say)", async () => {
    const keys = createMemoryKeyStore();
    const clock = { at: 1_000_000, now: () => clock.at };
    const closed = createKeyAuth({ keys, clock, rateLimiter: createMemoryRateLimiter(), cacheTtlInMs: 0, keylessAllowed: false });
    const error = await failure(closed(undefined));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/No active virtual key exists.*switchyard keys create/);
    const { secret, key } = await issueVirtualKey(keys, { name: "team-a" }, { now: 0 });
    expect(await closed(`Bearer ${secret}`)).toMatchObject({ keyId: key.id });
  });

  it("keeps the store's last answers while the store is unreachable: no keys stays open, a key seen before stays valid", async () => {
    const keys = createMemoryKeyStore();
    const clock = { at: 1_000_000, now: () => clock.at };
    let down = false;
    const unreachable = (): never => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    };
    const flaky = { ...keys, countActive: () => (down ? Promise.resolve().then(unreachable) : keys.countActive()), findByHash: (hash: string) => (down ? Promise.resolve().then(unreachable) : keys.findByHash(hash)) };
    const open = createKeyAuth({ keys: flaky, clock, rateLimiter: createMemoryRateLimiter(), cacheTtlInMs: 0 });
    expect(await open(undefined)).toBe(ANONYMOUS);
    down = true;
    expect(await open(undefined)).toBe(ANONYMOUS);
    down = false;
    const { secret, key } = await issueVirtualKey(keys, { name: "team-a" }, { now: 0 });
    const other = await issueVirtualKey(keys, { name: "team-b" }, { now: 0 });
    expect(await open(`Bearer ${secret}`)).toMatchObject({ keyId: key.id });
    down = true;
    expect(await open(`Bearer ${secret}`)).toMatchObject({ keyId: key.id });
    // A key never seen, or none at all, still needs the store: the outage is the answer (a 503 at the edge).
    await expect(open(`Bearer ${other.secret}`)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect((await failure(open(undefined))).message).toContain("Missing API key");
    // With no answer ever received from the store, nothing is assumed.
    const fresh = createKeyAuth({ keys: flaky, clock, rateLimiter: createMemoryRateLimiter(), cacheTtlInMs: 0 });
    await expect(fresh(undefined)).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("asks the store once for a burst on a cold instance, not once per request (the pool queue's timeouts were 503s with nothing cached)", async () => {
    const keys = createMemoryKeyStore();
    const clock = { at: 1_000_000, now: () => clock.at };
    const { secret, key } = await issueVirtualKey(keys, { name: "team-a" }, { now: 0 });
    const calls = { count: 0, lookup: 0 };
    const slow = <T>(answer: () => Promise<T>): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(answer()), 20));
    const counted = {
      ...keys,
      countActive: () => (calls.count++, slow(() => keys.countActive())),
      findByHash: (hash: string) => (calls.lookup++, slow(() => keys.findByHash(hash))),
    };
    const authenticate = createKeyAuth({ keys: counted, clock, rateLimiter: createMemoryRateLimiter() });
    const burst = await Promise.all(Array.from({ length: 50 }, () => authenticate(`Bearer ${secret}`)));
    expect(burst.every((identity) => identity.keyId === key.id)).toBe(true);
    expect(calls).toEqual({ count: 1, lookup: 1 });
    // Past the cache's second, the next burst asks once more.
    clock.at += 1_000;
    await Promise.all(Array.from({ length: 20 }, () => authenticate(`Bearer ${secret}`)));
    expect(calls).toEqual({ count: 2, lookup: 2 });
  });

  it("joins a lookup in flight only while it is younger than the cache's second: a key revoked meanwhile is refused, as without the join", async () => {
    const keys = createMemoryKeyStore();
    const clock = { at: 1_000_000, now: () => clock.at };
    const { secret, key } = await issueVirtualKey(keys, { name: "leaked" }, { now: 0 });
    await issueVirtualKey(keys, { name: "still-active" }, { now: 0 });
    // A store whose answers are read at once and arrive when the test lets them (a slow pool): counts answer at once.
    const held: (() => void)[] = [];
    const slow = <T>(answer: Promise<T>): Promise<T> => answer.then((value) => new Promise<T>((resolve) => held.push(() => resolve(value))));
    const slowStore = { ...keys, findByHash: (hash: string) => slow(keys.findByHash(hash)) };
    const authenticate = createKeyAuth({ keys: slowStore, clock, rateLimiter: createMemoryRateLimiter() });
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    const outcome = (secretSent: string) => authenticate(`Bearer ${secretSent}`).then(() => "accepted", (error: unknown) => (error as Error).message);
    const first = outcome(secret);
    await tick();
    // The key's lookup is out, read before the revoke, its answer not back yet; the revoke comes, then a second later
    // another request with the key.
    expect(held).toHaveLength(1);
    const firstAnswer = held.splice(0);
    await keys.revoke(key.id, clock.at + 100);
    clock.at += 1_500;
    const later = outcome(secret);
    await tick();
    // It asked the store itself (the join took the first query's answer, read before the revoke: "accepted").
    expect(held).toHaveLength(1);
    held.splice(0).forEach((release) => release());
    expect(await later).toMatch(/was revoked/);
    // The first query's older answer, back last, does not put the key back as valid.
    firstAnswer.forEach((release) => release());
    expect(await first).toBe("accepted");
    expect(await outcome(secret)).toMatch(/was revoked/);
  });

  it("rejects every request joined to a failed lookup, and the next burst asks the store again (no lasting failure)", async () => {
    const keys = createMemoryKeyStore();
    const clock = { at: 1_000_000, now: () => clock.at };
    const { secret, key } = await issueVirtualKey(keys, { name: "team-a" }, { now: 0 });
    let down = true;
    let lookups = 0;
    const flaky = { ...keys, findByHash: (hash: string) => (lookups++, new Promise<Awaited<ReturnType<typeof keys.findByHash>>>((resolve, reject) => setTimeout(() => (down ? reject(Object.assign(new Error("timeout exceeded when trying to connect"), { code: "ETIMEDOUT" })) : resolve(keys.findByHash(hash))), 10))) };
    const authenticate = createKeyAuth({ keys: flaky, clock, rateLimiter: createMemoryRateLimiter() });
    const burst = await Promise.allSettled(Array.from({ length: 10 }, () => authenticate(`Bearer ${secret}`)));
    expect(burst.map((result) => result.status)).toEqual(Array.from({ length: 10 }, () => "rejected"));
    expect(lookups).toBe(1);
    down = false;
    // Same instant, same cache second: not the failed query's answer, a new one.
    expect((await authenticate(`Bearer ${secret}`)).keyId).toBe(key.id);
    expect(lookups).toBe(2);
  });

  it("lets everyone in as anonymous while no key exists, then requires a key", async () => {
    const { keys, authenticate } = setup();
    expect(await authenticate(undefined)).toBe(ANONYMOUS);
    const { secret, key } = await issueVirtualKey(keys, { name: "team-a", dailyBudgetUsd: 2, allowedTiers: ["budget"] }, { now: 0 });
    const missing = await failure(authenticate(undefined));
    expect(missing).toBeInstanceOf(AuthenticationError);
    expect(missing.toEnvelope()).toEqual({
      error: { message: expect.stringContaining("Missing API key"), type: "authentication_error", code: "invalid_api_key", param: null },
    });
    expect((await failure(authenticate("Bearer sk-sy-wrongwrongwrong"))).message).toBe("Invalid API key sk-sy-wron…: check the key, or create one with `switchyard keys create`.");
    // An OpenRouter key sent to the gateway (the SDK code a user already had, with only the base URL changed): say what
    // goes where instead of only "invalid".
    const openRouterKey = (await failure(authenticate("Bearer sk-or-v1-0123456789abcdef"))).message;
    expect(openRouterKey).toContain("sk-or-v1-0…");
    expect(openRouterKey).toContain("sk-or-v1-0…, an OpenRouter key: the gateway holds that one (OPENROUTER_API_KEY in its environment); clients send a virtual key sk-sy-...");
    expect(openRouterKey).not.toContain("0123456789abcdef");
    // The docs' placeholder, pasted as it is (README: `apiKey: "sk-sy-..."`): "Invalid API key ***" did not say it was
    // never a key, nor how to get one.
    for (const placeholder of ["sk-sy-...", "sk-sy-…", "<sk-sy-...>", "sk-sy-xxxxxxxx", "sk-sy-YOUR_KEY", "sk-sy-", "sk-or-..."]) {
      const message = (await failure(authenticate(`Bearer ${placeholder}`))).message;
      expect(message, placeholder).toContain("is the placeholder the docs write where a key goes, not a key");
      expect(message, placeholder).toContain("`switchyard keys create --name NAME`");
      expect(message, placeholder).not.toContain("***");
    }
    // A real-looking key that is wrong is still only "invalid".
    expect((await failure(authenticate("Bearer sk-sy-x9Qw2mZk7LpB4vTn"))).message).not.toContain("placeholder");
    const identity = await authenticate(`Bearer ${secret}`);
    expect(identity).toMatchObject({ keyId: key.id, keyName: "team-a", allowedTiers: ["budget"], keyLimits: { dailyUsd: 2, monthlyUsd: null } });
    expect(spendScopeFor(identity, "chat", "budget")).toEqual({ keyId: key.id, keyName: "team-a", keyLimits: { dailyUsd: 2, monthlyUsd: null }, task: "chat", tier: "budget" });
    expect(() => assertTierAllowed(identity, "premium")).toThrow(PermissionDeniedError);
    expect(() => assertTierAllowed(identity, "budget")).not.toThrow();
    // A real model id (Claude Code's own model names) is refused with the way to stay in the key's tiers, not as tier "explicit".
    expect(() => assertTierAllowed(identity, "explicit", "anthropic/claude-sonnet-4.5")).toThrow(/Key team-a may not call a model by its id \(anthropic\/claude-sonnet-4\.5\): it is limited to the tiers budget\. Ask for model switchyard\/auto or switchyard\/tier\/budget instead\./);
  });

  it("refuses a revoked key with a message that says so", async () => {
    const { keys, authenticate } = setup();
    await issueVirtualKey(keys, { name: "other" }, { now: 0 });
    const { secret } = await issueVirtualKey(keys, { name: "old" }, { now: 0 });
    await keys.revoke("old", 5);
    expect((await failure(authenticate(`Bearer ${secret}`))).message).toMatch(/was revoked/);
  });

  it("answers 429 with Retry-After once a key passes its rpm, and lets it through after the wait", async () => {
    const { keys, clock, authenticate } = setup();
    const { secret } = await issueVirtualKey(keys, { name: "slow", rpm: 2 }, { now: 0 });
    const header = `Bearer ${secret}`;
    expect((await authenticate(header)).rateLimitRemaining).toBe(1);
    expect((await authenticate(header)).rateLimitRemaining).toBe(0);
    const limited = await failure(authenticate(header));
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.status).toBe(429);
    expect((limited as RateLimitError).retryAfterSeconds).toBe(30);
    expect(limited.toEnvelope().error).toMatchObject({ type: "rate_limit_error", code: "rate_limit_exceeded" });
    clock.at += 30_000;
    expect((await authenticate(header)).keyName).toBe("slow");
  });
});

describe("createAdminAuth", () => {
  it("accepts only the admin key, and is closed when none is set", () => {
    const check = createAdminAuth({ adminKey: "admin-secret" });
    expect(() => check("Bearer admin-secret")).not.toThrow();
    expect(() => check("Bearer admin-secreT")).toThrow(AuthenticationError);
    expect(() => check(undefined)).toThrow(/Missing admin key/);
    expect(() => createAdminAuth({ adminKey: undefined })("Bearer x")).toThrow(/SWITCHYARD_ADMIN_KEY/);
  });
});
