/**
 * The worker thread of `wal-checkpointer.ts`: its own connection to the gateway's SQLite file. Every `everyMs` it reads
 * how many WAL frames are not yet copied back into the database (the WAL-index header in the `-shm` file:
 * `mxFrame` at byte 16, `nBackfill` at byte 96, native byte order; https://sqlite.org/walformat.html) and runs a
 * PASSIVE checkpoint (it never waits for a lock and never makes a writer wait) once `minFrames` wait, as SQLite's
 * automatic checkpoint would, or once any have waited `idleMs`. So the copy and its fsyncs run beside the event loop,
 * no more often than before.
 *
 * A pass copies the frames there were when it began; the gateway's commits go on meanwhile, so one pass alone
 * almost never leaves the WAL fully copied, and SQLite restarts the WAL from its start only when a writer begins with
 * every frame copied. Without that the WAL grew to the gateway's backstop (40 MB) and stayed there. So after the first
 * pass the worker runs further passes, each copying only what came in during the one before, until none wait or
 * `maxPasses` have run: at 400 commits a second, 2–18 passes (docs/benchmarks.md, eighteenth pass).
 * Posts each failure; closes on "stop".
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import { endianness } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, everyMs, minFrames, idleMs, maxPasses } = workerData as { file: string; everyMs: number; minFrames: number; idleMs: number; maxPasses: number };
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
    return Math.max(0, readU32(16) - readU32(96));
  } catch {
    return undefined;
  }
};

/** The WAL index is in the machine's own byte order. */
const readU32 = endianness() === "LE" ? (at: number) => header.readUInt32LE(at) : (at: number) => header.readUInt32BE(at);
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");

const tick = (): void => {
  const waiting = framesWaiting();
  if (waiting === 0) return;
  if (waiting !== undefined && waiting < minFrames && Date.now() - lastCheckpointAt < idleMs) return;
  lastCheckpointAt = Date.now();
  try {
    checkpoint.get();
    // Until every frame is copied (or for `maxPasses`): only then does the next commit restart the WAL.
    for (let pass = 1; pass < maxPasses && (framesWaiting() ?? 0) > 0; pass++) checkpoint.get();
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
