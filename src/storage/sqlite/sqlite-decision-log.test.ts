import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { runDecisionLogContract } from "../../log/decision-log.case.test.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "./sqlite-decision-log.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-decisions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite decision log", () => {
  runDecisionLogContract({ create: async () => createSqliteDecisionLogBackend(openSqliteDatabase(":memory:"), { closeDatabase: true }) });

  it("keeps the records written before close across a restart", async () => {
    const path = join(dir, "restart.db");
    const first = createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(path), { closeDatabase: true }), flushIntervalInMs: 60_000 });
    const records = Array.from({ length: 250 }, () => makeDecisionRecord({ createdAt: Date.UTC(2026, 6, 1) }));
    for (const record of records) first.write(record);
    await first.close();
    const second = createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(path), { closeDatabase: true }) });
    const summary = await second.summarize({ since: Date.UTC(2026, 6, 1), by: "tier" });
    expect(summary.rows).toHaveLength(1);
    expect(summary.rows[0]?.requests).toBe(250);
    await second.close();
  });
});
