/**
 * Where a group commit's disk writes go on the SQLite default: WAL frames (4 KB pages) written by one commit of
 * `--group` decision records through the backend's `insertNow`, as the gateway's group commit writes them under
 * load, then again with each filter index and the rollup triggers dropped in turn, so the gap between two lines is
 * what that B-tree costs each commit. Also the outbox path of a lone request: one append, then a shipped batch.
 * Frame counts are deterministic where CPU time is not. Records vary over three models, tiers and four tasks, like
 * mixed traffic; a commit writes about one page per distinct value of each indexed column.
 *
 *   npx tsx bench/spend/wal-frames.ts [--group 14] [--rows 4000]
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateDecisionId } from "../../src/core/id-generator.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { DECISION_INDEXES } from "../../src/storage/decision-sql.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { SQLITE_ROLLUP_TRIGGERS, createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";

const { values: flags } = parseArgs({ options: { group: { type: "string", default: "14" }, rows: { type: "string", default: "4000" } } });
const group = Number(flags.group);
const MODELS = ["openai/gpt-4o-mini", "google/gemini-2.5-flash-lite", "anthropic/claude-sonnet-4"];
const TIERS = ["budget", "mid", "premium"];
const TASKS = ["simple_qa", "chat", "code_generation", "summarization"];
const hashed = Array.from({ length: 64 }, (_, index) => [17_000 + index * 37, 0.289] as [number, number]);
let made = 0;
function record(): DecisionRecord {
  made += 1;
  const model = MODELS[made % MODELS.length] ?? "openai/gpt-4o-mini";
  return makeDecisionRecord({
    id: generateDecisionId(),
    createdAt: Date.now(),
    task: TASKS[made % TASKS.length] ?? "chat",
    tier: TIERS[made % TIERS.length] ?? "mid",
    model,
    attempts: [{ model, status: 200, errorType: null, latencyMs: 548, reservedUsd: 0.00246045, startedAtMs: Date.now() }],
    features: { v: 1, task: "simple_qa", task_confidence: 0.9657, difficulty: "mid", strong_probability: 0.48, tokens: 19, hashed } as unknown as DecisionRecord["features"],
    router: "shipped",
  });
}

const directory = mkdtempSync(path.join(tmpdir(), "wal-frames-"));
const db = openSqliteDatabase(path.join(directory, "switchyard.db"));
const backend = createSqliteDecisionLogBackend(db);
const insertNow = (records: DecisionRecord[]): void => backend.insertNow?.(records);
for (let written = 0; written < Number(flags.rows); written += group) insertNow(Array.from({ length: group }, record));

/** WAL frames one call of `write` adds (the WAL is emptied first). */
function frames(write: () => void): number {
  db.pragma("wal_checkpoint(TRUNCATE)");
  write();
  return (db.pragma("wal_checkpoint(PASSIVE)") as { log: number }[])[0]?.log ?? 0;
}
const meanFrames = (write: () => void, times = 8): number => {
  let total = 0;
  for (let time = 0; time < times; time += 1) total += frames(write);
  return total / times;
};
const line = (label: string, value: number): void => console.log(`${label.padEnd(52)} ${value.toFixed(1).padStart(6)} frames`);

console.log(`${Number(flags.rows)} rows in the table; one commit of ${group} records through insertNow:`);
line("all indexes and triggers (as shipped)", meanFrames(() => insertNow(Array.from({ length: group }, record))));
for (const index of DECISION_INDEXES) {
  db.exec(`DROP INDEX ${index.name}`);
  line(`  without ${index.name} (and those above)`, meanFrames(() => insertNow(Array.from({ length: group }, record))));
}
db.exec("DROP INDEX decisions_created_at_id");
line("  without decisions_created_at_id", meanFrames(() => insertNow(Array.from({ length: group }, record))));
for (const trigger of SQLITE_ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${trigger}`);
line("  without the rollup triggers", meanFrames(() => insertNow(Array.from({ length: group }, record))));

console.log("\nthe outbox path (a lone request's group of one):");
const fresh = openSqliteDatabase(path.join(directory, "outbox.db"));
const freshBackend = createSqliteDecisionLogBackend(fresh);
const freshOutbox = createSqliteDecisionOutbox(fresh);
for (let written = 0; written < Number(flags.rows); written += group) freshBackend.insertNow?.(Array.from({ length: group }, record));
const outboxFrames = (write: () => void): number => {
  fresh.pragma("wal_checkpoint(TRUNCATE)");
  write();
  return (fresh.pragma("wal_checkpoint(PASSIVE)") as { log: number }[])[0]?.log ?? 0;
};
line("append one record", outboxFrames(() => freshOutbox.append([record()])));
for (let appended = 1; appended < 20; appended += 1) freshOutbox.append([record()]);
const batch = freshOutbox.peek(200);
line(`ship ${batch.length} records (insertMany)`, outboxFrames(() => void freshBackend.insertMany(batch.map((entry) => entry.record))));
line(`remove ${batch.length} shipped records from the outbox`, outboxFrames(() => freshOutbox.remove(batch.map((entry) => ({ seq: entry.seq, id: entry.record.id })))));
db.close();
fresh.close();
rmSync(directory, { recursive: true, force: true });
