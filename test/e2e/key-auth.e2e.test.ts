import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

describe("virtual keys on the chat route", () => {
  let gateway: Gateway;
  let secret: string;
  let limitedSecret: string;
  beforeAll(async () => {
    const keys = createMemoryKeyStore();
    secret = (await issueVirtualKey(keys, { name: "team-a", allowedTiers: ["e2e"] }, { now: Date.now() })).secret;
    limitedSecret = (await issueVirtualKey(keys, { name: "team-b", rpm: 1 }, { now: Date.now() })).secret;
    gateway = await startGateway({ app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }) } });
  });
  afterAll(async () => gateway.close());

  const client = (apiKey: string): OpenAI => new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey, maxRetries: 0 });

  it("serves a valid key and logs its id", async () => {
    const completion = await client(secret).chat.completions.create(ask());
    expect(completion.choices[0]?.message.content).toContain("simulated answer");
    expect(gateway.records.at(-1)?.keyId).toMatch(/^key_/);
  });

  it("refuses a bad key with 401 and still logs a decision record", async () => {
    const error = await client("sk-sy-not-a-real-key-000000000000").chat.completions.create(ask()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(gateway.records.at(-1)).toMatchObject({ outcome: "refused", status: 401, model: null });
    const models = await fetch(`${gateway.url}/v1/models`);
    expect(models.status).toBe(401);
  });

  it("enforces the key's allowed tiers (403) and its rate limit (429 with Retry-After)", async () => {
    const denied = await client(secret).chat.completions.create(ask("x", { model: "switchyard/tier/premium" })).catch((caught: unknown) => caught);
    expect(denied).toBeInstanceOf(OpenAI.PermissionDeniedError);
    await client(limitedSecret).chat.completions.create(ask());
    const limited = await client(limitedSecret).chat.completions.create(ask()).catch((caught: unknown) => caught);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(Number((limited as InstanceType<typeof OpenAI.RateLimitError>).headers?.get("retry-after"))).toBeGreaterThan(0);
    expect(gateway.records.at(-1)).toMatchObject({ outcome: "refused", status: 429, keyId: expect.stringMatching(/^key_/) });
  });

  it("routes an auto request of a key limited to some tiers on the nearest tier it may use, instead of refusing it", async () => {
    // The default config's ladder, with this key allowed only the cheapest routed tier.
    const keys = createMemoryKeyStore();
    const budgetOnly = (await issueVirtualKey(keys, { name: "team-c", allowedTiers: ["budget"] }, { now: Date.now() })).secret;
    const local = await startGateway({ config: { tiers: {}, tasks: {} }, app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }) } });
    try {
      const hard = "Prove that there are infinitely many primes p such that p ≡ 3 (mod 4), then derive a bound on the n-th such prime and check it numerically.";
      const { response } = await new OpenAI({ baseURL: `${local.url}/v1`, apiKey: budgetOnly, maxRetries: 0 }).chat.completions.create({ model: "switchyard/auto", messages: [{ role: "user", content: hard }] }).withResponse();
      expect(response.headers.get("x-switchyard-tier")).toBe("budget");
      expect(local.records.at(-1)).toMatchObject({ tier: "budget", status: 200 });
      // A tier named by the caller is still the caller's choice: refused.
      const named = await new OpenAI({ baseURL: `${local.url}/v1`, apiKey: budgetOnly, maxRetries: 0 }).chat.completions.create({ model: "switchyard/tier/premium", messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
      expect(named).toBeInstanceOf(OpenAI.PermissionDeniedError);
    } finally {
      await local.close();
    }
  });

  it("refuses x-api-key and Authorization naming two different keys (the x-api-key one was charged, a proxy checking Authorization saw another caller)", async () => {
    const body = JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 20, messages: [{ role: "user", content: "hi" }] });
    const send = (path: string, headers: Record<string, string>) => fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    for (const path of ["/v1/messages", "/v1/messages/count_tokens"]) {
      const both = await send(path, { "x-api-key": limitedSecret, authorization: `Bearer ${secret}` });
      expect(both.status, path).toBe(400);
      expect(await both.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining("two different keys") as unknown } });
    }
    const same = await send("/v1/messages", { "x-api-key": secret, authorization: `Bearer ${secret}` });
    expect(same.status).toBe(200);
    expect(gateway.records.at(-1)).toMatchObject({ status: 200, keyId: expect.stringMatching(/^key_/) as unknown });
  });
});
