/**
 * The worker thread of `wal-checkpointer.ts`: its own connection to the gateway's SQLite file. Every `everyMs` it reads
 * how many WAL frames are not yet copied back into the database (the WAL-index header in the `-shm` file:
 * `mxFrame` at byte 16, `nBackfill` at byte 96, native byte order; https://sqlite.org/walformat.html) and runs a
 * PASSIVE checkpoint (it never waits for a lock and never makes a writer wait) once `minFrames` wait, as SQLite's
 * automatic checkpoint would, or once any have waited `idleMs`. So the copy and its fsyncs run beside the event loop,
 * no more often than before. Posts each failure; closes on "stop".
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, everyMs, minFrames, idleMs } = workerData as { file: string; everyMs: number; minFrames: number; idleMs: number };
const db = new Database(file);
// A busy database (another process's exclusive lock) is tried again at the next tick, never waited for here.
db.pragma("busy_timeout = 0");
// This connection never writes; it must not checkpoint on its own either.
db.pragma("wal_autocheckpoint = 0");
const header = Buffer.alloc(100);
let shm: number | undefined;
let lastCheckpointAt = Date.now();

/** WAL frames not yet copied into the database; undefined when the index cannot be read (then checkpoint anyway). */
const framesWaiting = (): number | undefined => {
  try {
    shm ??= openSync(`${file}-shm`, "r");
    if (readSync(shm, header, 0, header.length, 0) < header.length) return undefined;
    return Math.max(0, header.readUInt32LE(16) - header.readUInt32LE(96));
  } catch {
    return undefined;
  }
};

const tick = (): void => {
  const waiting = framesWaiting();
  if (waiting === 0) return;
  if (waiting !== undefined && waiting < minFrames && Date.now() - lastCheckpointAt < idleMs) return;
  lastCheckpointAt = Date.now();
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort?.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
const timer = setInterval(tick, everyMs);
parentPort?.on("message", (message: unknown) => {
  if (message !== "stop") return;
  clearInterval(timer);
  if (shm !== undefined) closeSync(shm);
  db.close();
  parentPort?.close();
});
parentPort?.postMessage({ type: "ready" });
