import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import { createMemoryDecisionLogBackend } from "../../src/storage/memory/memory-decision-log.js";
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

  it("takes feedback on a decision only from the key that made it; another key's is answered as unknown", async () => {
    const keys = createMemoryKeyStore();
    const owner = (await issueVirtualKey(keys, { name: "owner" }, { now: Date.now() })).secret;
    const other = (await issueVirtualKey(keys, { name: "other" }, { now: Date.now() })).secret;
    const log = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
    const local = await startGateway({ app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }), decisionLog: log, feedback: log } });
    try {
      const { response } = await new OpenAI({ baseURL: `${local.url}/v1`, apiKey: owner, maxRetries: 0 }).chat.completions.create(ask()).withResponse();
      const decisionId = response.headers.get("x-switchyard-decision-id");
      const rate = (apiKey: string, score: number) =>
        fetch(`${local.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` }, body: JSON.stringify({ decision_id: decisionId, score }) });
      expect((await rate(owner, 0.9)).status).toBe(200);
      // Any key holding the id overwrote the owner's score, which feeds experiment verdicts and train --from-log.
      const foreign = await rate(other, 0);
      expect(foreign.status).toBe(404);
      expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe("decision_not_found");
      expect((await log.get(decisionId ?? ""))?.feedbackScore).toBe(0.9);
    } finally {
      await local.close();
      await log.close();
    }
  });
});
