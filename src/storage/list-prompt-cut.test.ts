/**
 * A page of decisions carries at most LIST_PROMPT_CHARS characters of each stored prompt, cut by the database, with the
 * prompt's whole length beside it; the record alone carries the whole prompt (red-team round 14: 100 stored prompts of
 * 9.5 MB made `GET /api/decisions` a 500 after 6 s at 1.5 GB RSS). The same on every backend: memory, real SQLite,
 * real Postgres.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { DecisionLogBackend } from "../log/decision-log-store.js";
import { LIST_PROMPT_CHARS } from "../log/decision-record.js";
import { makeDecisionRecord } from "../log/make-decision-record.js";
import { createMemoryDecisionLogBackend } from "./memory/memory-decision-log.js";
import { createPostgresDecisionLogBackend } from "./postgres/postgres-decision-log.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "./sqlite/sqlite-decision-log.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-list-prompt-"));
const pool = new pg.Pool({ connectionString: process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test", max: 2 });
const schema = `sy_test_${randomUUID().replaceAll("-", "").slice(0, 10)}_prompt`;
afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
  rmSync(dir, { recursive: true, force: true });
});

// Characters past the BMP count once in SQL; a prompt of them would be cut elsewhere in JavaScript's code units.
const LONG = "é".repeat(LIST_PROMPT_CHARS) + "x".repeat(200_000);
const RECORDS = [
  makeDecisionRecord({ id: "dec_long", createdAt: 2_000, prompt: LONG }),
  makeDecisionRecord({ id: "dec_short", createdAt: 1_000, prompt: "short prompt" }),
  makeDecisionRecord({ id: "dec_none", createdAt: 500, prompt: null }),
];

const backends: [string, () => Promise<DecisionLogBackend>][] = [
  ["memory", async () => createMemoryDecisionLogBackend()],
  ["sqlite", async () => createSqliteDecisionLogBackend(openSqliteDatabase(join(dir, "log.db")))],
  ["postgres", async () => createPostgresDecisionLogBackend(pool, { schema })],
];

describe.each(backends)("a page of decisions on %s", (_name, open) => {
  it("carries the first characters of a long stored prompt and its length; the record alone carries all of it", async () => {
    const backend = await open();
    await backend.insertMany(RECORDS);
    const page = await backend.list({ limit: 10 });
    expect(page.map((record) => record.id)).toEqual(["dec_long", "dec_short", "dec_none"]);
    expect(page[0]?.prompt).toBe(LONG.slice(0, LIST_PROMPT_CHARS));
    expect(page[0]?.promptLength).toBe(LONG.length);
    expect(page[1]).toMatchObject({ prompt: "short prompt" });
    expect(page[1]).not.toHaveProperty("promptLength");
    expect(page[2]).toMatchObject({ prompt: null });
    expect(page[2]).not.toHaveProperty("promptLength");
    const whole = await backend.get("dec_long");
    expect(whole?.prompt).toBe(LONG);
    expect(whole).not.toHaveProperty("promptLength");
  });
});
