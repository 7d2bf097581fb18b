/**
 * Two processes upgrading one old SQLite file at once: the other process adds the missing column inside its write
 * transaction while this one starts. Checking and altering outside a transaction read the column as missing and then
 * failed with "duplicate column name" (so `serve` or a CLI command failed to start). Real SQLite, a real second process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { holdSqliteLock } from "../../../test/support/sqlite-lock.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteLedger } from "./sqlite-ledger.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-add-columns-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A ledger file as the version before `actual_nano_usd` made it: every table there, that column not yet. */
function oldLedgerFile(name: string): string {
  const path = join(dir, name);
  const made = openSqliteDatabase(path);
  createSqliteLedger(made);
  made.close();
  const db = new Database(path);
  db.exec("ALTER TABLE ledger_reservations DROP COLUMN actual_nano_usd");
  db.close();
  return path;
}

describe("upgrading an old SQLite file while another process upgrades it", () => {
  it("waits for the other process's upgrade and then finds the column there", async () => {
    const path = oldLedgerFile("ledger.sqlite");
    const other = await holdSqliteLock(path, { sql: "ALTER TABLE ledger_reservations ADD COLUMN actual_nano_usd INTEGER", commitAfterMs: 300 });
    const db = openSqliteDatabase(path);
    try {
      expect(() => createSqliteLedger(db)).not.toThrow();
      await other.release();
      const columns = db.prepare<[], { name: string }>("PRAGMA table_info(ledger_reservations)").all();
      expect(columns.filter((column) => column.name === "actual_nano_usd")).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});
