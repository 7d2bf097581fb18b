/**
 * The scrape-time gauges on GET /metrics: budget remaining per budget (from the real spend guard) and the circuit
 * breaker state per model.
 */
import { describe, expect, it } from "vitest";
import { createSpendGuard } from "../budget/create-spend-guard.js";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { parseConfig } from "../config/parse-config.js";
import { InMemoryCircuitBreaker } from "../routing/fallback/circuit-breaker.js";
import { createMemoryLedger } from "../storage/memory/memory-ledger.js";
import type { UpstreamClient } from "../upstream/upstream-client.js";
import { createApp } from "./create-app.js";

const unusedUpstream: UpstreamClient = {
  chatCompletions: () => Promise.reject(new Error("not called")),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

describe("metrics gauges", () => {
  it("reports each budget's remaining USD and each model's circuit state at scrape time", async () => {
    let now = Date.UTC(2026, 10, 15, 12);
    const clock = { now: () => now };
    const config = parseConfig({
      tiers: { e2e: { models: ["a/one", "b/two"], max_tokens: 100 } },
      budgets: [{ scope: "global", window: "day", limit_usd: 2 }, { scope: "tier", name: "e2e", window: "month", limit_usd: 10 }],
    });
    const guard = createSpendGuard({ ledger: createMemoryLedger(), budgets: config.budgets, clock });
    const breaker = new InMemoryCircuitBreaker({ failures: 1, windowMs: 60_000, cooldownMs: 30_000 }, clock);
    const app = await createApp({ config, catalog: builtinCatalog(), upstream: unusedUpstream, clock, breaker, spendGuard: guard, budgetStatus: () => guard.status() });
    const scrape = async () => (await app.inject({ url: "/metrics" })).body;
    const budgets = await guard.status();
    expect(budgets.map((b) => b.budget)).toHaveLength(2);

    let text = await scrape();
    for (const status of budgets) expect(text).toContain(`switchyard_budget_remaining_usd{budget="${status.budget}"} ${status.limitUsd}`);
    expect(text).toContain('switchyard_circuit_breaker_state{model="a/one"} 0');
    expect(text).toContain('switchyard_circuit_breaker_state{model="b/two"} 0');

    const reservation = await guard.reserve({ requestId: "r1", scope: { task: "chat", tier: "e2e" }, amountUsd: 0.5 });
    await guard.settle(reservation, 0.25);
    breaker.record("b/two", "failure");
    text = await scrape();
    const global = budgets.find((b) => b.budget.startsWith("global"))?.budget;
    expect(text).toContain(`switchyard_budget_remaining_usd{budget="${global}"} 1.75`);
    expect(text).toContain('switchyard_circuit_breaker_state{model="b/two"} 2');
    now += 31_000;
    expect(await scrape()).toContain('switchyard_circuit_breaker_state{model="b/two"} 1');
    await app.close();
  });
});
