import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { openStorage } from "./open-storage.js";

it("refuses another application's SQLite file with the config key, the path and what to do, not SQLite's bare message", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-foreign-db-"));
  const file = path.join(dir, "other-app.db");
  const other = new Database(file);
  other.exec("CREATE TABLE decisions (x)"); // a table of the same name, another application's shape
  other.close();
  const opening = openStorage({ storage: { sqlite: "./other-app.db" }, cwd: dir });
  await expect(opening).rejects.toThrow(expect.objectContaining({ code: "storage_unavailable" }));
  await expect(opening).rejects.toThrow(/^storage\.sqlite: cannot set up .*other-app\.db: no such column: task\. .*the file is a Switchyard SQLite database \(move a damaged one aside; a new one is created\)\.$/);
});
