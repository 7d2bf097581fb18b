/**
 * What the rollup triggers add to one decision write: single-record inserts (as the durable log does on the request
 * path) into a SQLite file with and without the triggers, interleaved in the same run.
 *
 *   npx tsx bench/report/write-cost.ts [--records 3000]
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { SQLITE_ROLLUP_TRIGGERS, createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";

const index = process.argv.indexOf("--records");
const records = index >= 0 ? Number(process.argv[index + 1]) : 3_000;
const dir = mkdtempSync(path.join(tmpdir(), "switchyard-write-cost-"));
const withDb = openSqliteDatabase(path.join(dir, "with.db"));
const withoutDb = openSqliteDatabase(path.join(dir, "without.db"));
const legs = [
  { name: "with rollup triggers", backend: createSqliteDecisionLogBackend(withDb), samples: [] as number[] },
  { name: "without (before)", backend: createSqliteDecisionLogBackend(withoutDb), samples: [] as number[] },
];
for (const trigger of SQLITE_ROLLUP_TRIGGERS) withoutDb.exec(`DROP TRIGGER ${trigger}`);
for (let i = 0; i < records + 300; i += 1) {
  for (const leg of legs) {
    const record = makeDecisionRecord({ createdAt: Date.UTC(2026, 10, 14) + i * 1000, tier: ["budget", "premium"][i % 2] ?? "budget", feedbackScore: null });
    const started = performance.now();
    await leg.backend.insertMany([record]);
    if (i >= 300) leg.samples.push(performance.now() - started);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)] ?? NaN;
for (const leg of legs) console.log(`${leg.name.padEnd(22)} p50 ${(median(leg.samples) * 1000).toFixed(0)} µs  p90 ${(p90(leg.samples) * 1000).toFixed(0)} µs per record (one transaction each)`);
const [a, b] = legs;
if (a && b) console.log(`added by the triggers at p50: ${((median(a.samples) - median(b.samples)) * 1000).toFixed(0)} µs (${(median(a.samples) / median(b.samples)).toFixed(2)}×)`);
withDb.close();
withoutDb.close();
rmSync(dir, { recursive: true, force: true });
