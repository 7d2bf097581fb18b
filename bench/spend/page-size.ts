/**
 * What SQLite's page size does to the gateway's lone-request durable pattern (a marker with the last request's
 * delete, an outbox append, a shipped batch every 20 requests; gateway-sized records, as `checkpoint-stalls.ts`): one
 * file per page size, interleaved in rounds (order flipped each round), SQLite's automatic checkpoint in the writing
 * thread so that every cost lands on its own leg. Prints per leg the CPU per request (this process, best and median
 * round), the write and read system calls per request (`/proc/self/io` `syscw` / `syscr`: `pwrite64` of WAL frames,
 * a header and a page each, and the checkpoints'), KB written per request (`wchar`) and the file's size.
 *
 * Usage: npx tsx bench/spend/page-size.ts [--sizes 4096,8192,16384] [--rounds 8] [--block 1000]
 * @module
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { generateDecisionId } from "../../src/core/id-generator.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";

const { values: flags } = parseArgs({ options: { sizes: { type: "string", default: "4096,8192,16384" }, rounds: { type: "string", default: "8" }, block: { type: "string", default: "1000" } } });
const dir = mkdtempSync(path.join(tmpdir(), "page-size-"));
const hashed = Array.from({ length: 30 }, (_, i) => [17_000 + i * 37, 0.289]);
const reasons = ["The learned classifier reads the conversation as simple_qa (confidence 1.00).", "What set the task: task simple_qa from turn 1: cue 'what is the capital' (en).", "No max_tokens was given, so the gateway default 4096 applies.", "The request names openai/gpt-4o-mini explicitly, so it passes through."];
const models = ["openai/gpt-4o-mini", "anthropic/claude-3.5-haiku", "google/gemini-2.0-flash-001"];
const tasks = ["simple_qa", "coding", "summarize", "extract"];
const record = (id: string, i: number): DecisionRecord => ({ ...makeDecisionRecord({ id, createdAt: Date.now(), features: { v: 1, hashed } as never, reasons }), model: models[i % 3] as string, task: tasks[i % 4] as string });
const marker = (id: string): DecisionRecord => ({ ...makeDecisionRecord({ id, createdAt: Date.now() }), features: null, reasons: [] });

const io = (): Record<string, number> => Object.fromEntries(readFileSync("/proc/self/io", "utf8").trim().split("\n").map((line) => { const [key, value] = line.split(": "); return [key as string, Number(value)]; }));

function leg(pageSize: number) {
  const file = path.join(dir, `${pageSize}.db`);
  const pre = new Database(file);
  pre.pragma(`page_size = ${pageSize}`);
  pre.exec("CREATE TABLE IF NOT EXISTS page_size_probe (x)");
  pre.close();
  const db = openSqliteDatabase(file);
  const backend = createSqliteDecisionLogBackend(db);
  const outbox = createSqliteDecisionOutbox(db);
  const inFlight = createSqliteInFlightStore(db);
  const rounds: { cpu: number; syscw: number; syscr: number; wchar: number }[] = [];
  let cleared: string[] = [];
  let n = 0;
  const run = async (count: number): Promise<void> => {
    const before = process.cpuUsage();
    const ioBefore = io();
    for (let i = 0; i < count; i++) {
      const id = generateDecisionId();
      inFlight.apply([{ id, owner: "bench", markedAt: Date.now(), record: marker(id) }], cleared);
      outbox.append([record(id, n++)]);
      cleared = [id];
      if (i % 20 === 19) {
        const batch = outbox.peek(200);
        backend.insertNow?.(batch.map((entry) => entry.record));
        outbox.remove(batch.map((entry) => ({ seq: entry.seq, id: entry.record.id })));
      }
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    }
    const used = process.cpuUsage(before);
    const ioAfter = io();
    rounds.push({ cpu: (used.user + used.system) / count, syscw: ((ioAfter.syscw ?? 0) - (ioBefore.syscw ?? 0)) / count, syscr: ((ioAfter.syscr ?? 0) - (ioBefore.syscr ?? 0)) / count, wchar: ((ioAfter.wchar ?? 0) - (ioBefore.wchar ?? 0)) / count / 1024 });
  };
  const pageSizeNow = (db.pragma("page_size", { simple: true }) as number);
  return { pageSize, pageSizeNow, run, rounds, fileMb: () => statSync(file).size / 1e6, close: () => db.close() };
}

const legs = flags.sizes.split(",").map((size) => leg(Number(size)));
for (const each of legs) {
  await each.run(2000);
  each.rounds.length = 0;
}
for (let round = 0; round < Number(flags.rounds); round++) {
  for (const each of round % 2 === 0 ? legs : [...legs].reverse()) await each.run(Number(flags.block));
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(`${legs[0]?.rounds.length} rounds of ${flags.block} lone requests per page size, interleaved; per request:`);
for (const each of legs) {
  const cpu = each.rounds.map((r) => r.cpu);
  console.log(`page_size ${String(each.pageSizeNow).padStart(5)}: CPU best ${Math.min(...cpu).toFixed(1)} µs, median ${median(cpu).toFixed(1)} µs; write calls ${median(each.rounds.map((r) => r.syscw)).toFixed(1)}, read calls ${median(each.rounds.map((r) => r.syscr)).toFixed(2)}, KB written ${median(each.rounds.map((r) => r.wchar)).toFixed(1)}; file ${each.fileMb().toFixed(1)} MB`);
  each.close();
}
rmSync(dir, { recursive: true, force: true });
