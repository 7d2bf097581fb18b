import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DecisionSummary } from "../../log/decision-log-store.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { openSqliteDatabase, type SqliteDatabase } from "./open-sqlite-database.js";
import { rollupSql } from "../decision-rollup-sql.js";
import { createSqliteDecisionLogBackend, SQLITE_DIALECT } from "./sqlite-decision-log.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-experiment-rollup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = Date.UTC(2026, 7, 10);
const wholeDays = { since: DAY, until: DAY + 2 * 86_400_000, by: "experiment" } as const;

/** Decisions over two days: two arms, an arm-less and an empty-arm enrolment, and decisions in no experiment. */
function records(prefix: string, offsetMs: number) {
  return [
    { experiment: "exp-a", arm: "control", latencyMs: 120 },
    { experiment: "exp-a", arm: "variant", latencyMs: 900 },
    { experiment: "exp-a", arm: "variant", latencyMs: 40 },
    { experiment: "arm-less", arm: null, latencyMs: 300 },
    { experiment: "arm-less", arm: "", latencyMs: 310 },
    { experiment: null, arm: null, latencyMs: 75 },
  ].map((fields, i) => makeDecisionRecord({ id: `${prefix}_${i}`, createdAt: DAY + offsetMs + i * 3_600_000, costUsd: 0.001 * (i + 1), ...fields }));
}

/** Makes the file one a version before the experiment rollup left: triggers without it, and no experiment rows. */
function downgrade(db: SqliteDatabase): void {
  const triggers = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'decisions_rollup_%'").all();
  for (const trigger of triggers) {
    db.exec(`DROP TRIGGER ${trigger.name}`);
    db.exec(trigger.sql.replace(/INSERT INTO decision_daily(?:_latency)? [^;]*'experiment'[^;]*;\s*/g, ""));
  }
  db.exec("DELETE FROM decision_daily WHERE dim = 'experiment'");
  db.exec("DELETE FROM decision_daily_latency WHERE dim = 'experiment'");
  const left = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'decisions_rollup_%'").all();
  expect(left).toHaveLength(3);
  for (const trigger of left) expect(trigger.sql).not.toContain("'experiment'");
}

/** A summary with its sums to 12 significant digits (the rollups add the same floats in another order). */
const rounded = (summary: DecisionSummary) =>
  summary.rows.map(({ latency, ...row }) => ({
    ...Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "number" ? Number(value.toPrecision(12)) : value])),
    latency: [...latency].sort((a, b) => a[0] - b[0]),
  }));

const rowsOf = (db: SqliteDatabase, dim: string) => db.prepare("SELECT * FROM decision_daily WHERE dim = ? ORDER BY day, grp").all(dim);

describe("sqlite experiment rollup", () => {
  it("backfills the experiment rollup when it opens a log file from before it, and keeps it after", async () => {
    const file = join(dir, "old.db");
    let db = openSqliteDatabase(file);
    const first = createSqliteDecisionLogBackend(db);
    await first.insertMany(records("old", 0));
    downgrade(db);
    // The old version keeps writing: a batch, a single record, feedback, all through its own triggers.
    await first.insertMany(records("older", 86_400_000));
    await first.insertMany([makeDecisionRecord({ id: "older_single", createdAt: DAY + 1_000, experiment: "exp-a", arm: "control" })]);
    expect(await first.recordFeedback("old_1", 0.5)).toBe(true);
    const tierRows = rowsOf(db, "tier");
    db.close();

    db = openSqliteDatabase(file);
    const reopened = createSqliteDecisionLogBackend(db);
    expect(rowsOf(db, "experiment").length).toBeGreaterThan(0);
    expect(rowsOf(db, "tier")).toEqual(tierRows); // the other dimensions are left as they were
    const raw = await reopened.summarize({ ...wholeDays, minCostUsd: 0 });
    const rolled = await reopened.summarize(wholeDays);
    expect(rounded(rolled)).toEqual(rounded(raw));
    expect(rolled.rows.map((row) => [row.group, row.requests, row.feedbackCount])).toEqual([
      ["(none)", 2, 0],
      ["arm-less:", 4, 0],
      ["exp-a:control", 3, 0],
      ["exp-a:variant", 4, 1],
    ]);
    // The triggers made again keep it: a later write and a later feedback are counted.
    await reopened.insertMany([makeDecisionRecord({ id: "new_1", createdAt: DAY + 5_000, experiment: "arm-less", arm: "" })]);
    expect(await reopened.recordFeedback("old_3", 1)).toBe(true);
    expect((await reopened.summarize(wholeDays)).rows.find((row) => row.group === "arm-less:")).toMatchObject({ requests: 5, feedbackCount: 1 });
    expect(rounded(await reopened.summarize(wholeDays))).toEqual(rounded(await reopened.summarize({ ...wholeDays, minCostUsd: 0 })));
    db.close();
  });

  it("heals at the next start the experiment rows an older gateway sharing the file left out of its batches", async () => {
    const file = join(dir, "shared.db");
    let db = openSqliteDatabase(file);
    const current = createSqliteDecisionLogBackend(db);
    await current.insertMany(records("new", 0));
    // An older version's batch on the migrated file: the batch flag turns the triggers off, and its own aggregate
    // statements know only the dimensions of its time (no experiment).
    const oldAddRows = rollupSql("decisions", "", SQLITE_DIALECT)
      .addRows("d.rowid > ?")
      .filter((text) => !text.includes("'experiment'"))
      .map((text) => db.prepare<[number]>(text));
    const since = db.prepare<[], { id: number }>("SELECT coalesce(max(rowid), 0) AS id FROM decisions").get()?.id ?? 0;
    db.prepare("INSERT OR REPLACE INTO decision_rollup_batch (id, since) VALUES (1, ?)").run(since);
    // Rows written one at a time, so this version's own batch path (which sets and clears the flag) stays out of it.
    for (const record of records("old", 86_400_000)) await current.insertMany([record]);
    for (const statement of oldAddRows) statement.run(since);
    db.prepare("INSERT OR REPLACE INTO decision_rollup_batch (id, since) VALUES (1, NULL)").run();
    const tierRows = rowsOf(db, "tier");
    db.close();

    db = openSqliteDatabase(file);
    const reopened = createSqliteDecisionLogBackend(db);
    expect(rowsOf(db, "tier")).toEqual(tierRows);
    expect(rounded(await reopened.summarize(wholeDays))).toEqual(rounded(await reopened.summarize({ ...wholeDays, minCostUsd: 0 })));
    expect((await reopened.summarize(wholeDays)).rows.find((row) => row.group === "exp-a:variant")?.requests).toBe(4);
    db.close();
  });

  it("answers whole days by experiment from the rollups, not from every decision", async () => {
    const db = openSqliteDatabase(":memory:");
    const backend = createSqliteDecisionLogBackend(db);
    await backend.insertMany(records("r", 0));
    // Only the rollup's own figure can show this: the decisions table still holds one exp-a:control decision.
    db.exec("UPDATE decision_daily SET requests = requests + 1000 WHERE dim = 'experiment' AND grp = 'exp-a:control'");
    expect((await backend.summarize(wholeDays)).rows.find((row) => row.group === "exp-a:control")?.requests).toBe(1001);
    expect((await backend.summarize({ ...wholeDays, minCostUsd: 0 })).rows.find((row) => row.group === "exp-a:control")?.requests).toBe(1);
    db.close();
  });
});
