import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { runDecisionLogContract } from "../../log/decision-log.case.test.js";
import { runKeyStoreContract } from "../key-store.case.test.js";
import { ROLLUP_SUM_COLUMNS } from "../decision-rollup-sql.js";
import { createPostgresDecisionLogBackend } from "./postgres-decision-log.js";
import { createPostgresKeyStore } from "./postgres-key-store.js";

const pool = new pg.Pool({ connectionString: process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test", max: 4 });
const RUN = `sy_test_${randomUUID().replaceAll("-", "").slice(0, 10)}`;
const schemas: string[] = [];
/** A schema per contract test, so each starts empty and parallel runs never collide. */
const freshSchema = (): string => {
  const schema = `${RUN}_${schemas.length}`;
  schemas.push(schema);
  return schema;
};
afterAll(async () => {
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

describe("postgres decision log", () => {
  runDecisionLogContract({ create: () => createPostgresDecisionLogBackend(pool, { schema: freshSchema() }) });
});

describe("postgres decision log migration", () => {
  it("adds the learning loop's columns to a table made before they existed, keeping its rows", async () => {
    const schema = freshSchema();
    await pool.query(`CREATE SCHEMA "${schema}"`);
    await pool.query(`CREATE TABLE "${schema}".decisions (
      id TEXT PRIMARY KEY, created_at BIGINT NOT NULL, key_id TEXT, task TEXT NOT NULL, task_source TEXT NOT NULL,
      task_confidence DOUBLE PRECISION NOT NULL, difficulty TEXT NOT NULL, tier TEXT NOT NULL, candidates TEXT NOT NULL,
      attempts TEXT NOT NULL, model TEXT, experiment TEXT, arm TEXT, estimated_cost_usd DOUBLE PRECISION NOT NULL,
      cost_usd DOUBLE PRECISION NOT NULL, input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL,
      time_to_first_token_ms DOUBLE PRECISION, latency_ms DOUBLE PRECISION NOT NULL, finish_reason TEXT,
      stream SMALLINT NOT NULL, outcome TEXT NOT NULL, status INTEGER NOT NULL, error_type TEXT,
      quality_checks TEXT NOT NULL, escalated_to TEXT, feedback_score DOUBLE PRECISION, feedback_label TEXT, prompt TEXT)`);
    await pool.query(`INSERT INTO "${schema}".decisions VALUES ('dec_old', 1, NULL, 'chat', 'classified', 0.5, 'budget', 'budget', '[]', '[]', 'a/b',
      NULL, NULL, 0.001, 0.0005, 10, 5, NULL, 100, 'stop', 0, 'served', 200, NULL, '[]', NULL, 0.5, NULL, NULL)`);
    const log = createDecisionLog({ backend: await createPostgresDecisionLogBackend(pool, { schema }) });
    expect(await log.get("dec_old")).toMatchObject({ id: "dec_old", feedbackScore: 0.5, features: null, router: null, judgeScore: null });
    const record = makeDecisionRecord({ features: { v: 1 }, router: "adapter-1", judgeScore: null });
    log.write(record);
    expect(await log.get(record.id)).toEqual(record);
    await log.close();
  });
});

describe("postgres key store", () => {
  runKeyStoreContract({ create: () => createPostgresKeyStore(pool, { schema: freshSchema() }) });
});

describe("postgres decision log migration", () => {
  it("adds the door and affinity columns to a table created before them", async () => {
    const schema = freshSchema();
    await pool.query(`CREATE SCHEMA "${schema}"`);
    await pool.query(`CREATE TABLE "${schema}".decisions (
      id TEXT PRIMARY KEY, created_at BIGINT NOT NULL, key_id TEXT, task TEXT NOT NULL, task_source TEXT NOT NULL,
      task_confidence DOUBLE PRECISION NOT NULL, difficulty TEXT NOT NULL, tier TEXT NOT NULL, candidates TEXT NOT NULL,
      attempts TEXT NOT NULL, model TEXT, experiment TEXT, arm TEXT, estimated_cost_usd DOUBLE PRECISION NOT NULL,
      cost_usd DOUBLE PRECISION NOT NULL, input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL,
      time_to_first_token_ms DOUBLE PRECISION, latency_ms DOUBLE PRECISION NOT NULL, finish_reason TEXT,
      stream SMALLINT NOT NULL, outcome TEXT NOT NULL, status INTEGER NOT NULL, error_type TEXT,
      quality_checks TEXT NOT NULL, escalated_to TEXT, feedback_score DOUBLE PRECISION, feedback_label TEXT, prompt TEXT)`);
    await pool.query(`INSERT INTO "${schema}".decisions VALUES ('dec_old', 1, NULL, 'chat', 'classified', 0.9, 'budget', 'budget', '[]', '[]', 'a/b', NULL, NULL, 0, 0, 0, 0, NULL, 1, 'stop', 0, 'served', 200, NULL, '[]', NULL, NULL, NULL, NULL)`);
    const backend = await createPostgresDecisionLogBackend(pool, { schema });
    expect(await backend.get("dec_old")).toMatchObject({ door: "chat", affinity: null });
    await backend.insertMany([makeDecisionRecord({ id: "dec_new", createdAt: 2, door: "messages", affinity: "hit" })]);
    expect(await backend.get("dec_new")).toMatchObject({ door: "messages", affinity: "hit" });
    const summary = await backend.summarize({ since: 0, by: "door" });
    expect(summary.rows.map((row) => [row.group, row.requests])).toEqual([["chat", 1], ["messages", 1]]);
  });
});

describe("postgres setup by instances starting together", () => {
  it("sets up a fresh schema once when several instances start at the same moment", async () => {
    for (let round = 0; round < 3; round += 1) {
      const schema = freshSchema();
      // Pools of their own, as separate gateway processes have.
      const pools = Array.from({ length: 3 }, () => new pg.Pool({ connectionString: process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test", max: 2 }));
      try {
        await Promise.all(pools.flatMap((instance) => [createPostgresDecisionLogBackend(instance, { schema }), createPostgresKeyStore(instance, { schema })]));
      } finally {
        await Promise.all(pools.map((instance) => instance.end()));
      }
      const tables = await pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name", [schema]);
      expect(tables.rows.map((row: { table_name: string }) => row.table_name)).toEqual(expect.arrayContaining(["decisions", "virtual_keys"]));
    }
  });
});

describe("postgres rollup migration", () => {
  it("rebuilds daily rollups made before the judge's cost was summed, so whole-day reports count the judge", async () => {
    const schema = freshSchema();
    const day = Date.UTC(2026, 6, 4);
    const backend = await createPostgresDecisionLogBackend(pool, { schema });
    await backend.insertMany([makeDecisionRecord({ id: "dec_j1", createdAt: day + 1_000 }), makeDecisionRecord({ id: "dec_j2", createdAt: day + 2_000 })]);
    expect(await backend.recordJudgement("dec_j1", 0.5, 0.0004)).toBe(true);
    // Turn the schema into one an older version left: its rollup table and trigger function know nothing of the judge.
    const fn = await pool.query<{ sql: string }>(`SELECT pg_get_functiondef('"${schema}".decisions_rollup'::regproc) AS sql`);
    const oldFunction = (fn.rows[0]?.sql ?? "")
      .replaceAll(", judge_cost_usd, impossible)", ")")
      .replace(/, -?1 \* \(COALESCE\(CASE WHEN [^]*? END, 0\)\), -?1 \* \(CASE WHEN [^]*? THEN 1 ELSE 0 END\)\)/g, ")")
      .replace(/, judge_cost_usd = \S+\.judge_cost_usd \+ excluded\.judge_cost_usd, impossible = \S+\.impossible \+ excluded\.impossible/g, "");
    await pool.query(`ALTER TABLE "${schema}".decision_daily DROP COLUMN judge_cost_usd, DROP COLUMN impossible`); // both summed since
    await pool.query(oldFunction);
    await pool.query(`UPDATE "${schema}".decisions SET judge_score = 0.25, judge_cost_usd = 0.0002 WHERE id = 'dec_j2'`); // an old gateway's judge
    const reopened = await createPostgresDecisionLogBackend(pool, { schema });
    const wholeDay = { since: day, until: day + 86_400_000, by: "tier" } as const;
    expect((await reopened.summarize(wholeDay)).rows.map((row) => [row.group, row.requests, row.judgeCostUsd])).toEqual([["budget", 2, expect.closeTo(0.0006, 12)]]);
    await reopened.insertMany([makeDecisionRecord({ id: "dec_j3", createdAt: day + 3_000 })]);
    expect(await reopened.recordJudgement("dec_j3", 1, 0.0001)).toBe(true);
    expect((await reopened.summarize(wholeDay)).rows.map((row) => [row.requests, row.judgeCostUsd])).toEqual([[3, expect.closeTo(0.0007, 12)]]);
  });

  it("adds the impossible count to rollups from before it in place, recomputing only the days that hold an impossible decision", async () => {
    const schema = freshSchema();
    const [dayA, dayB] = [Date.UTC(2026, 6, 5), Date.UTC(2026, 6, 6)];
    const backend = await createPostgresDecisionLogBackend(pool, { schema });
    await backend.insertMany([
      makeDecisionRecord({ id: "dec_a1", createdAt: dayA + 1_000, costUsd: 0.001 }),
      makeDecisionRecord({ id: "dec_a2", createdAt: dayA + 2_000, costUsd: -1 }),
      makeDecisionRecord({ id: "dec_b1", createdAt: dayB + 1_000, costUsd: 0.002 }),
    ]);
    // The schema as the version before the count left it: no column, a trigger function without it, and day A's
    // sums holding the impossible cost (summed in then).
    const fn = await pool.query<{ sql: string }>(`SELECT pg_get_functiondef('"${schema}".decisions_rollup'::regproc) AS sql`);
    const oldFunction = (fn.rows[0]?.sql ?? "")
      .replaceAll(", impossible)", ")")
      .replace(/(, -?1 \* \(COALESCE\(CASE WHEN [^]*? END, 0\)\)), -?1 \* \(CASE WHEN [^]*? THEN 1 ELSE 0 END\)\)/g, "$1)")
      .replace(/, impossible = \S+\.impossible \+ excluded\.impossible/g, "");
    await pool.query(`ALTER TABLE "${schema}".decision_daily DROP COLUMN impossible`);
    await pool.query(oldFunction);
    await pool.query(`UPDATE "${schema}".decision_daily SET cost_usd = cost_usd - 1 WHERE day = $1`, [dayA / 86_400_000]);
    // A mark on day B: a migration that rebuilt every day would wipe it.
    await pool.query(`UPDATE "${schema}".decision_daily SET feedback_count = 99 WHERE day = $1`, [dayB / 86_400_000]);
    const reopened = await createPostgresDecisionLogBackend(pool, { schema });
    const whole = (day: number) => ({ since: day, until: day + 86_400_000, by: "tier" }) as const;
    expect((await reopened.summarize(whole(dayA))).rows.map((row) => [row.requests, row.impossible, row.costUsd])).toEqual([[2, 1, expect.closeTo(0.001, 12)]]);
    expect((await reopened.summarize(whole(dayB))).rows.map((row) => [row.requests, row.impossible, row.feedbackCount])).toEqual([[1, 0, 99]]);
    await reopened.insertMany([makeDecisionRecord({ id: "dec_b2", createdAt: dayB + 2_000, latencyMs: Number.NaN })]);
    expect((await reopened.summarize(whole(dayB))).rows.map((row) => [row.requests, row.impossible])).toEqual([[2, 1]]);
  });

  it("fills in the experiment rollup of a schema from before it, leaving the other dimensions as they were", async () => {
    const schema = freshSchema();
    const day = Date.UTC(2026, 7, 10);
    const backend = await createPostgresDecisionLogBackend(pool, { schema });
    const enrolled = (id: string, experiment: string | null, arm: string | null) => makeDecisionRecord({ id, createdAt: day + 60_000, experiment, arm, costUsd: 0.001 });
    await backend.insertMany([enrolled("dec_x1", "exp-a", "control"), enrolled("dec_x2", "arm-less", null), enrolled("dec_x3", null, null)]);
    // Turn the schema into one an older version left: a trigger function without the experiment dimension, and no rows of it.
    const fn = await pool.query<{ sql: string }>(`SELECT pg_get_functiondef('"${schema}".decisions_rollup'::regproc) AS sql`);
    await pool.query((fn.rows[0]?.sql ?? "").replace(/INSERT INTO \S+\.decision_daily(?:_latency)? [^;]*'experiment'[^;]*;\s*/g, ""));
    await pool.query(`DELETE FROM "${schema}".decision_daily WHERE dim = 'experiment'`);
    await pool.query(`DELETE FROM "${schema}".decision_daily_latency WHERE dim = 'experiment'`);
    await backend.insertMany([enrolled("dec_x4", "arm-less", "")]); // an old gateway's write
    const tiers = (await pool.query(`SELECT * FROM "${schema}".decision_daily WHERE dim = 'tier'`)).rows;
    const reopened = await createPostgresDecisionLogBackend(pool, { schema });
    expect((await pool.query(`SELECT * FROM "${schema}".decision_daily WHERE dim = 'tier'`)).rows).toEqual(tiers);
    const wholeDay = { since: day, until: day + 86_400_000, by: "experiment" } as const;
    const groups = async (filter: object) => (await reopened.summarize({ ...wholeDay, ...filter })).rows.map((row) => [row.group, row.requests, row.served, row.latency.size]);
    expect(await groups({})).toEqual([["(none)", 1, 1, 1], ["arm-less:", 2, 2, 1], ["exp-a:control", 1, 1, 1]]);
    expect(await groups({})).toEqual(await groups({ minCostUsd: 0 })); // the rows' own answer
    await reopened.insertMany([enrolled("dec_x5", "exp-a", "control")]);
    expect(await groups({})).toEqual([["(none)", 1, 1, 1], ["arm-less:", 2, 2, 1], ["exp-a:control", 2, 2, 1]]);
  });

  it("takes a rollup row naming only an older version's columns into rollup tables this version made, as into upgraded ones", async () => {
    // Tables made fresh take what tables upgraded in place take (impossible DEFAULT 0): a row naming only the
    // columns an older version knows was refused by impossible NOT NULL without a default.
    const schema = freshSchema();
    await createPostgresDecisionLogBackend(pool, { schema });
    const older = ROLLUP_SUM_COLUMNS.filter((column) => column !== "impossible");
    await pool.query(`INSERT INTO "${schema}".decision_daily (day, dim, grp, ${older.join(", ")}) VALUES ($1, 'tier', 'older', ${older.map(() => "1").join(", ")})`, [Date.UTC(2026, 6, 8) / 86_400_000]);
    const { rows } = await pool.query<{ requests: number; impossible: number }>(`SELECT requests, impossible FROM "${schema}".decision_daily WHERE grp = 'older'`);
    expect(rows).toEqual([{ requests: 1, impossible: 0 }]);
  });
});

describe("postgres relabelling of decisions made before routing", () => {
  it("moves an older version's 'unknown' tier and task of unrouted decisions to (none), rollups included", async () => {
    const schema = freshSchema();
    const day = Date.UTC(2026, 6, 5);
    const unrouted = { tier: "unknown", task: "unknown", difficulty: "unknown", candidates: [], attempts: [], model: null, outcome: "refused" as const, status: 401 };
    await (await createPostgresDecisionLogBackend(pool, { schema })).insertMany([
      makeDecisionRecord({ id: "dec_401", createdAt: day + 1_000, ...unrouted }),
      makeDecisionRecord({ id: "dec_routed", createdAt: day + 2_000, tier: "unknown", task: "unknown" }),
    ]);
    const reopened = await createPostgresDecisionLogBackend(pool, { schema });
    expect(await reopened.get("dec_401")).toMatchObject({ tier: "(none)", task: "(none)", difficulty: "(none)" });
    expect(await reopened.get("dec_routed")).toMatchObject({ tier: "unknown", task: "unknown" });
    const summary = await reopened.summarize({ since: day, until: day + 86_400_000, by: "tier" });
    expect(summary.rows.map((row) => [row.group, row.requests, row.refused])).toEqual([["(none)", 1, 1], ["unknown", 1, 0]]);
  });
});
