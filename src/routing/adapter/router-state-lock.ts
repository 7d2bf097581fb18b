/**
 * The lock around the router state file: `switchyard router promote|rollback|shadow` read, change and write the
 * state under `<state_file>.lock`, so two at once queue instead of one losing the other's record.
 *
 * The lock file holds its holder's token (pid and a random id). It is created with its token in one step (a hard
 * link of a written temporary file, which fails when the lock exists). A lock untouched for two minutes is a crashed
 * command's, and so at once is one whose holder the caller knows to be gone (`holder`: the CLI names its process as
 * the gateway's in-flight markers do, and a pid of this host that no longer runs is gone); either is taken over by
 * exactly one waiter (`router-state-takeover.ts`). A waiter that judged the lock
 * stale a moment before another took it over finds a fresh lock with another token, and waits.
 * @module
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, open, rm, utimes, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ConfigError } from "../../core/errors/index.js";
import { readLock, takeOver, type SeenLock } from "./router-state-takeover.js";

/** How long a router command waits for another one's lock, and when a lock is a crashed command's leftover. */
const LOCK_WAIT_MS = 15_000;
const LOCK_STALE_MS = 120_000;

/** How long to wait for the lock and when a lock is stale; tests shorten both. */
export interface RouterStateLockOptions {
  /** How long to wait for another command's lock before failing (default 15 s). */
  waitInMs?: number;
  /** How long a lock (or a takeover marker) must sit untouched to count as a crashed command's (default 2 min). */
  staleAfterInMs?: number;
  /** This process's name in the lock, and how to tell that a lock's holder is gone (default: by age alone). */
  holder?: LockHolder;
}

/** Who holds the lock: `token` is written into it; `isGone` reads another holder's token. */
export interface LockHolder {
  token: string;
  isGone(token: string): boolean;
}

/**
 * Runs `run` (a read, change and write of the state file) while holding `<file>.lock`. Waits up to 15 s for another
 * command's lock; takes over a lock untouched for two minutes (a crashed command's). The holder touches the lock
 * while it works, so a long promotion (its gate queries a large log) never looks stale. A lock path that exists but
 * cannot be read (a directory, another user's file, a broken link) is waited on like a held lock, then fails naming it.
 */
export async function withRouterStateLock<T>(file: string, run: () => Promise<T>, options: RouterStateLockOptions = {}): Promise<T> {
  const { waitInMs = LOCK_WAIT_MS, staleAfterInMs = LOCK_STALE_MS, holder } = options;
  const lock = `${file}.lock`;
  await mkdir(path.dirname(file), { recursive: true });
  const token = `${holder?.token ?? `${process.pid} ${randomUUID()}`}\n`;
  const isStale = (seen: { token: string; touchedAtMs: number }): boolean =>
    Date.now() - seen.touchedAtMs > staleAfterInMs || (holder !== undefined && seen.token.trim() !== "" && holder.isGone(seen.token.trim()));
  const deadline = Date.now() + waitInMs;
  while (!(await create(lock, token))) {
    const seen = await readLock(lock);
    if (seen.state === "held" && isStale(seen) && (await takeOver(lock, seen.token, token, staleAfterInMs, isStale))) break;
    // Every path sleeps and meets the deadline: a lock that cannot be read (or keeps vanishing) must not spin.
    if (Date.now() > deadline) throw waitError(lock, seen);
    await sleep(20 + Math.floor(Math.random() * 30));
  }
  const touch = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => undefined), staleAfterInMs / 4);
  touch.unref();
  try {
    return await run();
  } finally {
    clearInterval(touch);
    await release(lock, token);
  }
}

/** Why the wait ended: another command holds the lock, or the lock path is not a lock this command can read. */
function waitError(lock: string, seen: SeenLock): ConfigError {
  const message =
    seen.state === "held"
      ? `${lock} is held by another switchyard router command; try again (delete it if no such command is running)`
      : `${lock} exists but cannot be read as a lock (${seen.reason}); if no switchyard router command is running, remove it or fix its permissions`;
  return new ConfigError([{ path: "routing.state_file", message }]);
}

/** Creates the lock holding `token`, or false when it exists. */
async function create(lock: string, token: string): Promise<boolean> {
  const temporary = `${lock}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, token);
    await link(temporary, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // A file system without hard links: create exclusively, then write (a crash in between leaves an empty lock,
    // which is taken over like any other once stale).
    if (code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS") return createExclusive(lock, token);
    throw lockError(lock, error);
  } finally {
    await rm(temporary, { force: true });
  }
}

async function createExclusive(lock: string, token: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(lock, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw lockError(lock, error);
  }
  try {
    await handle.writeFile(token);
  } finally {
    await handle.close();
  }
  return true;
}

function lockError(lock: string, error: unknown): ConfigError {
  return new ConfigError([{ path: "routing.state_file", message: `cannot lock ${lock}: ${(error as Error).message}` }]);
}

/** Deletes the lock if it is still this holder's (it is not when the holder stalled for minutes and was taken over). */
async function release(lock: string, token: string): Promise<void> {
  const seen = await readLock(lock);
  if (seen.state === "held" && seen.token === token) await rm(lock, { force: true });
}
