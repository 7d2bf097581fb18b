/**
 * The lock around the router state file: `switchyard router promote|rollback|shadow` read, change and write the
 * state under `<state_file>.lock`, so two at once queue instead of one losing the other's record.
 *
 * The lock file holds its holder's token (pid and a random id). It is created with its token in one step (a hard
 * link of a written temporary file, which fails when the lock exists). A lock untouched for two minutes is a crashed
 * command's and is taken over, exclusively: a waiter that saw it stale must first create the takeover marker named
 * after that lock's token (`O_EXCL`: one waiter per stale lock), then, holding it, read the lock again and replace it
 * (an atomic rename of its own token over it) only if it is still the same stale lock. A waiter that judged the lock
 * stale a moment before another took it over therefore finds a fresh lock with another token, and waits.
 * @module
 */
import { createHash, randomUUID } from "node:crypto";
import { link, mkdir, open, rename, rm, utimes, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ConfigError } from "../../core/errors/index.js";

/** How long a router command waits for another one's lock, and when a lock is a crashed command's leftover. */
const LOCK_WAIT_MS = 15_000;
const LOCK_STALE_MS = 120_000;

/** A lock file as read: its token and when it was last touched. */
interface SeenLock {
  token: string;
  touchedAtMs: number;
}

/**
 * Runs `run` (a read, change and write of the state file) while holding `<file>.lock`. Waits up to 15 s for another
 * command's lock; takes over a lock untouched for two minutes (a crashed command's). The holder touches the lock
 * while it works, so a long promotion (its gate queries a large log) never looks stale.
 */
export async function withRouterStateLock<T>(file: string, run: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  await mkdir(path.dirname(file), { recursive: true });
  const token = `${process.pid} ${randomUUID()}\n`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!(await create(lock, token))) {
    const seen = await readLock(lock);
    if (!seen) continue; // released meanwhile: try again at once
    if (Date.now() - seen.touchedAtMs > LOCK_STALE_MS && (await takeOver(lock, seen.token, token))) break;
    if (Date.now() > deadline) throw new ConfigError([{ path: "routing.state_file", message: `${lock} is held by another switchyard router command; try again (delete it if no such command is running)` }]);
    await sleep(20 + Math.floor(Math.random() * 30));
  }
  const touch = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => undefined), LOCK_STALE_MS / 4);
  touch.unref();
  try {
    return await run();
  } finally {
    clearInterval(touch);
    await release(lock, token);
  }
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

/** The lock's token and age (both of one file, read through one handle), or undefined when there is none. */
async function readLock(lock: string): Promise<SeenLock | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(lock, "r");
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    return { token: await handle.readFile("utf8"), touchedAtMs: info.mtimeMs };
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the stale lock holding `staleToken` with one holding `token`; true when this waiter did. Only the waiter
 * that creates the marker of that stale lock may replace it, and only while the lock still holds that token and is
 * still stale, so of many waiters that saw the same stale lock exactly one takes it over.
 */
async function takeOver(lock: string, staleToken: string, token: string): Promise<boolean> {
  const marker = `${lock}.takeover-${createHash("sha256").update(staleToken).digest("hex").slice(0, 16)}`;
  try {
    await (await open(marker, "wx")).close();
  } catch {
    return false; // another waiter is taking this lock over
  }
  try {
    const now = await readLock(lock);
    if (!now || now.token !== staleToken || Date.now() - now.touchedAtMs <= LOCK_STALE_MS) return false;
    const temporary = `${lock}.${randomUUID()}.tmp`;
    await writeFile(temporary, token);
    // Atomic: the lock never goes missing, so no waiter can create one of its own meanwhile.
    await rename(temporary, lock);
    return (await readLock(lock))?.token === token;
  } finally {
    // Safe to drop once the lock holds another token: a late waiter with the marker finds that token and gives up.
    await rm(marker, { force: true });
  }
}

/** Deletes the lock if it is still this holder's (it is not when the holder stalled for minutes and was taken over). */
async function release(lock: string, token: string): Promise<void> {
  if ((await readLock(lock))?.token === token) await rm(lock, { force: true });
}
