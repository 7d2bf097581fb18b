/**
 * What conversation affinity's store costs a routed turn: one recall (read) and one remember (write), in-process, on
 * the embedded SQLite file (ADR 0069: WAL, synchronous NORMAL, a file on disk, its checkpoints on the gateway's worker
 * thread as `serve` runs them), against the in-memory store it replaced, in the same run. 10,000 conversations are
 * stored first. A round is `batch` turns ending in one event-loop turn (1: a request alone; 8: a loaded gateway); each
 * turn recalls a conversation and remembers it without awaiting it, as the gateway does. "On the path" is the time
 * until every turn of the round has issued its remember (what delays the answers); "in all" runs until every write
 * is committed, divided by the turns: the CPU the store costs.
 *
 * Usage: npx tsx bench/doors/affinity-store-cost.ts
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConversationAffinity } from "../../src/routing/affinity/conversation-affinity.js";
import { createMemoryConversationStore, DEFAULT_MAX_CONVERSATION_ENTRIES } from "../../src/storage/memory/memory-conversation-store.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteConversationStore } from "../../src/storage/sqlite/sqlite-conversation-store.js";
import { startWalCheckpointer } from "../../src/storage/sqlite/wal-checkpointer.js";

const directory = mkdtempSync(path.join(tmpdir(), "switchyard-affinity-cost-"));
const file = path.join(directory, "switchyard.db");
const db = openSqliteDatabase(file);
const TTL = 3_600_000;
const options = { maxEntries: DEFAULT_MAX_CONVERSATION_ENTRIES };
const stores = {
  memory: new ConversationAffinity(createMemoryConversationStore(), TTL),
  "sqlite, each write at once": new ConversationAffinity(createSqliteConversationStore(db, { ...options, table: "affinity_store" }), TTL),
  "sqlite, written behind": new ConversationAffinity(createSqliteConversationStore(db, { ...options, table: "conversation_store", writeBehind: true }), TTL),
};
const checkpointer = startWalCheckpointer(db, file);
const CONVERSATIONS = 10_000;
const memory = { model: "anthropic/claude-haiku-4.5", promptTokens: 38_000, tier: "standard" };
for (const affinity of Object.values(stores)) {
  for (let index = 0; index < CONVERSATIONS; index += 1) await affinity.remember({ id: `c${index}`, source: "session", continuing: true }, memory);
}
let turn = 0;

async function round(affinity: ConversationAffinity, batch: number): Promise<{ path: number; all: number }> {
  const startedAt = performance.now();
  const writes: Promise<void>[] = [];
  for (let index = 0; index < batch; index += 1) {
    const ref = { id: `c${(turn += 7919) % CONVERSATIONS}`, source: "session" as const, continuing: true };
    const recalled = await affinity.recall(ref);
    if (!recalled) throw new Error("a stored conversation was not recalled");
    writes.push(affinity.remember(ref, { ...recalled, promptTokens: recalled.promptTokens + 1 }));
  }
  const path = performance.now() - startedAt;
  await Promise.all(writes);
  return { path: path / batch, all: (performance.now() - startedAt) / batch };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`.padStart(9);
for (const batch of [1, 8]) {
  for (let repeat = 0; repeat < 2; repeat += 1) {
    // Interleaved: each store runs 2 s, in turn, twice, so the machine's load falls on all of them alike.
    for (const [name, affinity] of Object.entries(stores)) {
      const paths: number[] = [];
      const alls: number[] = [];
      const until = performance.now() + 2_000;
      while (performance.now() < until) {
        const { path, all } = await round(affinity, batch);
        paths.push(path);
        alls.push(all);
      }
      paths.sort((a, b) => a - b);
      const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
      console.log(`${`batch ${batch}, ${name}`.padEnd(38)} on the path p50 ${us(percentile(paths, 0.5))} p99 ${us(percentile(paths, 0.99))} mean ${us(mean(paths))} | in all mean ${us(mean(alls))} (${paths.length} rounds)`);
    }
  }
}
await checkpointer.stop();
db.close();
rmSync(directory, { recursive: true, force: true });
