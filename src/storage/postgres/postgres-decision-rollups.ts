/**
 * The daily rollups on Postgres (ADR 0013): one row trigger keeps them exact whatever writes the decisions table.
 * @module
 */
import type { Pool } from "pg";
import { inTransaction } from "./in-transaction.js";
import { ADDABLE_ROLLUP_COLUMNS, ROLLUP_DIMENSION_NAMES, ROLLUP_SUM_COLUMNS, maintainsDimension, type RollupDimension, type RollupSql } from "../decision-rollup-sql.js";

type Query = Pool["query"];

/**
 * Creates the rollup tables and the trigger keeping them when the trigger is missing (a new schema, one written by
 * an older version, or after a bulk load that dropped it), rebuilding the rollups in the same transaction. A rollup
 * table lacking only addable columns (`impossible`) gets them in place, 0 (no rewrite), and only the days that need
 * another value recomputed; one without another column added since (`judge_cost_usd`) is made again and rebuilt, once,
 * with the trigger's function replaced. A trigger function from before a dimension was rolled up (`experiment`) is replaced
 * and only that dimension filled from the log. An advisory lock keeps instances starting together from doing it
 * twice; the transaction holds the table's lock from DROP TRIGGER on, so no write slips between fill and trigger.
 */
export async function ensureRollups(pool: Pool, schema: string, table: string, rollup: RollupSql): Promise<void> {
  if ((await rollupState(pool.query.bind(pool), schema, table, rollup)).state === "current") return;
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`switchyard rollups ${table}`]);
    const { state, missing, addable } = await rollupState(client.query.bind(client), schema, table, rollup);
    if (state === "current") return;
    await client.query(`DROP TRIGGER IF EXISTS decisions_rollup ON ${table}`);
    if (state === "missing") {
      await client.query(`DROP TABLE IF EXISTS ${rollup.sums}`);
      for (const statement of [...rollup.createTables, ...rollup.rebuild]) await client.query(statement);
    } else {
      if (addable.length > 0) {
        const days = (await client.query<{ day: string }>(rollup.impossibleDays)).rows.map((row) => Number(row.day));
        for (const statement of [...rollup.addColumns(addable), ...rollup.rebuildDays(days)]) await client.query(statement);
      }
      if (missing.length > 0) for (const statement of rollup.rebuildDimensions(missing)) await client.query(statement);
    }
    const body = (statements: string[]): string => statements.map((statement) => `${statement};`).join("\n");
    await client.query(`CREATE OR REPLACE FUNCTION ${schema}.decisions_rollup() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP <> 'INSERT' THEN ${body(rollup.apply("OLD", -1))} END IF;
        IF TG_OP <> 'DELETE' THEN ${body(rollup.apply("NEW", 1))} END IF;
        RETURN NULL;
      END $fn$`);
    await client.query(`CREATE TRIGGER decisions_rollup AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${schema}.decisions_rollup()`);
  });
}

/**
 * `current`: nothing to do. `missing`: no trigger, or a rollup table without a column that cannot be added in place
 * (make the tables and rebuild). `old`: the trigger's function does not keep the `missing` dimensions (fill those in)
 * or the table lacks the `addable` columns (add them).
 */
async function rollupState(
  query: Query,
  schema: string,
  table: string,
  rollup: RollupSql,
): Promise<{ state: "current" | "missing" | "old"; missing: RollupDimension[]; addable: string[] }> {
  const { rows } = await query<{ trigger: boolean; columns: string[] | null; source: string | null }>(
    `SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'decisions_rollup' AND tgrelid = '${table}'::regclass) AS trigger,
      (SELECT array_agg(attname::text) FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = ANY($2) AND NOT attisdropped) AS columns,
      (SELECT prosrc FROM pg_proc WHERE oid = to_regprocedure($3)) AS source`,
    [rollup.sums, [...ROLLUP_SUM_COLUMNS], `${schema}.decisions_rollup()`],
  );
  const row = rows[0];
  const present = new Set(row?.columns ?? []);
  const lacking = ROLLUP_SUM_COLUMNS.filter((column) => !present.has(column));
  if (row?.trigger !== true || lacking.some((column) => !ADDABLE_ROLLUP_COLUMNS.includes(column))) return { state: "missing", missing: [], addable: [] };
  const missing = ROLLUP_DIMENSION_NAMES.filter((dimension) => !maintainsDimension(row.source ?? "", dimension));
  return { state: missing.length === 0 && lacking.length === 0 ? "current" : "old", missing, addable: lacking };
}
