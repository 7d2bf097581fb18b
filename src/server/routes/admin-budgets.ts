/**
 * `GET /api/budgets[?key=ID&task=T&tier=T]`: each budget's limit, spend, reservations, what is left and when it
 * resets, in the overview's row shape (`budgetJson`).
 * @module
 */
import type { FastifyInstance } from "fastify";
import { quoteSentText } from "../../core/quote-sent-text.js";
import { notFound, queryValue, type AdminRouteDeps } from "./admin-deps.js";
import { budgetJson } from "./budget-json.js";

/** Registers the budgets route. */
export function registerAdminBudgetRoutes(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/budgets", async (request) => {
    const guard = deps.spendGuard;
    if (!guard) throw notFound("Spend control is not enabled on this gateway.");
    const keyRef = queryValue(request.query, "key");
    const task = queryValue(request.query, "task");
    const tier = queryValue(request.query, "tier");
    if (!keyRef && !task && !tier) return { object: "list", data: (await guard.status()).map(budgetJson) };
    const key = keyRef ? (await deps.keys.list()).find((k) => k.id === keyRef || k.name === keyRef) : undefined;
    if (keyRef && !key) throw notFound(`No active key with id or name ${quoteSentText(keyRef, 64)}.`);
    const scope = {
      task: task ?? "",
      tier: tier ?? "",
      ...(key ? { keyId: key.id, keyName: key.name, keyLimits: { dailyUsd: key.dailyBudgetUsd, monthlyUsd: key.monthlyBudgetUsd } } : {}),
    };
    return { object: "list", data: (await guard.status(scope)).map(budgetJson) };
  });
}
