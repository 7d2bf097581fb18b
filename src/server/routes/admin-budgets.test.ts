/**
 * `/api/budgets` and the overview's `budgets` write one budget the same way: snake_case, and `resets_at` as ms since
 * the epoch at 00:00 UTC of the next day or month. `/api/budgets` wrote `resetsAt` as an ISO string, so the same
 * reset read two ways, and the dashboard showed it in the viewer's zone ("01:00" in Berlin for a 00:00 UTC reset).
 */
import { describe, expect, it } from "vitest";
import { createSpendGuard } from "../../budget/create-spend-guard.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { defaultConfig } from "../../config/parse-config.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { createMemoryDecisionLogBackend } from "../../storage/memory/memory-decision-log.js";
import { createMemoryKeyStore } from "../../storage/memory/memory-key-store.js";
import { createMemoryLedger } from "../../storage/memory/memory-ledger.js";
import type { UpstreamClient } from "../../upstream/upstream-client.js";
import { createApp } from "../create-app.js";
import { registerAdminRoutes } from "./admin-routes.js";

const ADMIN = "admin-key-for-budgets";
const NOW = Date.UTC(2026, 10, 30, 23, 30);
const unusedUpstream: UpstreamClient = {
  chatCompletions: () => Promise.reject(new Error("not called")),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

describe("budget rows in the admin API", () => {
  it("/api/budgets and /api/overview agree: snake_case, resets_at in ms at 00:00 UTC", async () => {
    const clock = { now: () => NOW };
    const budgets = [
      { scope: "global" as const, window: "day" as const, limit_usd: 5 },
      { scope: "global" as const, window: "month" as const, limit_usd: 100 },
    ];
    const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets, clock });
    await spendGuard.reserve({ requestId: "r1", scope: { task: "chat", tier: "budget" }, amountUsd: 0.25 });
    const decisions = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
    const config = defaultConfig();
    const app = await createApp({
      config,
      catalog: builtinCatalog(),
      upstream: unusedUpstream,
      clock,
      plugins: [(a) => registerAdminRoutes(a, { adminKey: ADMIN, decisions, keys: createMemoryKeyStore(), clock, spendGuard })],
    });
    const get = async (url: string): Promise<unknown> => (await app.inject({ url, headers: { authorization: `Bearer ${ADMIN}` } })).json();
    const listed = ((await get("/api/budgets")) as { data: unknown[] }).data;
    const overview = ((await get("/api/overview")) as { budgets: unknown[] }).budgets;
    await app.close();
    await decisions.close();
    expect(listed).toEqual([
      { budget: "global/day", window: "day", limit_usd: 5, spent_usd: 0, reserved_usd: 0.25, remaining_usd: 4.75, resets_at: Date.UTC(2026, 11, 1) },
      { budget: "global/month", window: "month", limit_usd: 100, spent_usd: 0, reserved_usd: 0.25, remaining_usd: 99.75, resets_at: Date.UTC(2026, 11, 1) },
    ]);
    expect(overview).toEqual(listed);
  });
});
