/**
 * A gateway whose store holds hostile values in every field the dashboard shows: decision records, keys, feedback
 * labels, experiment names, error types and prompts with markup, `javascript:` URLs, bidi overrides, 10,000
 * characters without a space, NUL and U+FFFD, and emoji. Written straight into the SQLite file (as a store shared
 * with other tools or an older version could hold them), since the API refuses most of them on the way in. Also
 * an empty gateway (a fresh install), or one holding only the records and budgets a test gives.
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Clock } from "../../src/core/clock.js";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { generateSecret, hashSecret } from "../../src/storage/virtual-key-secret.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";
import { buildDashboardBundle } from "./dashboard-fixture.js";

export const HOSTILE_ADMIN_KEY = "dashboard-hostile-admin-key-0123456789abcdef";
/** A value that, parsed as HTML or used as a URL anywhere, runs script (and says where through `window.__xss`). */
export const hostile = (where: string): string =>
  `<script>window.__xss='${where}'</script><img src=x onerror="window.__xss='${where}'">javascript:alert('${where}')\u202Egnp.exe\u0000\uFFFD🦄👩‍👩‍👧`;
/** 10,000 characters without a space: must not widen the page. */
export const UNBROKEN = `${"W".repeat(10_000)}`;
/** Ids of the records written, for direct links. */
export const HOSTILE_ID = "dec_0000000000000000hostile1";
export const LONG_ID = "dec_0000000000000000longlong";
export const HOSTILE_KEY_ID = "key_0ddba11c0ffee001";

export interface HostileFixture {
  url: string;
  server: RunningServer;
  simulator: Simulator;
  close(): Promise<void>;
}

/** Records with a hostile value in every text field, and with 10,000-character values. */
function hostileRecords(now: number): DecisionRecord[] {
  const text = (where: string) => hostile(where);
  const everyField = (id: string, value: (where: string) => string, at: number): DecisionRecord =>
    makeDecisionRecord({
      id,
      createdAt: at,
      keyId: HOSTILE_KEY_ID,
      task: value("task"),
      difficulty: value("difficulty"),
      tier: value("tier"),
      candidates: [value("candidate"), "openai/gpt-5-nano"],
      attempts: [
        { model: value("attempt-model"), status: 502, errorType: value("error"), latencyMs: 40, startedAtMs: at },
        { model: "openai/gpt-5-nano", status: 200, errorType: null, latencyMs: 90, startedAtMs: at + 40 },
      ],
      model: value("model"),
      experiment: value("experiment"),
      arm: "variant",
      finishReason: value("finish"),
      errorType: null,
      qualityChecks: [value("quality")],
      escalatedTo: value("escalated"),
      feedbackScore: 0.5,
      feedbackLabel: value("feedback"),
      prompt: value("prompt"),
      reasons: [value("reason")],
    });
  return [
    everyField(HOSTILE_ID, text, now - 60_000),
    everyField(LONG_ID, (where) => `${where}-${UNBROKEN}`, now - 120_000),
    ...Array.from({ length: 3 }, (_, index) => makeDecisionRecord({ id: `dec_00000000000000000000ctl${index}`, createdAt: now - 180_000 - index, experiment: text("experiment"), arm: "control" })),
  ];
}

/** Starts a gateway over a store seeded with hostile values (or nothing, with `empty`). */
export async function startHostileFixture(
  options: { empty?: boolean; clock?: Clock; storePrompts?: boolean; services?: { postgres_url?: string; redis_url?: string }; records?: DecisionRecord[]; budgets?: unknown[]; routing?: Record<string, unknown> } = {},
): Promise<HostileFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-hostile-"));
  const assetsDir = path.join(dir, "assets");
  buildDashboardBundle(assetsDir);
  const sqlite = path.join(dir, "gateway.db");
  if (!options.empty) {
    const storage = await openStorage({ storage: { sqlite }, cwd: dir });
    await storage.decisionBackend.insertMany(hostileRecords(Date.now()));
    const secret = generateSecret();
    await storage.keys.insert(
      { id: HOSTILE_KEY_ID, name: hostile("key"), prefix: secret.slice(0, 10), createdAt: Date.now(), revokedAt: null, dailyBudgetUsd: 1, monthlyBudgetUsd: null, rpm: null, allowedTiers: [hostile("allowed-tier")] },
      hashSecret(secret),
    );
    const long = generateSecret();
    await storage.keys.insert({ id: "key_10b0a11c0ffee001", name: UNBROKEN, prefix: long.slice(0, 10), createdAt: Date.now(), revokedAt: null, dailyBudgetUsd: null, monthlyBudgetUsd: null, rpm: null, allowedTiers: [UNBROKEN] }, hashSecret(long));
    await storage.close();
  }
  if (options.records) {
    const storage = await openStorage({ storage: { sqlite }, cwd: dir });
    await storage.decisionBackend.insertMany(options.records);
    await storage.close();
  }
  const simulator = await createSimulator({ acceptUnknownModels: true });
  const server = await startServer({
    config: parseConfig({ storage: { sqlite, ...options.services }, log: { store_prompts: options.storePrompts ?? true }, budgets: options.budgets ?? [{ scope: "global", window: "day", limit_usd: 5 }], ...(options.routing ? { routing: options.routing } : {}) }),
    catalog: builtinCatalog(),
    env: { SWITCHYARD_ADMIN_KEY: HOSTILE_ADMIN_KEY },
    cwd: dir,
    port: 0,
    upstreamUrl: simulator.url,
    keyOptional: true,
    dashboardAssetsDir: assetsDir,
    // A test's clock, the whole gateway's (a test moves "now" between two reads of one page).
    ...(options.clock ? { app: { clock: options.clock } } : {}),
  });
  return {
    url: server.url,
    server,
    simulator,
    async close() {
      await server.close();
      await simulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
