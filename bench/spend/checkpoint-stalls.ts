/**
 * What SQLite's automatic WAL checkpoint costs the thread that commits, against the worker checkpointer the gateway
 * uses (`src/storage/sqlite/wal-checkpointer.ts`): the gateway's lone-request durable pattern (a marker with the last
 * request's delete, an outbox append, a shipped batch every 20 requests; gateway-sized records) on two files, A with
 * SQLite's automatic checkpoint, B with the worker, interleaved in rounds (A B, B A, ...), the loop yielding every ten
 * requests, or after each request paced at `--rate` a second (the gateway's 200 req/s: the worker's passes then race commits as
 * they do in the gateway). Prints per leg the wall time of each commit on the writing thread (p50 ... max, how many
 * over 10 ms), the largest the WAL file grew, and the process's CPU per request, all threads (the worker's included;
 * a worker still copying B's frames during A's block counts for A, so read CPU from `pair-gateways.ts` instead).
 *
 * Usage: npx tsx bench/spend/checkpoint-stalls.ts [--rounds 8] [--block 1500] [--rate 200]
 * @module
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateDecisionId } from "../../src/core/id-generator.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";
import { startWalCheckpointer } from "../../src/storage/sqlite/wal-checkpointer.js";

const { values: flags } = parseArgs({ options: { rounds: { type: "string", default: "8" }, block: { type: "string", default: "1500" }, rate: { type: "string" } } });
const rate = flags.rate === undefined ? undefined : Number(flags.rate);
const dir = mkdtempSync(path.join(tmpdir(), "checkpoint-stalls-"));
// About the size of a gateway record (1.7 KB as JSON: 30 hashed features, four reasons) and of its marker (0.9 KB).
const hashed = Array.from({ length: 30 }, (_, i) => [17_000 + i * 37, 0.289]);
const reasons = ["The learned classifier reads the conversation as simple_qa (confidence 1.00).", "What set the task: task simple_qa from turn 1: cue 'what is the capital' (en).", "No max_tokens was given, so the gateway default 4096 applies.", "The request names openai/gpt-4o-mini explicitly, so it passes through."];
const record = (id: string): DecisionRecord => makeDecisionRecord({ id, createdAt: Date.now(), features: { v: 1, hashed } as never, reasons });
const marker = (id: string): DecisionRecord => ({ ...makeDecisionRecord({ id, createdAt: Date.now() }), features: null, reasons: [] });

async function leg(name: "A" | "B") {
  const file = path.join(dir, `${name}.db`);
  const db = openSqliteDatabase(file);
  const backend = createSqliteDecisionLogBackend(db);
  const outbox = createSqliteDecisionOutbox(db);
  const inFlight = createSqliteInFlightStore(db);
  const checkpointer = name === "B" ? startWalCheckpointer(db, file, { startAtWalBytes: 0 }) : undefined;
  await checkpointer?.ready;
  const commits: number[] = [];
  let cpuMicros = 0;
  let requests = 0;
  let cleared: string[] = [];
  let walBytes = 0;
  const timed = (commit: () => void): void => {
    const startedAt = performance.now();
    commit();
    commits.push(performance.now() - startedAt);
  };
  const run = async (count: number): Promise<void> => {
    const before = process.cpuUsage();
    const startedAt = performance.now();
    for (let i = 0; i < count; i++) {
      const id = generateDecisionId();
      timed(() => inFlight.apply([{ id, owner: "bench", markedAt: Date.now(), record: marker(id) }], cleared));
      timed(() => outbox.append([record(id)]));
      cleared = [id];
      if (i % 20 === 19) timed(() => {
        const batch = outbox.peek(200);
        backend.insertNow?.(batch.map((entry) => entry.record));
        outbox.remove(batch.map((entry) => ({ seq: entry.seq, id: entry.record.id })));
      });
      if (rate !== undefined || i % 10 === 9) {
        walBytes = Math.max(walBytes, statSync(`${file}-wal`).size);
        const due = rate === undefined ? 1 : startedAt + ((i + 1) * 1000) / rate - performance.now();
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due)));
      }
    }
    const used = process.cpuUsage(before);
    cpuMicros += used.user + used.system;
    requests += count;
  };
  return { name, run, commits, walMb: () => walBytes / 1e6, cpuPerRequest: () => cpuMicros / requests, close: async () => { await checkpointer?.stop(); db.close(); } };
}

const legs = [await leg("A"), await leg("B")];
for (const each of legs) {
  await each.run(2000);
  each.commits.length = 0;
}
for (let round = 0; round < Number(flags.rounds); round++) {
  for (const each of round % 2 === 0 ? legs : [...legs].reverse()) await each.run(Number(flags.block));
}
for (const each of legs) {
  const sorted = [...each.commits].sort((a, b) => a - b);
  const at = (fraction: number): string => (sorted[Math.floor(fraction * (sorted.length - 1))] ?? Number.NaN).toFixed(2);
  const over = sorted.filter((ms) => ms > 10).length;
  console.log(`${each.name === "A" ? "A automatic checkpoint" : "B worker checkpointer"}: ${sorted.length} commits, ms p50 ${at(0.5)} p99 ${at(0.99)} p99.9 ${at(0.999)} max ${at(1)}, over 10 ms ${over}, WAL up to ${each.walMb().toFixed(1)} MB; CPU ${each.cpuPerRequest().toFixed(1)} µs a request (all threads)`);
  await each.close();
}
rmSync(dir, { recursive: true, force: true });
