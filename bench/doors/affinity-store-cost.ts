/**
 * What conversation affinity's store costs a routed turn: one recall (read) and one remember (write), in-process, on
 * the embedded SQLite file (ADR 0069: WAL, synchronous NORMAL, a file on disk, its checkpoints on the gateway's worker
 * thread as `serve` runs them) against the in-memory store it replaced, in the same run. 10,000 conversations are
 * stored first; each iteration recalls one and writes it back, as a turn does.
 *
 * Usage: npx tsx bench/doors/affinity-store-cost.ts
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Bench } from "tinybench";
import { ConversationAffinity } from "../../src/routing/affinity/conversation-affinity.js";
import { createMemoryConversationStore, DEFAULT_MAX_CONVERSATION_ENTRIES } from "../../src/storage/memory/memory-conversation-store.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteConversationStore } from "../../src/storage/sqlite/sqlite-conversation-store.js";
import { startWalCheckpointer } from "../../src/storage/sqlite/wal-checkpointer.js";

const directory = mkdtempSync(path.join(tmpdir(), "switchyard-affinity-cost-"));
const file = path.join(directory, "switchyard.db");
const db = openSqliteDatabase(file);
const TTL = 3_600_000;
const stores = {
  memory: new ConversationAffinity(createMemoryConversationStore(), TTL),
  sqlite: new ConversationAffinity(createSqliteConversationStore(db, { table: "affinity_store", maxEntries: DEFAULT_MAX_CONVERSATION_ENTRIES }), TTL),
};
const checkpointer = startWalCheckpointer(db, file);
const CONVERSATIONS = 10_000;
const memory = { model: "anthropic/claude-haiku-4.5", promptTokens: 38_000, tier: "standard" };
for (const affinity of Object.values(stores)) {
  for (let index = 0; index < CONVERSATIONS; index += 1) await affinity.remember({ id: `c${index}`, source: "session", continuing: true }, memory);
}
let turn = 0;
const bench = new Bench({ time: 2_000, warmupTime: 300 });
for (const [name, affinity] of Object.entries(stores)) {
  bench.add(`${name}: recall + remember`, async () => {
    const ref = { id: `c${(turn += 7919) % CONVERSATIONS}`, source: "session" as const, continuing: true };
    const recalled = await affinity.recall(ref);
    if (!recalled) throw new Error("a stored conversation was not recalled");
    await affinity.remember(ref, { ...recalled, promptTokens: recalled.promptTokens + 1 });
  });
}
await bench.run();
for (const task of bench.tasks) {
  const latency = (task.result as { latency?: { mean: number; p50?: number; p99?: number; samplesCount: number } } | undefined)?.latency;
  if (!latency) throw new Error(`${task.name}: no result`);
  console.log(`${task.name.padEnd(28)} mean ${(latency.mean * 1000).toFixed(1)} µs  p50 ${((latency.p50 ?? 0) * 1000).toFixed(1)} µs  p99 ${((latency.p99 ?? 0) * 1000).toFixed(1)} µs  (${latency.samplesCount} samples)`);
}
await checkpointer.stop();
db.close();
rmSync(directory, { recursive: true, force: true });
