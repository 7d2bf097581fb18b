import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { decisionSql, type SqlStatement } from "../decision-sql.js";
import { POSTGRES_DIALECT, createPostgresDecisionLogBackend } from "./postgres-decision-log.js";

const pool = new pg.Pool({ connectionString: process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test", max: 4 });
const RUN = `sy_test_${randomUUID().replaceAll("-", "").slice(0, 10)}`;
const schemas: string[] = [];
const freshSchema = (): string => {
  const schema = `${RUN}_${schemas.length}`;
  schemas.push(schema);
  return schema;
};
afterAll(async () => {
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

const DAY = Date.UTC(2026, 6, 2);
const RECORDS: DecisionRecord[] = Array.from({ length: 40 }, (_, i) =>
  makeDecisionRecord({
    id: `dec_${String(i).padStart(3, "0")}`,
    createdAt: DAY + i * 60_000,
    keyId: i % 3 === 0 ? `key_${i % 2}` : null,
    experiment: i % 5 === 0 ? "cheaper" : null,
    arm: i % 5 === 0 ? "control" : null,
  }),
);

/** The indexes on the schema's `decisions`, name → definition. */
async function indexes(schema: string): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ indexname: string; indexdef: string }>("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'decisions'", [schema]);
  return new Map(rows.map((row) => [row.indexname, row.indexdef]));
}

/**
 * The generic plan (parameters unknown, as a cached prepared statement runs) of a report statement with the partial
 * index as the only index left besides the primary key (dropped in a transaction rolled back after): the plan uses
 * it only if the statement's predicate implies the index's.
 */
async function genericPlanWithOnly(schema: string, index: string, statement: SqlStatement): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const other of (await indexes(schema)).keys()) {
      if (other !== index && other !== "decisions_pkey") await client.query(`DROP INDEX "${schema}".${other}`);
    }
    await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
    await client.query("SET LOCAL enable_seqscan = off");
    await client.query(`PREPARE report_statement AS ${statement.text}`);
    const literals = statement.values.map((value) => (typeof value === "number" ? String(value) : `'${value.replaceAll("'", "''")}'`));
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN EXECUTE report_statement(${literals.join(", ")})`);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.query("DEALLOCATE ALL").catch(() => {});
    client.release();
  }
}

async function expectFiltersRight(backend: DecisionLogBackend): Promise<void> {
  const ids = (records: readonly DecisionRecord[]): string[] => records.map((record) => record.id).sort();
  expect(ids(await backend.list({ keyId: "key_1", limit: 100 }))).toEqual(ids(RECORDS.filter((record) => record.keyId === "key_1")));
  expect(ids(await backend.list({ experiment: "cheaper", limit: 100 }))).toEqual(ids(RECORDS.filter((record) => record.experiment === "cheaper")));
  const arms = await backend.experimentArms({ experiment: "cheaper" });
  expect(arms.map((arm) => [arm.arm, arm.requests])).toEqual([["control", RECORDS.filter((record) => record.experiment === "cheaper").length]]);
}

describe("postgres decision log: partial key and experiment indexes", () => {
  it("makes them partial on a fresh schema, and the filters' generic plans can use them (key_id = $n implies key_id IS NOT NULL)", async () => {
    const schema = freshSchema();
    const backend = await createPostgresDecisionLogBackend(pool, { schema });
    await backend.insertMany(RECORDS);
    const made = await indexes(schema);
    expect(made.get("decisions_key_id_set_created_at")).toMatch(/WHERE \(key_id IS NOT NULL\)$/);
    expect(made.get("decisions_experiment_set_created_at")).toMatch(/WHERE \(experiment IS NOT NULL\)$/);
    const sql = decisionSql(`"${schema}".decisions`, POSTGRES_DIALECT);
    const key = "decisions_key_id_set_created_at";
    const experiment = "decisions_experiment_set_created_at";
    for (const statement of [sql.list({ keyId: "key_1", limit: 10 }), sql.summary({ keyId: "key_1" }, "model"), sql.modelAnswers({ keyId: "key_1" })]) {
      expect(await genericPlanWithOnly(schema, key, statement)).toMatch(new RegExp(`Index (Only )?Scan.* using ${key}[^]*Index Cond: .*key_id = \\$`));
    }
    for (const statement of [sql.list({ experiment: "cheaper", limit: 10 }), sql.experimentArms({ experiment: "cheaper" })]) {
      expect(await genericPlanWithOnly(schema, experiment, statement)).toMatch(new RegExp(`Index (Only )?Scan.* using ${experiment}[^]*Index Cond: .*experiment = \\$`));
    }
    await expectFiltersRight(backend);
  });

  it("replaces the full indexes an older version made, in place, keeping the rows", async () => {
    const schema = freshSchema();
    await (await createPostgresDecisionLogBackend(pool, { schema })).insertMany(RECORDS);
    await pool.query(`DROP INDEX "${schema}".decisions_key_id_set_created_at; DROP INDEX "${schema}".decisions_experiment_set_created_at;
      CREATE INDEX decisions_key_id_created_at ON "${schema}".decisions (key_id, created_at);
      CREATE INDEX decisions_experiment_created_at ON "${schema}".decisions (experiment, created_at)`);
    const backend = await createPostgresDecisionLogBackend(pool, { schema });
    const upgraded = await indexes(schema);
    expect(upgraded.has("decisions_key_id_created_at")).toBe(false);
    expect(upgraded.has("decisions_experiment_created_at")).toBe(false);
    expect(upgraded.get("decisions_key_id_set_created_at")).toMatch(/WHERE \(key_id IS NOT NULL\)$/);
    expect((await pool.query(`SELECT COUNT(*)::int AS n FROM "${schema}".decisions`)).rows).toEqual([{ n: RECORDS.length }]);
    await expectFiltersRight(backend);
  });
});
