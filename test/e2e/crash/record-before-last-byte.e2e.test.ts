/**
 * The order the crash guarantee rests on (ADR 0008): a response's last byte leaves the gateway only after its
 * decision record is committed to local disk. A separate connection holds SQLite's write lock, so the gateway's
 * commit (group commit at the end of the event-loop turn) has to wait for it: no response, streamed or not, may
 * complete while the lock is held, and each completed response's record is in the file once it is released.
 * Nothing else in these requests writes to SQLite (no budget is configured, and affinity keeps its memory in
 * process), so the record's commit is the only thing the lock can hold back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteDatabase, type SqliteDatabase } from "../../../src/storage/sqlite/open-sqlite-database.js";
import { createSimulator, type Simulator } from "../../../src/testing/simulator/index.js";
import { sendOne, startGatewayProcess, type GatewayProcess } from "./crash-load.js";

const HOLD_MS = 600;

describe("a response's last byte waits for its decision record", () => {
  let simulator: Simulator;
  let gateway: GatewayProcess | undefined;
  let url = "";
  let dir: string;
  beforeAll(async () => {
    simulator = await createSimulator({ recordCalls: false });
    dir = mkdtempSync(join(tmpdir(), "switchyard-order-"));
    gateway = await startGatewayProcess({ config: { storage: { sqlite: join(dir, "switchyard.db") }, tiers: { crash: { models: ["openai/gpt-5-nano"], max_tokens: 200 } } }, namespace: "order", upstreamUrl: simulator.url, cwd: process.cwd() });
    url = gateway.url;
    // Warm up: tables exist, the first requests' records are in.
    await sendOne(url, false, 0);
  }, 30_000);
  afterAll(async () => {
    await gateway?.stop();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const stream of [false, true]) {
    it(`${stream ? "streaming" : "non-streaming"}: nothing completes while the record cannot be committed`, async () => {
      const holder: SqliteDatabase = openSqliteDatabase(join(dir, "switchyard.db"));
      holder.exec("BEGIN IMMEDIATE");
      const sentAt = Date.now();
      const pending = sendOne(url, stream, 1).then((response) => ({ response, at: Date.now() }));
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      const releasedAt = Date.now();
      holder.exec("COMMIT");
      const { response, at } = await pending;
      expect(response, "the request completes once the lock is released").toBeDefined();
      expect(at - sentAt).toBeGreaterThanOrEqual(HOLD_MS - 50);
      expect(at).toBeGreaterThanOrEqual(releasedAt);
      const committed = holder.prepare<[{ id: string }], { n: number }>("SELECT (SELECT count(*) FROM decision_outbox WHERE id = @id) + (SELECT count(*) FROM decisions WHERE id = @id) AS n").get({ id: response?.decisionId ?? "" });
      holder.close();
      expect(committed?.n).toBeGreaterThan(0);
    }, 15_000);
  }
});
