import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { openSqliteDatabase } from "./open-sqlite-database.js";

it("refuses a file that is not a database with the config key, the path and what to do, without its bytes", () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-bad-db-")), "switchyard.db");
  writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)));
  expect(() => openSqliteDatabase(file)).toThrow(expect.objectContaining({ code: "storage_unavailable", message: expect.stringMatching(new RegExp(`^storage\\.sqlite: cannot open ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: file is not a database\\. .*move a damaged one aside`)) }));
});

it("waits for another process's write to a new file before turning it to WAL, rather than failing to open", async () => {
  // SQLite refuses the switch to WAL at once, busy timeout or not, while another process holds the write lock: two
  // gateways started together on one new file failed to start with "database is locked" (CI, round 28).
  const file = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-locked-db-")), "switchyard.db");
  const holder = spawn(process.execPath, ["-e", HOLD_WRITE_LOCK, file], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((resolve) => holder.once("exit", resolve));
  await new Promise((resolve) => holder.stdout.once("data", resolve));
  const started = Date.now();
  const db = openSqliteDatabase(file);
  expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  db.close();
  await exited;
});

/** A child that opens the file in rollback mode, holds its write lock 300 ms, then lets go. */
const HOLD_WRITE_LOCK = `
const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
const db = new Database(process.argv[1]);
db.exec("CREATE TABLE IF NOT EXISTS t (x)");
db.exec("BEGIN IMMEDIATE");
db.prepare("INSERT INTO t VALUES (1)").run();
process.stdout.write("held\\n");
setTimeout(() => { db.exec("COMMIT"); db.close(); }, 300);
`;
