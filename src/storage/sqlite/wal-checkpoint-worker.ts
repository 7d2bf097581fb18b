/**
 * The worker thread of `wal-checkpointer.ts`: its own connection to the gateway's SQLite file, which copies the WAL
 * back into the database every `everyMs` (a PASSIVE checkpoint: it never waits for a lock and never makes a writer
 * wait), so the copy and its fsyncs run beside the event loop instead of inside a request's commit. Posts each
 * checkpoint's result; closes on "stop".
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, everyMs } = workerData as { file: string; everyMs: number };
const db = new Database(file);
// A busy database (another process's exclusive lock) is tried again at the next tick, never waited for here.
db.pragma("busy_timeout = 0");
// This connection never writes; it must not checkpoint on its own either.
db.pragma("wal_autocheckpoint = 0");

const checkpoint = (): void => {
  try {
    const [result] = db.pragma("wal_checkpoint(PASSIVE)") as { busy: number; log: number; checkpointed: number }[];
    parentPort?.postMessage({ type: "checkpointed", ...result });
  } catch (error) {
    parentPort?.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
const timer = setInterval(checkpoint, everyMs);
parentPort?.on("message", (message: unknown) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
parentPort?.postMessage({ type: "ready" });
