/**
 * What one decision record costs on the SQLite default, by how it is written: CPU (user + system) and bytes
 * written (`/proc/self/io` wchar: WAL frames and checkpoints, deterministic where CPU time is not) per record.
 * Legs, interleaved in one process, realistic records (routing features included), groups of `--group` records
 * per commit as the gateway's group commit makes them under load:
 * - `outbox`: append each group to the outbox; ship in batches of 200 (read back, insert, delete), as before;
 * - `direct`: each group straight into the decisions table (one transaction);
 * - `direct, time-ordered ids`: the same with ids that start with the time (the primary-key index grows at its end);
 * - `direct, time-ordered, autocheckpoint 10000`: and a WAL checkpoint every 10,000 pages instead of 1,000.
 *
 * Usage: npx tsx bench/spend/outbox-vs-direct.ts [--group 10] [--records 3000] [--rounds 8]
 * @module
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DecisionLogBackend, DecisionOutbox } from "../../src/log/decision-log-store.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";

const { values: flags } = parseArgs({ options: { group: { type: "string", default: "10" }, records: { type: "string", default: "3000" }, rounds: { type: "string", default: "8" } } });
const group = Number(flags.group);
const total = Number(flags.records);
const directory = mkdtempSync(path.join(tmpdir(), "outbox-vs-direct-"));
const hashed = Array.from({ length: 64 }, (_, index) => [17_000 + index * 37, 0.289] as [number, number]);
const randomId = (): string => `dec_${randomUUID().replaceAll("-", "")}`;
const timeOrderedId = (): string => {
  const uuid = randomUUID();
  return `dec_${Date.now().toString(16).padStart(12, "0")}${uuid.slice(0, 8)}${uuid.slice(24)}`;
};
const record = (id: string): DecisionRecord =>
  makeDecisionRecord({
    id,
    createdAt: Date.now(),
    attempts: [{ model: "openai/gpt-4o-mini", status: 200, errorType: null, latencyMs: 548, reservedUsd: 0.00246045, startedAtMs: Date.now() }],
    features: { v: 1, task: "simple_qa", task_confidence: 0.9657, difficulty: "mid", strong_probability: 0.48, tokens: 19, hashed } as unknown as DecisionRecord["features"],
    router: "shipped",
  });
const bytesWritten = (): number => Number(/wchar: (\d+)/.exec(readFileSync("/proc/self/io", "utf8"))?.[1] ?? 0);

interface Leg {
  name: string;
  write(records: DecisionRecord[]): Promise<void>;
  id(): string;
  cpu: number[];
  bytes: number[];
}

function open(name: string, pragmas: string[] = []): { backend: DecisionLogBackend; outbox: DecisionOutbox } {
  const db = openSqliteDatabase(path.join(directory, `${name.replaceAll(/\W+/g, "-")}.db`));
  for (const pragma of pragmas) db.pragma(pragma);
  return { backend: createSqliteDecisionLogBackend(db), outbox: createSqliteDecisionOutbox(db) };
}

function outboxLeg(name: string, id: () => string): Leg {
  const { backend, outbox } = open(name);
  return {
    name,
    id,
    cpu: [],
    bytes: [],
    async write(records) {
      outbox.append(records);
      if (outbox.count() < 200) return;
      for (let batch = outbox.peek(200); batch.length > 0; batch = outbox.peek(200)) {
        await backend.insertMany(batch.map((entry) => entry.record));
        outbox.remove(batch.map((entry) => ({ seq: entry.seq, id: entry.record.id })));
      }
    },
  };
}

function directLeg(name: string, id: () => string, pragmas: string[] = []): Leg {
  const { backend } = open(name, pragmas);
  return { name, id, cpu: [], bytes: [], write: async (records) => backend.insertNow?.(records) };
}

const legs = [
  outboxLeg("outbox", randomId),
  directLeg("direct", randomId),
  directLeg("direct, time-ordered ids", timeOrderedId),
  directLeg("direct, time-ordered, autocheckpoint 10000", timeOrderedId, ["wal_autocheckpoint = 10000"]),
];
for (let round = 0; round < Number(flags.rounds); round += 1) {
  for (const leg of legs) {
    const started = process.cpuUsage();
    const bytesBefore = bytesWritten();
    for (let written = 0; written < total; written += group) await leg.write(Array.from({ length: group }, () => record(leg.id())));
    const used = process.cpuUsage(started);
    // The first round fills the tables from empty; it is not counted.
    if (round === 0) continue;
    leg.cpu.push((used.user + used.system) / total);
    leg.bytes.push((bytesWritten() - bytesBefore) / total);
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`groups of ${group}, ${total} records per round, median of ${Number(flags.rounds) - 1} rounds`);
for (const leg of legs) console.log(`${leg.name.padEnd(44)} ${median(leg.cpu).toFixed(1).padStart(7)} µs CPU  ${(median(leg.bytes) / 1024).toFixed(1).padStart(6)} KB written  per record`);
rmSync(directory, { recursive: true, force: true });
