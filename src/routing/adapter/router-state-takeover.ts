/**
 * Reading the router state lock, and taking over a stale one (`router-state-lock.ts` holds and releases it).
 *
 * A waiter that saw the lock stale must first create the takeover marker named after that lock's token (`O_EXCL`:
 * one waiter per stale lock), then, holding it, read the lock again and replace it (an atomic rename of its own token
 * over it) only if it is still the same stale lock. A marker lives for milliseconds, so a marker itself untouched
 * for the stale age is a waiter's that was killed holding it; it is passed, not deleted: the next marker's name is
 * derived from the stale one's content, so the waiters that find the same dead marker again contend for one name.
 * @module
 */
import { createHash, randomUUID } from "node:crypto";
import { open, rename, rm, writeFile, type FileHandle } from "node:fs/promises";

/** How many dead markers in a row a waiter passes before it gives up (each died holding the one before). */
const MAX_MARKER_GENERATIONS = 16;

/** A lock (or marker) path as read: held (its token and when it was last touched), gone, or unreadable and why. */
export type SeenLock = { state: "held"; token: string; touchedAtMs: number } | { state: "gone"; reason: string } | { state: "unreadable"; reason: string };

/** The file's token and age (both of one file, read through one handle). */
export async function readLock(file: string): Promise<SeenLock> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    // ENOENT: released meanwhile, or a broken link that no create will get past.
    const state = (error as NodeJS.ErrnoException).code === "ENOENT" ? "gone" : "unreadable";
    return { state, reason: (error as Error).message };
  }
  try {
    const info = await handle.stat();
    return { state: "held", token: await handle.readFile("utf8"), touchedAtMs: info.mtimeMs };
  } catch (error) {
    return { state: "unreadable", reason: (error as Error).message }; // EISDIR: a directory at the lock's path
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the stale lock holding `staleToken` with one holding `token`; true when this waiter did. Only the waiter
 * that creates the marker of that stale lock may replace it, and only while the lock still holds that token and is
 * still stale, so of many waiters that saw the same stale lock exactly one takes it over.
 */
export async function takeOver(
  lock: string,
  staleToken: string,
  token: string,
  staleAfterInMs: number,
  isStale: (seen: { token: string; touchedAtMs: number }) => boolean = (seen) => Date.now() - seen.touchedAtMs > staleAfterInMs,
): Promise<boolean> {
  const markers = await claimMarker(lock, staleToken, token, staleAfterInMs);
  if (!markers) return false; // another waiter is taking this lock over
  try {
    const now = await readLock(lock);
    if (now.state !== "held" || now.token !== staleToken || !isStale(now)) return false;
    const temporary = `${lock}.${randomUUID()}.tmp`;
    await writeFile(temporary, token);
    // Atomic: the lock never goes missing, so no waiter can create one of its own meanwhile.
    await rename(temporary, lock);
    const after = await readLock(lock);
    return after.state === "held" && after.token === token;
  } finally {
    // Safe to drop once the lock holds another token: a late waiter with a marker finds that token and gives up.
    // The dead markers passed go too, now that the takeover they blocked is over.
    for (const marker of markers) await rm(marker, { force: true });
  }
}

/**
 * Creates the marker of the stale lock `staleToken`, passing dead markers (untouched for the stale age); returns it
 * and the dead ones passed, or undefined when a live marker shows another waiter at work.
 */
async function claimMarker(lock: string, staleToken: string, token: string, staleAfterInMs: number): Promise<string[] | undefined> {
  const passed: string[] = [];
  let seed = staleToken;
  for (let generation = 0; generation < MAX_MARKER_GENERATIONS; generation++) {
    const marker = `${lock}.takeover-${createHash("sha256").update(seed).digest("hex").slice(0, 16)}`;
    if (await createMarker(marker, token)) return [marker, ...passed];
    const seen = await readLock(marker);
    // Gone: its takeover is over (the lock holds another token). Unreadable or fresh: leave it to its waiter.
    if (seen.state !== "held" || Date.now() - seen.touchedAtMs <= staleAfterInMs) return undefined;
    passed.push(marker);
    // Every waiter that reads this dead marker derives the same next name from its content.
    seed = `${seed}\n${seen.token}`;
  }
  return undefined;
}

/** Creates `marker` exclusively, holding this waiter's token; false when it exists (or cannot be created). */
async function createMarker(marker: string, token: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(marker, "wx");
  } catch {
    return false;
  }
  try {
    await handle.writeFile(token);
    return true;
  } catch {
    await rm(marker, { force: true });
    return false;
  } finally {
    await handle.close();
  }
}
