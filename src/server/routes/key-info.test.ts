/**
 * `GET /v1/key`: a key holder reads its own key's limits and budgets (spent, reserved, left, reset) with the key
 * itself; there was no way short of a 402 (`/api/budgets?key=` takes the admin key). Never another key's budget, nor
 * the global one (every team's spend).
 */
import { describe, expect, it } from "vitest";
import { createSpendGuard } from "../../budget/create-spend-guard.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { defaultConfig } from "../../config/parse-config.js";
import { createMemoryKeyStore } from "../../storage/memory/memory-key-store.js";
import { createMemoryLedger } from "../../storage/memory/memory-ledger.js";
import { createMemoryRateLimiter } from "../../storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../storage/virtual-key-secret.js";
import type { UpstreamClient } from "../../upstream/upstream-client.js";
import { createKeyAuth, spendScopeFor } from "../auth/create-key-auth.js";
import { createApp } from "../create-app.js";

const NOW = Date.UTC(2026, 11, 7, 3, 30);
const unusedUpstream: UpstreamClient = {
  chatCompletions: () => Promise.reject(new Error("not called")),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

async function gateway(withKeys: boolean, rpm = 10) {
  const clock = { now: () => NOW };
  const keys = createMemoryKeyStore();
  const team = withKeys ? await issueVirtualKey(keys, { name: "team-a", dailyBudgetUsd: 2, rpm }, { now: 0 }) : undefined;
  const other = withKeys ? await issueVirtualKey(keys, { name: "team-b", dailyBudgetUsd: 1 }, { now: 0 }) : undefined;
  const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets: [{ scope: "global", window: "day", limit_usd: 50 }], clock });
  const authenticate = createKeyAuth({ keys, clock, rateLimiter: createMemoryRateLimiter() });
  const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: unusedUpstream, clock, authenticate, spendGuard });
  return { app, spendGuard, team, other };
}

describe("GET /v1/key", () => {
  it("shows the calling key's own budgets: spent, reserved and left today, when it resets; not the global one nor another key's", async () => {
    const { app, spendGuard, team, other } = await gateway(true);
    if (!team || !other) throw new Error("keys were not issued");
    const scope = spendScopeFor({ keyId: team.key.id, keyName: "team-a", allowedTiers: null, keyLimits: { dailyUsd: 2, monthlyUsd: null }, rpm: 10, rateLimitRemaining: null }, "chat", "budget");
    const settled = await spendGuard.reserve({ requestId: "r1", scope, amountUsd: 0.5 });
    await spendGuard.settle(settled, 0.25);
    await spendGuard.reserve({ requestId: "r2", scope, amountUsd: 0.1 });
    const response = await app.inject({ url: "/v1/key", headers: { authorization: `Bearer ${team.secret}` } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      object: "key",
      id: team.key.id,
      name: "team-a",
      daily_budget_usd: 2,
      monthly_budget_usd: null,
      rpm: 10,
      rate_limit_remaining: 10,
      tiers: null,
      budgets: [{ budget: "key:team-a/day", window: "day", limit_usd: 2, spent_usd: 0.25, reserved_usd: 0.1, remaining_usd: 1.65, resets_at: Date.UTC(2026, 11, 8) }],
    });
    const theirs = (await app.inject({ url: "/v1/key", headers: { authorization: `Bearer ${other.secret}` } })).json() as { budgets: unknown[] };
    expect(theirs.budgets).toEqual([{ budget: "key:team-b/day", window: "day", limit_usd: 1, spent_usd: 0, reserved_usd: 0, remaining_usd: 1, resets_at: Date.UTC(2026, 11, 8) }]);
    const anonymous = await app.inject({ url: "/v1/key" });
    expect(anonymous.statusCode).toBe(401);
    await app.close();
  });

  it("answers 404 no_virtual_key on a gateway without keys, pointing the operator at /api/budgets", async () => {
    const { app } = await gateway(false);
    const response = await app.inject({ url: "/v1/key" });
    await app.close();
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "no_virtual_key", message: expect.stringMatching(/without virtual keys.*GET \/api\/budgets/) } });
  });

  it("is not counted against the key's rpm: a client polling its status in a 429's wait does not lengthen it; status reads are bounded by a bucket of their own", async () => {
    const { app, team } = await gateway(true, 3);
    if (!team) throw new Error("key was not issued");
    const headers = { authorization: `Bearer ${team.secret}` };
    const status = async () => app.inject({ url: "/v1/key", headers });
    const call = async () => (await app.inject({ url: "/v1/models", headers })).statusCode;
    const first = await status();
    expect((first.json() as { rate_limit_remaining: number }).rate_limit_remaining).toBe(3);
    expect(first.headers["x-ratelimit-remaining-requests"]).toBe("3");
    expect(((await status()).json() as { rate_limit_remaining: number }).rate_limit_remaining).toBe(3);
    expect([await call(), await call(), await call()]).toEqual([200, 200, 200]);
    const spent = await status();
    expect(spent.statusCode).toBe(200);
    expect((spent.json() as { rate_limit_remaining: number }).rate_limit_remaining).toBe(0);
    expect(await call()).toBe(429);
    const flooded = await status();
    expect(flooded.statusCode).toBe(429);
    expect(flooded.json()).toMatchObject({ error: { code: "rate_limit_exceeded", message: expect.stringMatching(/status reads/) } });
    await app.close();
  });
});
