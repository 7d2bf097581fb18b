/**
 * Two gateway processes on ONE SQLite file race one key's daily cap with concurrent requests, streamed and not
 * (round 20, ADR 0073): the cap holds (a reservation is each attempt's worst case, so the settled spend never passes
 * it), no lock wait reaches a client as a 5xx, nothing stays reserved, every request has one record, and both
 * processes still answer. Real processes, real HTTP, real SQLite.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteDatabase } from "../../../src/storage/sqlite/open-sqlite-database.js";
import { createSimulator, type Simulator } from "../../../src/testing/simulator/index.js";
import { startGatewayProcess, type GatewayProcess } from "./crash-load.js";

const LIMIT_USD = 0.0004;
const ADMIN_KEY = "sk-admin-rt20-two-gateways";
const dir = mkdtempSync(join(tmpdir(), "switchyard-two-sqlite-"));

describe("two gateways on one SQLite file, one key's daily cap", () => {
  let simulator: Simulator | undefined;
  const gateways: GatewayProcess[] = [];
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop().catch(() => undefined);
    await simulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("never overspends the cap, answers no 5xx, leaves nothing reserved, and both stay up", async () => {
    simulator = await createSimulator({ latencyMs: 20, chunkDelayMs: 5, chunkCount: 6, recordCalls: false });
    const sqlite = join(dir, "switchyard.db");
    const config = { tiers: { race: { models: ["openai/gpt-5-nano"], max_tokens: 200 } }, storage: { sqlite } };
    const start = (): Promise<GatewayProcess> => startGatewayProcess({ config, namespace: "two-sqlite", upstreamUrl: simulator?.url ?? "", cwd: process.cwd(), adminKey: ADMIN_KEY });
    gateways.push(...(await Promise.all([start(), start()])));
    const [first, second] = gateways as [GatewayProcess, GatewayProcess];
    const created = await fetch(`${first.url}/api/keys`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify({ name: "racer", daily_budget_usd: LIMIT_USD }),
    });
    expect(created.status).toBe(201);
    const { key, secret } = (await created.json()) as { key: { id: string }; secret: string };

    const statuses: number[] = [];
    const bodies: string[] = [];
    const ask = async (gateway: GatewayProcess, i: number): Promise<void> => {
      const stream = i % 2 === 0;
      const response = await fetch(`${gateway.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
        body: JSON.stringify({ model: "switchyard/tier/race", stream, messages: [{ role: "user", content: `Say hello, number ${i}.` }] }),
      });
      statuses.push(response.status);
      bodies.push(await response.text());
    };
    await Promise.all(Array.from({ length: 60 }, (_, i) => ask(i % 2 === 0 ? first : second, i)));

    const unexpected = statuses.map((status, i) => ({ status, body: bodies[i] ?? "" })).filter(({ status }) => status !== 200 && status !== 402);
    expect(unexpected).toEqual([]);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 402).length).toBeGreaterThan(0);
    expect(bodies.join("\n")).not.toMatch(/SQLITE_BUSY|database is locked|\n\s+at /);
    for (const gateway of gateways) expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);

    const db = openSqliteDatabase(sqlite);
    // Each record was committed before its response ended, but into the outbox when its turn held fewer than four: it
    // reaches the decisions table within a ship interval (100 ms). Read it only then (read at once, it held 58 of 60).
    const shipped = (): number => db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM decisions WHERE key_id = ?").get(key.id)?.n ?? 0;
    await expect.poll(shipped, { timeout: 10_000 }).toBe(60);
    const spent = db.prepare<[string], { n: number; cost: number }>("SELECT COUNT(*) AS n, COALESCE(SUM(cost_usd), 0) AS cost FROM decisions WHERE key_id = ?").get(key.id);
    const open = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM ledger_reservations WHERE state = 'held'").get();
    const bucket = db.prepare<[string], { spent: number; reserved: number }>("SELECT spent_nano_usd AS spent, reserved_nano_usd AS reserved FROM ledger_buckets WHERE id LIKE ?").get(`key:${key.id}/day@%`);
    db.close();
    expect(spent?.n).toBe(60);
    expect(spent?.cost ?? Infinity).toBeLessThanOrEqual(LIMIT_USD + 1e-12);
    expect(open?.n).toBe(0);
    expect(bucket?.reserved).toBe(0);
    expect(bucket?.spent ?? Infinity).toBeLessThanOrEqual(LIMIT_USD * 1e9);
    expect((bucket?.spent ?? 0) / 1e9).toBeCloseTo(spent?.cost ?? -1, 9);
  }, 180_000);
});
