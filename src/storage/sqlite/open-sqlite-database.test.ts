import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { openSqliteDatabase } from "./open-sqlite-database.js";

it("refuses a file that is not a database with the config key, the path and what to do, without its bytes", () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-bad-db-")), "switchyard.db");
  writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)));
  expect(() => openSqliteDatabase(file)).toThrow(expect.objectContaining({ code: "storage_unavailable", message: expect.stringMatching(new RegExp(`^storage\\.sqlite: cannot open ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: file is not a database\\. .*move a damaged one aside`)) }));
});
