/**
 * A Switchyard SQLite file damaged inside a table (a disk fault, a copy taken mid-write): it opens and sets up, and
 * only reading the table fails. The CLI says what SQLite found and what to do, not SQLite's bare words.
 * @module
 */
import { mkdtempSync, openSync, closeSync, writeSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const cwd = mkdtempSync(join(tmpdir(), "switchyard-damaged-db-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Writes decisions, then overwrites the decisions table's root page with garbage. */
async function damagedLog(): Promise<void> {
  const storage = await openStorage({ storage: { sqlite: "./.switchyard/switchyard.db" }, cwd });
  await storage.decisionBackend.insertMany(Array.from({ length: 40 }, (_, index) => makeDecisionRecord({ id: `dec_${index}`, createdAt: Date.now() - index })));
  await storage.close();
  const file = join(cwd, ".switchyard/switchyard.db");
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.pragma("journal_mode = DELETE");
  const pageSize = db.pragma("page_size", { simple: true }) as number;
  const roots = db.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'decisions'").all() as { rootpage: number }[];
  db.close();
  const fd = openSync(file, "r+");
  for (const { rootpage } of roots) writeSync(fd, Buffer.alloc(pageSize, 0xa7), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

it("train --from-log on a damaged decision log names storage.sqlite and the fix, not only 'database disk image is malformed'", async () => {
  await damagedLog();
  const result = await runCliCaptured(["train", "--from-log", "--out", join(cwd, "adapter.json")], { cwd });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/(^|\n)error: storage\.sqlite: database disk image is malformed \(SQLITE_CORRUPT\)\. The SQLite file is damaged: .*move it aside.*\n$/);
});
