import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe } from "vitest";
import { runDecisionLogContract } from "../../log/decision-log.case.test.js";
import { runKeyStoreContract } from "../key-store.case.test.js";
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

describe("postgres key store", () => {
  runKeyStoreContract({ create: () => createPostgresKeyStore(pool, { schema: freshSchema() }) });
});
