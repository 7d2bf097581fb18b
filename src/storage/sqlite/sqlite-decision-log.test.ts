import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { runDecisionLogContract } from "../../log/decision-log.case.test.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { ROLLUP_SUM_COLUMNS } from "../decision-rollup-sql.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "./sqlite-decision-log.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-decisions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite decision log", () => {
  runDecisionLogContract({ create: async () => createSqliteDecisionLogBackend(openSqliteDatabase(":memory:"), { closeDatabase: true }) });

  it("keeps the daily rollups exact when one batch adds rows, re-writes one of them and re-writes an older row", async () => {
    const db = openSqliteDatabase(":memory:");
    const backend = createSqliteDecisionLogBackend(db);
    const day = Date.UTC(2026, 6, 2);
    const older = makeDecisionRecord({ id: "dec_older", createdAt: day + 1_000, tier: "budget", costUsd: 0.001 });
    await backend.insertMany([older]);
    const a = makeDecisionRecord({ id: "dec_a", createdAt: day + 2_000, tier: "budget", costUsd: 0.002 });
    const b = makeDecisionRecord({ id: "dec_b", createdAt: day + 3_000, tier: "premium", costUsd: 0.004, model: "x/y" });
    const aAgain = { ...a, tier: "premium", costUsd: 0.008, outcome: "failed" as const, model: null };
    const olderAgain = { ...older, tier: "standard", latencyMs: 900 };
    await backend.insertMany([a, b, aAgain, olderAgain]);
    expect(await backend.recordFeedback("dec_b", 0.5)).toBe(true);
    // The rollups must equal a rebuild from the rows as they now are.
    const rolled = db.prepare("SELECT dim, day, grp, requests, served, failed, cost_usd, feedback_count FROM decision_daily WHERE requests <> 0 ORDER BY dim, grp").all();
    const rolledLatency = db.prepare("SELECT dim, grp, bucket, n FROM decision_daily_latency WHERE n <> 0 ORDER BY dim, grp, bucket").all();
    db.exec("DROP TRIGGER decisions_rollup_insert");
    createSqliteDecisionLogBackend(db); // triggers missing: recreated, rollups rebuilt from the rows
    expect(db.prepare("SELECT dim, day, grp, requests, served, failed, cost_usd, feedback_count FROM decision_daily WHERE requests <> 0 ORDER BY dim, grp").all()).toEqual(rolled);
    expect(db.prepare("SELECT dim, grp, bucket, n FROM decision_daily_latency WHERE n <> 0 ORDER BY dim, grp, bucket").all()).toEqual(rolledLatency);
    expect(rolled.filter((row) => (row as { dim: string }).dim === "tier")).toEqual([
      expect.objectContaining({ grp: "premium", requests: 2, served: 1, failed: 1 }),
      expect.objectContaining({ grp: "standard", requests: 1, served: 1 }),
    ]);
    db.close();
  });

  it("replaces rollup triggers from before batch rollups in place, keeping the sums", async () => {
    const db = openSqliteDatabase(":memory:");
    const backend = createSqliteDecisionLogBackend(db);
    await backend.insertMany([makeDecisionRecord({ id: "dec_1", createdAt: Date.UTC(2026, 6, 3) })]);
    // The insert trigger as an older version wrote it: no batch condition.
    const old = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'decisions_rollup_insert'").get()?.sql ?? "";
    db.exec("DROP TRIGGER decisions_rollup_insert");
    db.exec(old.replace(/ WHEN \(SELECT since FROM decision_rollup_batch WHERE id = 1\) IS NULL/, ""));
    expect(db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'decisions_rollup_insert'").get()?.sql).not.toContain("decision_rollup_batch");
    const before = db.prepare("SELECT * FROM decision_daily ORDER BY dim, grp").all();
    createSqliteDecisionLogBackend(db);
    expect(db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'decisions_rollup_insert'").get()?.sql).toContain("decision_rollup_batch");
    expect(db.prepare("SELECT * FROM decision_daily ORDER BY dim, grp").all()).toEqual(before);
    await backend.insertMany([makeDecisionRecord({ id: "dec_2", createdAt: Date.UTC(2026, 6, 3) })]);
    expect(db.prepare<[], { n: number }>("SELECT requests AS n FROM decision_daily WHERE dim = 'tier'").get()?.n).toBe(2);
    db.close();
  });

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

describe("sqlite rollup migration", () => {
  /** The rollup triggers' SQL as a version before `judge_cost_usd` wrote it. */
  const withoutJudgeColumn = (sql: string): string =>
    sql
      .replaceAll(", judge_cost_usd, impossible)", ")")
      .replace(/, -?1 \* \(COALESCE\(CASE WHEN [^]*? END, 0\)\), -?1 \* \(CASE WHEN [^]*? THEN 1 ELSE 0 END\)\)/g, ")")
      .replaceAll(", judge_cost_usd = decision_daily.judge_cost_usd + excluded.judge_cost_usd, impossible = decision_daily.impossible + excluded.impossible", "");

  const withoutImpossibleColumn = (sql: string): string =>
    sql
      .replaceAll(", impossible)", ")")
      .replace(/(, -?1 \* \(COALESCE\(CASE WHEN [^]*? END, 0\)\)), -?1 \* \(CASE WHEN [^]*? THEN 1 ELSE 0 END\)\)/g, "$1)")
      .replaceAll(", impossible = decision_daily.impossible + excluded.impossible", "");

  it("rebuilds daily rollups made before the judge's cost was summed, so whole-day reports count the judge", async () => {
    const db = openSqliteDatabase(":memory:");
    const day = Date.UTC(2026, 6, 4);
    const backend = createSqliteDecisionLogBackend(db);
    await backend.insertMany([makeDecisionRecord({ id: "dec_j1", createdAt: day + 1_000, costUsd: 0.001 }), makeDecisionRecord({ id: "dec_j2", createdAt: day + 2_000, costUsd: 0.002 })]);
    expect(await backend.recordJudgement("dec_j1", 0.5, 0.0004)).toBe(true);
    // Turn the database into one an older version left: its rollup table and triggers know nothing of the judge.
    const triggers = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'decisions_rollup_%'").all();
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    db.exec("ALTER TABLE decision_daily DROP COLUMN judge_cost_usd");
    db.exec("ALTER TABLE decision_daily DROP COLUMN impossible"); // summed since, too
    for (const trigger of triggers) db.exec(withoutJudgeColumn(trigger.sql));
    db.prepare("UPDATE decisions SET judge_score = 0.25, judge_cost_usd = 0.0002 WHERE id = 'dec_j2'").run(); // an old gateway's judge
    const reopened = createSqliteDecisionLogBackend(db);
    expect(db.prepare<[], { name: string }>("PRAGMA table_info(decision_daily)").all().map((column) => column.name)).toContain("judge_cost_usd");
    const wholeDay = { since: day, until: day + 86_400_000, by: "tier" } as const;
    expect((await reopened.summarize(wholeDay)).rows.map((row) => [row.group, row.requests, row.judgeCostUsd])).toEqual([["budget", 2, expect.closeTo(0.0006, 12)]]);
    // The triggers made again keep counting it.
    await reopened.insertMany([makeDecisionRecord({ id: "dec_j3", createdAt: day + 3_000 })]);
    expect(await reopened.recordJudgement("dec_j3", 1, 0.0001)).toBe(true);
    expect((await reopened.summarize(wholeDay)).rows.map((row) => [row.requests, row.judgeCostUsd])).toEqual([[3, expect.closeTo(0.0007, 12)]]);
    db.close();
  });

  it("adds the impossible count to rollups from before it in place, recomputing only the days that hold an impossible decision", async () => {
    const db = openSqliteDatabase(":memory:");
    const [dayA, dayB] = [Date.UTC(2026, 6, 5), Date.UTC(2026, 6, 6)];
    const backend = createSqliteDecisionLogBackend(db);
    await backend.insertMany([
      makeDecisionRecord({ id: "dec_a1", createdAt: dayA + 1_000, costUsd: 0.001 }),
      makeDecisionRecord({ id: "dec_a2", createdAt: dayA + 2_000, costUsd: -1 }),
      makeDecisionRecord({ id: "dec_b1", createdAt: dayB + 1_000, costUsd: 0.002 }),
    ]);
    // The database as the version before the count left it: no column, triggers without it, and day A's sums
    // holding the impossible cost (summed in then).
    const triggers = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'decisions_rollup_%'").all();
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    db.exec("ALTER TABLE decision_daily DROP COLUMN impossible");
    for (const trigger of triggers) db.exec(withoutImpossibleColumn(trigger.sql));
    db.prepare("UPDATE decision_daily SET cost_usd = cost_usd - 1 WHERE day = ?").run(dayA / 86_400_000);
    // A mark on day B: a migration that rebuilt every day (66 s at 1M decisions) would wipe it.
    db.prepare("UPDATE decision_daily SET feedback_count = 99 WHERE day = ?").run(dayB / 86_400_000);
    const reopened = createSqliteDecisionLogBackend(db);
    const whole = (day: number) => ({ since: day, until: day + 86_400_000, by: "tier" }) as const;
    expect((await reopened.summarize(whole(dayA))).rows.map((row) => [row.requests, row.impossible, row.costUsd])).toEqual([[2, 1, expect.closeTo(0.001, 12)]]);
    expect((await reopened.summarize(whole(dayB))).rows.map((row) => [row.requests, row.impossible, row.feedbackCount])).toEqual([[1, 0, 99]]);
    // The triggers made again count the next impossible decision.
    await reopened.insertMany([makeDecisionRecord({ id: "dec_b2", createdAt: dayB + 2_000, latencyMs: Number.NaN })]);
    expect((await reopened.summarize(whole(dayB))).rows.map((row) => [row.requests, row.impossible])).toEqual([[2, 1]]);
    db.close();
  });

  it("takes an older gateway's batch rollup, which names no impossible count, into rollup tables this version made", async () => {
    // An older gateway sharing the file adds its batches to the rollups itself, naming the columns it knows: on
    // tables made fresh here, impossible NOT NULL without a default refused the insert and so the whole batch.
    const db = openSqliteDatabase(":memory:");
    await createSqliteDecisionLogBackend(db).insertMany([makeDecisionRecord({ id: "dec_new", createdAt: Date.UTC(2026, 6, 7) })]);
    const older = ROLLUP_SUM_COLUMNS.filter((column) => column !== "impossible");
    db.prepare(`INSERT INTO decision_daily (day, dim, grp, ${older.join(", ")}) VALUES (?, 'tier', 'older', ${older.map(() => "1").join(", ")})`).run(Date.UTC(2026, 6, 8) / 86_400_000);
    expect(db.prepare("SELECT requests, impossible FROM decision_daily WHERE grp = 'older'").get()).toEqual({ requests: 1, impossible: 0 });
    db.close();
  });
});

describe("sqlite relabelling of decisions made before routing", () => {
  it("moves an older version's 'unknown' tier and task of unrouted decisions to (none), rollups included", async () => {
    const db = openSqliteDatabase(":memory:");
    const day = Date.UTC(2026, 6, 5);
    const unrouted = { tier: "unknown", task: "unknown", difficulty: "unknown", candidates: [], attempts: [], model: null, outcome: "refused" as const, status: 401 };
    await createSqliteDecisionLogBackend(db).insertMany([
      makeDecisionRecord({ id: "dec_401", createdAt: day + 1_000, ...unrouted }),
      // A config's own tier and task may be called `unknown`: a routed decision has candidates, and keeps them.
      makeDecisionRecord({ id: "dec_routed", createdAt: day + 2_000, tier: "unknown", task: "unknown" }),
    ]);
    const reopened = createSqliteDecisionLogBackend(db);
    expect(await reopened.get("dec_401")).toMatchObject({ tier: "(none)", task: "(none)", difficulty: "(none)" });
    expect(await reopened.get("dec_routed")).toMatchObject({ tier: "unknown", task: "unknown" });
    const wholeDay = { since: day, until: day + 86_400_000 } as const;
    expect((await reopened.summarize({ ...wholeDay, by: "tier" })).rows.map((row) => [row.group, row.requests, row.refused])).toEqual([["(none)", 1, 1], ["unknown", 1, 0]]);
    expect((await reopened.summarize({ ...wholeDay, by: "task" })).rows.map((row) => row.group)).toEqual(["(none)", "unknown"]);
    db.close();
  });
  it("adds the experiment_unit column to a database an older version made, and keeps the unit's digest", async () => {
    const db = openSqliteDatabase(":memory:");
    createSqliteDecisionLogBackend(db);
    db.exec("ALTER TABLE decisions DROP COLUMN experiment_unit");
    const backend = createSqliteDecisionLogBackend(db);
    const record = makeDecisionRecord({ id: "dec_unit", experiment: "exp", arm: "variant", experimentUnit: "Zm9vYmFyYmF6cXV4" });
    await backend.insertMany([record]);
    expect((await backend.get("dec_unit"))?.experimentUnit).toBe("Zm9vYmFyYmF6cXV4");
    const [arm] = await backend.experimentArms({});
    expect(arm?.clusters.units).toBe(1);
    db.close();
  });
});
