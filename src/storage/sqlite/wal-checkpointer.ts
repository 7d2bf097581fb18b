/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit that takes the WAL past
 * 1,000 frames: it copies the pages back into the database and fsyncs both files, and on this project's machines that
 * held the gateway's event loop for ~25 ms (median; up to 160 ms) once every ~200 requests at 200 req/s, and every
 * request in flight with it (docs/benchmarks.md, Gateway, seventeenth pass). The gateway's connection instead
 * checkpoints only as a backstop (`WAL_BACKSTOP_FRAMES`), and a worker thread with its own connection checkpoints
 * once `CHECKPOINT_MIN_FRAMES` wait (SQLite's own threshold, so no more often than before), pass after pass until every
 * frame is copied, so that the next commit restarts the WAL (`wal-checkpoint-worker.ts`; ADR 0029). The worker starts
 * once the WAL first holds `START_AT_WAL_BYTES` (a gateway that writes little, a test's, never pays for a thread).
 * Durability is unchanged: a commit is in the WAL (the kernel's page cache) before it returns, which kill -9 does not
 * lose, with or without a checkpoint; the fsyncs an OS crash needs still run, in the worker.
 * @module
 */
import { statSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { spawnModuleWorker } from "../../core/spawn-worker.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";

/** How often the worker looks at the WAL (and, before it starts, how often the WAL's size is looked at). */
export const CHECKPOINT_EVERY_MS = 250;

/** The worker checkpoints once this many frames wait, as SQLite's automatic checkpoint does (its default). */
export const CHECKPOINT_MIN_FRAMES = 1_000;

/**
 * At most this many PASSIVE passes a checkpoint, the first copying what waits and each further one what the gateway
 * committed during the pass before, until none wait: only a WAL with every frame copied is restarted from its start.
 */
export const CHECKPOINT_MAX_PASSES = 32;

/** ... or once any frame has waited this long (an idle gateway's WAL is copied too). */
export const CHECKPOINT_IDLE_MS = 5_000;

/** The worker starts once the WAL holds this much: about 250 frames, a quarter of SQLite's automatic threshold. */
export const START_AT_WAL_BYTES = 1 << 20;

/**
 * The gateway's own connection still checkpoints once its WAL holds this many frames (~40 MB): only when the worker
 * cannot keep up or has stopped, so the WAL stays bounded whatever happens to the worker.
 */
export const WAL_BACKSTOP_FRAMES = 10_000;

/** A running checkpointer. */
export interface WalCheckpointer {
  /** Settles once the worker has started and opened its connection (never, while the WAL stays small). */
  ready: Promise<void>;
  /** Stops the worker (or the wait for it) and closes its connection. */
  stop(): Promise<void>;
}

/** Options of `startWalCheckpointer`. */
export interface WalCheckpointerOptions {
  everyMs?: number;
  /** Default CHECKPOINT_MIN_FRAMES. */
  minFrames?: number;
  /** Default CHECKPOINT_IDLE_MS. */
  idleMs?: number;
  /** Default CHECKPOINT_MAX_PASSES. */
  maxPasses?: number;
  /** Default START_AT_WAL_BYTES; 0 starts the worker at once. */
  startAtWalBytes?: number;
  /** Default WAL_BACKSTOP_FRAMES. */
  backstopFrames?: number;
  /** A checkpoint that failed, or a worker that stopped on its own (the backstop then checkpoints). */
  onError?: (error: Error) => void;
}

/** Moves the checkpoints of `db` (open on `file`) to a worker thread. Not for `:memory:` (no WAL). */
export function startWalCheckpointer(db: SqliteDatabase, file: string, options: WalCheckpointerOptions = {}): WalCheckpointer {
  const { everyMs = CHECKPOINT_EVERY_MS, minFrames = CHECKPOINT_MIN_FRAMES, idleMs = CHECKPOINT_IDLE_MS, maxPasses = CHECKPOINT_MAX_PASSES, startAtWalBytes = START_AT_WAL_BYTES, backstopFrames = WAL_BACKSTOP_FRAMES, onError = () => {} } = options;
  db.pragma(`wal_autocheckpoint = ${backstopFrames}`);
  let worker: Worker | undefined;
  let stopping = false;
  let started: () => void = () => {};
  const ready = new Promise<void>((resolve) => (started = resolve));
  const spawn = (): void => {
    const thread = spawnModuleWorker(import.meta.url, "wal-checkpoint-worker", { workerData: { file, everyMs, minFrames, idleMs, maxPasses } });
    thread.unref(); // the gateway's exit does not wait for it
    thread.on("message", (message: { type: string; message?: string }) => {
      if (message.type === "ready") started();
      else if (message.type === "failed") onError(new Error(`WAL checkpoint failed: ${message.message ?? "unknown"}`));
    });
    thread.on("error", (error) => onError(error));
    thread.on("exit", (code) => {
      if (!stopping) onError(new Error(`the WAL checkpoint worker stopped (exit ${code}); the gateway's connection checkpoints past ${backstopFrames} frames`));
    });
    worker = thread;
  };
  const watch = startAtWalBytes > 0 ? setInterval(() => walBytes(file) >= startAtWalBytes && startNow(), everyMs) : undefined;
  watch?.unref();
  const startNow = (): void => {
    clearInterval(watch);
    if (!worker && !stopping) spawn();
  };
  if (!watch) startNow();
  return {
    ready,
    async stop() {
      if (stopping) return;
      stopping = true;
      clearInterval(watch);
      if (!worker) return;
      const thread = worker;
      const exited = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
      thread.postMessage("stop");
      // A worker that does not close within a second is ended.
      const timer = setTimeout(() => void thread.terminate(), 1_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The WAL file's size; 0 when there is none yet. */
function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}
