import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { runDecisionLogContract } from "../../log/decision-log.case.test.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "./sqlite-decision-log.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-decisions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite decision log", () => {
  runDecisionLogContract({ create: async () => createSqliteDecisionLogBackend(openSqliteDatabase(":memory:"), { closeDatabase: true }) });

  it("keeps the records written before close across a restart", async () => {
    const path = join(dir, "restart.db");
    const first = createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(path), { closeDatabase: true }), flushIntervalInMs: 60_000 });
    const records = Array.from({ length: 250 }, () => makeDecisionRecord({ createdAt: Date.UTC(2026, 6, 1) }));
    for (const record of records) first.write(record);
    await first.close();
    const second = createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(path), { closeDatabase: true }) });
    const summary = await second.summarize({ since: Date.UTC(2026, 6, 1), by: "tier" });
    expect(summary.rows).toHaveLength(1);
    expect(summary.rows[0]?.requests).toBe(250);
    await second.close();
  });

  it("adds the learning loop's columns to a database made before they existed, keeping its rows", async () => {
    const db = openSqliteDatabase(join(dir, "old.db"));
    db.exec(`CREATE TABLE decisions (
      id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, key_id TEXT, task TEXT NOT NULL, task_source TEXT NOT NULL,
      task_confidence REAL NOT NULL, difficulty TEXT NOT NULL, tier TEXT NOT NULL, candidates TEXT NOT NULL,
      attempts TEXT NOT NULL, model TEXT, experiment TEXT, arm TEXT, estimated_cost_usd REAL NOT NULL,
      cost_usd REAL NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
      time_to_first_token_ms REAL, latency_ms REAL NOT NULL, finish_reason TEXT, stream INTEGER NOT NULL,
      outcome TEXT NOT NULL, status INTEGER NOT NULL, error_type TEXT, quality_checks TEXT NOT NULL,
      escalated_to TEXT, feedback_score REAL, feedback_label TEXT, prompt TEXT)`);
    db.exec(`INSERT INTO decisions VALUES ('dec_old', 1, NULL, 'chat', 'classified', 0.5, 'budget', 'budget', '[]', '[]', 'a/b',
      NULL, NULL, 0.001, 0.0005, 10, 5, NULL, 100, 'stop', 0, 'served', 200, NULL, '[]', NULL, 0.5, NULL, NULL)`);
    const log = createDecisionLog({ backend: createSqliteDecisionLogBackend(db, { closeDatabase: true }) });
    expect(await log.get("dec_old")).toMatchObject({ id: "dec_old", feedbackScore: 0.5, features: null, router: null, judgeScore: null });
    const record = makeDecisionRecord({ features: { v: 1 }, router: "adapter-1" });
    log.write(record);
    expect(await log.get(record.id)).toEqual(record);
    await log.close();
  });
});

describe("sqlite decision log migration", () => {
  it("adds the door and affinity columns to a table created before them; old rows read as the chat door", async () => {
    const db = openSqliteDatabase(":memory:");
    db.exec(`CREATE TABLE decisions (
      id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, key_id TEXT, task TEXT NOT NULL, task_source TEXT NOT NULL,
      task_confidence REAL NOT NULL, difficulty TEXT NOT NULL, tier TEXT NOT NULL, candidates TEXT NOT NULL,
      attempts TEXT NOT NULL, model TEXT, experiment TEXT, arm TEXT, estimated_cost_usd REAL NOT NULL,
      cost_usd REAL NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
      time_to_first_token_ms REAL, latency_ms REAL NOT NULL, finish_reason TEXT, stream INTEGER NOT NULL,
      outcome TEXT NOT NULL, status INTEGER NOT NULL, error_type TEXT, quality_checks TEXT NOT NULL,
      escalated_to TEXT, feedback_score REAL, feedback_label TEXT, prompt TEXT)`);
    db.prepare(
      `INSERT INTO decisions VALUES ('dec_old', 1, NULL, 'chat', 'classified', 0.9, 'budget', 'budget', '[]', '[]', 'a/b', NULL, NULL, 0, 0, 0, 0, NULL, 1, 'stop', 0, 'served', 200, NULL, '[]', NULL, NULL, NULL, NULL)`,
    ).run();
    const backend = createSqliteDecisionLogBackend(db, { closeDatabase: true });
    expect(await backend.get("dec_old")).toMatchObject({ door: "chat", affinity: null });
    await backend.insertMany([makeDecisionRecord({ id: "dec_new", createdAt: 2, door: "responses", affinity: "new" })]);
    const summary = await backend.summarize({ since: 0, by: "door" });
    expect(summary.rows.map((row) => [row.group, row.requests])).toEqual([["chat", 1], ["responses", 1]]);
    await backend.close();
  });
});
