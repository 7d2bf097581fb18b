/**
 * What the in-flight markers (ADR 0008, `log/in-flight.ts`) add to a request's decision-log work on the SQLite
 * default: CPU (user + system) per request, interleaved legs in one process, groups of `--group` requests per
 * event-loop turn as the gateway's group commits make them under load:
 * - `record`: the request's record written through the durable log (outbox or direct, as the gateway does);
 * - `record + marker, one commit each`: the same, with the request marked in flight at its attempt's start, each
 *   marker committed at once in its own transaction (with the deletes cleared since the last), as the gateway did
 *   until 2026-12-03 (written out here over the same store);
 * - `record + marker, per turn`: the marks of one turn committed together (`createInFlightMarks`, as the gateway does
 *   now); in both, the marker is cleared once the record is committed.
 *
 * Usage: npx tsx bench/spend/in-flight-cost.ts [--group 10] [--requests 3000] [--rounds 8]
 * @module
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogStore } from "../../src/log/decision-log-store.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { createInFlightMarks, type InFlightMarker, type InFlightMarks, type InFlightStore } from "../../src/log/in-flight.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";

const { values: flags } = parseArgs({ options: { group: { type: "string", default: "10" }, requests: { type: "string", default: "3000" }, rounds: { type: "string", default: "8" } } });
const group = Number(flags.group);
const total = Number(flags.requests);
const rounds = Number(flags.rounds);
const directory = mkdtempSync(path.join(tmpdir(), "in-flight-cost-"));
const hashed = Array.from({ length: 64 }, (_, index) => [17_000 + index * 37, 0.289] as [number, number]);
const record = (id: string, attempt: "open" | "done"): DecisionRecord =>
  makeDecisionRecord({
    id,
    createdAt: Date.now(),
    attempts: [{ model: "openai/gpt-4o-mini", status: attempt === "open" ? 0 : 200, errorType: attempt === "open" ? "interrupted" : null, latencyMs: 548, reservedUsd: 0.00246045, startedAtMs: Date.now() }],
    features: { v: 1, task: "simple_qa", task_confidence: 0.9657, difficulty: "mid", strong_probability: 0.48, tokens: 19, hashed } as unknown as DecisionRecord["features"],
    router: "shipped",
    reasons: ["The learned classifier reads the conversation as simple_qa (confidence 0.97).", "Tier mid: the strong-need score 0.48 is under the standard cut."],
  });
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Leg {
  name: string;
  log: DecisionLogStore;
  marks: InFlightMarks | undefined;
  cpu: number[];
}

/** The marks as committed until 2026-12-03: each in its own transaction at once, with the deletes cleared since. */
function marksOneCommitEach(store: InFlightStore): InFlightMarks {
  let cleared: string[] = [];
  return {
    mark(id, build) {
      const marker: InFlightMarker = { id, owner: "bench", markedAt: Date.now(), record: build() };
      store.apply([marker], cleared);
      cleared = [];
      return undefined;
    },
    clear: (id) => void cleared.push(id),
    flush: async () => {
      store.apply([], cleared);
      cleared = [];
    },
    refusingWrites: () => false,
    stop: () => {},
  };
}

function leg(name: string, marking: "none" | "each" | "turn"): Leg {
  const db = openSqliteDatabase(path.join(directory, `${name.replaceAll(/\W+/g, "-")}.db`));
  const outbox = createSqliteDecisionOutbox(db);
  const log = createDecisionLog({ backend: createSqliteDecisionLogBackend(db), durable: true, outbox });
  const store = marking === "none" ? undefined : createSqliteInFlightStore(db);
  const marks = store && (marking === "each" ? marksOneCommitEach(store) : createInFlightMarks({ store, owner: "bench", now: () => Date.now() }));
  return { name, log, marks, cpu: [] };
}

async function run(current: Leg): Promise<void> {
  const start = process.cpuUsage();
  const newIds = (): string[] => Array.from({ length: group }, () => `dec_${randomUUID().replaceAll("-", "")}`);
  // Pipelined as under load: in one turn the next group's attempts start (marks) while the last group's records
  // commit and their markers are cleared.
  // Each request's attempt waits for its mark's commit, as the gateway's do.
  const markAll = (ids: string[]): Promise<unknown> => Promise.all(ids.map((id) => current.marks?.mark(id, () => ({ ...record(id, "open"), features: null, reasons: [] }))));
  let inFlight = newIds();
  await markAll(inFlight);
  for (let done = 0; done < total; done += group) {
    await turn();
    const next = newIds();
    const marked = markAll(next);
    for (const id of inFlight) current.log.write(record(id, "done"));
    await current.log.whenDurable?.();
    for (const id of inFlight) current.marks?.clear(id);
    await marked;
    inFlight = next;
  }
  await current.marks?.flush();
  await current.log.flush();
  const used = process.cpuUsage(start);
  current.cpu.push((used.user + used.system) / total);
}

const legs = [leg("record", "none"), leg("record + marker, one commit each", "each"), leg("record + marker, per turn", "turn")];
for (let round = 0; round < rounds; round += 1) for (const current of legs) await run(current);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const base = median(legs[0]?.cpu ?? []);
console.log(`group ${group}, ${total} requests per round, ${rounds} rounds `);
for (const current of legs) console.log(`${current.name.padEnd(34)} ${median(current.cpu).toFixed(1)} µs CPU per request (×${(median(current.cpu) / base).toFixed(2)})`);
for (const current of legs) await current.log.close();
rmSync(directory, { recursive: true, force: true });
