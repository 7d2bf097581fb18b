import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { decisionSql, type SqlStatement } from "../decision-sql.js";
import { openSqliteDatabase, type SqliteDatabase } from "./open-sqlite-database.js";
import { SQLITE_DIALECT, createSqliteDecisionLogBackend } from "./sqlite-decision-log.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-decision-indexes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = Date.UTC(2026, 6, 2);
/** Keyed, experiment and plain rows, interleaved in time. */
const RECORDS: DecisionRecord[] = Array.from({ length: 60 }, (_, i) =>
  makeDecisionRecord({
    id: `dec_${String(i).padStart(3, "0")}`,
    createdAt: DAY + i * 60_000,
    keyId: i % 3 === 0 ? `key_${i % 2}` : null,
    experiment: i % 5 === 0 ? "cheaper" : null,
    arm: i % 5 === 0 ? (i % 2 === 0 ? "control" : "variant") : null,
    costUsd: 0.001 * (i + 1),
  }),
);

/** The indexes on `decisions`, name → its CREATE statement. */
function indexes(db: SqliteDatabase): Map<string, string> {
  const rows = db.prepare<[], { name: string; sql: string | null }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'decisions'").all();
  return new Map(rows.map((row) => [row.name, row.sql ?? ""]));
}

/** The planner's plan of one report statement, its steps joined. */
function plan(db: SqliteDatabase, statement: SqlStatement): string {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${statement.text}`)
    .all(...statement.values)
    .map((row) => row.detail)
    .join(" | ");
}

/** The filters by key and by experiment answer exactly the matching rows. */
async function expectFiltersRight(backend: DecisionLogBackend): Promise<void> {
  const ids = (records: readonly DecisionRecord[]): string[] => records.map((record) => record.id).sort();
  const keyed = RECORDS.filter((record) => record.keyId === "key_1");
  expect(ids(await backend.list({ keyId: "key_1", limit: 100 }))).toEqual(ids(keyed));
  const inExperiment = RECORDS.filter((record) => record.experiment === "cheaper");
  expect(ids(await backend.list({ experiment: "cheaper", limit: 100 }))).toEqual(ids(inExperiment));
  expect(await backend.list({ keyId: "key_9", limit: 100 })).toEqual([]);
  // Filtered reports go to the rows (the rollups hold no per-key filter): whole days and partial ones alike.
  const summary = await backend.summarize({ by: "tier", keyId: "key_1", since: DAY, until: DAY + 86_400_000 });
  expect(summary.rows.reduce((sum, row) => sum + row.requests, 0)).toBe(keyed.length);
  const partial = await backend.summarize({ by: "model", keyId: "key_0", since: DAY + 1, until: DAY + 30 * 60_000 });
  expect(partial.rows.reduce((sum, row) => sum + row.requests, 0)).toBe(RECORDS.filter((r) => r.keyId === "key_0" && r.createdAt >= DAY + 1 && r.createdAt < DAY + 30 * 60_000).length);
  const arms = await backend.experimentArms({ experiment: "cheaper" });
  expect(arms.map((arm) => [arm.arm, arm.requests])).toEqual([
    ["control", inExperiment.filter((record) => record.arm === "control").length],
    ["variant", inExperiment.filter((record) => record.arm === "variant").length],
  ]);
  // The grouping by key still counts the key-less rows as "(none)".
  const byKey = await backend.summarize({ by: "key", since: DAY + 1, until: DAY + 86_400_000 });
  expect(byKey.rows.find((row) => row.group === "(none)")?.requests).toBe(RECORDS.filter((r) => r.keyId === null && r.createdAt >= DAY + 1).length);
}

describe("sqlite decision log: partial key and experiment indexes", () => {
  it("makes the key and experiment indexes partial on a fresh database, and the filters' plans use them", async () => {
    const db = openSqliteDatabase(":memory:");
    const backend = createSqliteDecisionLogBackend(db);
    await backend.insertMany(RECORDS);
    const made = indexes(db);
    expect(made.get("decisions_key_id_set_created_at")).toMatch(/\(key_id, created_at\) WHERE key_id IS NOT NULL$/);
    expect(made.get("decisions_experiment_set_created_at")).toMatch(/\(experiment, created_at\) WHERE experiment IS NOT NULL$/);
    const sql = decisionSql("decisions", SQLITE_DIALECT);
    for (const statement of [sql.list({ keyId: "key_1", limit: 10 }), sql.summary({ keyId: "key_1" }, "model"), sql.modelAnswers({ keyId: "key_1" })]) {
      expect(plan(db, statement)).toContain("USING INDEX decisions_key_id_set_created_at (key_id=?");
    }
    for (const statement of [sql.list({ experiment: "cheaper", limit: 10 }), sql.experimentArms({ experiment: "cheaper" }), sql.timeseries({ experiment: "cheaper" }, "hour", "model")]) {
      expect(plan(db, statement)).toContain("USING INDEX decisions_experiment_set_created_at (experiment=?");
    }
    await expectFiltersRight(backend);
    db.close();
  });

  it("replaces the full indexes of a database an older version made, in place, keeping its rows", async () => {
    const file = join(dir, "old.db");
    const old = openSqliteDatabase(file);
    await createSqliteDecisionLogBackend(old).insertMany(RECORDS);
    // What an older version left: the full indexes under their old names, no partial ones.
    old.exec(`DROP INDEX decisions_key_id_set_created_at; DROP INDEX decisions_experiment_set_created_at;
      CREATE INDEX decisions_key_id_created_at ON decisions (key_id, created_at);
      CREATE INDEX decisions_experiment_created_at ON decisions (experiment, created_at);`);
    old.close();

    const db = openSqliteDatabase(file);
    const backend = createSqliteDecisionLogBackend(db);
    const upgraded = indexes(db);
    expect(upgraded.has("decisions_key_id_created_at")).toBe(false);
    expect(upgraded.has("decisions_experiment_created_at")).toBe(false);
    expect(upgraded.get("decisions_key_id_set_created_at")).toMatch(/WHERE key_id IS NOT NULL$/);
    expect(upgraded.get("decisions_experiment_set_created_at")).toMatch(/WHERE experiment IS NOT NULL$/);
    expect(db.prepare("SELECT COUNT(*) AS n FROM decisions").get()).toEqual({ n: RECORDS.length });
    expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
    await expectFiltersRight(backend);
    // A second start finds nothing to do.
    createSqliteDecisionLogBackend(db);
    expect(indexes(db)).toEqual(upgraded);
    db.close();
  });
});
