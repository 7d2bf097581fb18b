/**
 * `GET /v1/key`: the calling virtual key, its limits, and where its own budgets stand (spent, reserved, left, when the
 * window resets), read with the key itself. A team holding a key with a daily cap had no way to see how much of it was
 * left short of a 402: `/api/budgets?key=` needs the admin key. Only the key's own budgets (its `daily_budget_usd`,
 * `monthly_budget_usd`, and `scope: key` budgets of the config): the global, task and tier budgets count every
 * team's spend, which a key holder is not shown. OpenRouter's counterpart is `GET /api/v1/key`, under the same base URL.
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { BudgetGuard } from "../../budget/create-spend-guard.js";
import { GatewayError } from "../../core/errors/index.js";
import { spendScopeFor } from "../auth/create-key-auth.js";
import { budgetJson } from "./budget-json.js";

/**
 * Registers the route; the `/v1` key guard authenticates it, counting it apart from the key's calls: a status read does
 * not spend the `rpm` it reports (v1-key-guard.ts).
 */
export function registerKeyInfoRoute(app: FastifyInstance, spendGuard: Partial<Pick<BudgetGuard, "status">> | undefined): void {
  app.get("/v1/key", async (request) => {
    const identity = request.keyIdentity;
    if (!identity || identity.keyId === null) {
      throw new GatewayError({
        message: "This gateway runs without virtual keys: requests are anonymous, so there is no key to describe. The operator sees every budget at GET /api/budgets (admin key).",
        status: 404,
        type: "invalid_request_error",
        code: "no_virtual_key",
      });
    }
    const own = spendGuard?.status ? (await spendGuard.status(spendScopeFor(identity, "", ""))).filter((status) => status.budget.startsWith("key:")) : [];
    return {
      object: "key",
      id: identity.keyId,
      name: identity.keyName,
      daily_budget_usd: identity.keyLimits.dailyUsd,
      monthly_budget_usd: identity.keyLimits.monthlyUsd,
      rpm: identity.rpm,
      rate_limit_remaining: identity.rateLimitRemaining,
      tiers: identity.allowedTiers,
      budgets: own.map(budgetJson),
    };
  });
}
