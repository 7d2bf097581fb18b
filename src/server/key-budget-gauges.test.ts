/**
 * `switchyard_budget_remaining_usd` covers per-key budgets too (a key's own daily/monthly limit, and config budgets of
 * scope `key`), labelled `key:<name>/<window>` as the admin API names them, for at most a bounded number of keys so a
 * deployment with many keys cannot grow /metrics without bound. The real spend guard over a memory ledger and a real
 * SQLite key store.
 */
import { describe, expect, it } from "vitest";
import { createSpendGuard } from "../budget/create-spend-guard.js";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { parseConfig } from "../config/parse-config.js";
import { createMemoryLedger } from "../storage/memory/memory-ledger.js";
import { openStorage } from "../storage/open-storage.js";
import type { VirtualKey } from "../storage/key-store.js";
import type { UpstreamClient } from "../upstream/upstream-client.js";
import { createApp } from "./create-app.js";
import { budgetGaugeSource } from "./budget-gauge-source.js";

const unusedUpstream: UpstreamClient = {
  chatCompletions: () => Promise.reject(new Error("not called")),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

function key(index: number, dailyBudgetUsd: number | null): VirtualKey {
  return { id: `key_${String(index).padStart(4, "0")}`, name: `team-${String(index).padStart(4, "0")}`, prefix: "sk-sy-test", createdAt: 0, revokedAt: null, dailyBudgetUsd, monthlyBudgetUsd: null, rpm: null, allowedTiers: null };
}

describe("per-key budgets on /metrics", () => {
  it("lists each budgeted key's remaining USD by name, at most maxKeys keys, beside the global budget", async () => {
    const now = Date.UTC(2026, 10, 15, 12);
    const config = parseConfig({ tiers: { e2e: { models: ["a/one"], max_tokens: 100 } }, budgets: [{ scope: "global", window: "day", limit_usd: 50 }] });
    const storage = await openStorage({ storage: { sqlite: ":memory:" }, cwd: process.cwd() });
    for (let index = 0; index < 5; index += 1) await storage.keys.insert(key(index, index === 4 ? null : 2), `hash-${index}`);
    const guard = createSpendGuard({ ledger: createMemoryLedger(), budgets: config.budgets, clock: { now: () => now } });
    const spent = await guard.reserve({ requestId: "r1", scope: { keyId: "key_0001", keyName: "team-0001", keyLimits: { dailyUsd: 2 }, task: "chat", tier: "e2e" }, amountUsd: 0.5 });
    await guard.settle(spent, 0.5);
    const source = budgetGaugeSource({ guard, keys: storage.keys, budgets: config.budgets, maxKeys: 3 });
    const app = await createApp({ config, catalog: builtinCatalog(), upstream: unusedUpstream, clock: { now: () => now }, spendGuard: guard, budgetStatus: () => source.statuses(), gauges: { budgetKeysUnlisted: () => source.unlisted() } });
    const text = (await app.inject({ url: "/metrics" })).body;
    const lines = text.split("\n").filter((line) => line.startsWith("switchyard_budget_remaining_usd{"));
    expect(lines).toEqual([
      'switchyard_budget_remaining_usd{budget="global/day"} 49.5',
      'switchyard_budget_remaining_usd{budget="key:team-0000/day"} 2',
      'switchyard_budget_remaining_usd{budget="key:team-0001/day"} 1.5',
      'switchyard_budget_remaining_usd{budget="key:team-0002/day"} 2',
    ]);
    // The keys past the bound are counted, so a dashboard can say some are not shown.
    expect(text).toMatch(/^switchyard_budget_keys_unlisted 1$/m);
    await app.close();
    await storage.close();
  });
});
