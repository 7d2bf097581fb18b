/**
 * Replaces a file all at once: the new bytes go to a temporary file beside it, are flushed to disk, and only then
 * renamed over the target. A reader (a gateway reloading `routing.weights`) sees the old file or the new one, never
 * half of either, and a command killed mid-write (SIGKILL, a full disk, a power cut) leaves the old file as it was.
 * @module
 */
import { randomUUID } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Writes `data` to `file` atomically (temporary file in the same folder, fsync, rename, fsync of the folder).
 * On failure the temporary file is removed and the target is untouched. The folder must exist.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    const handle = await open(temporary, "wx", 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/** Flushes the folder entry of the rename, so the new name survives a power cut. Some file systems cannot: ignored. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not every platform or file system lets a folder be opened or synced; the rename itself is already atomic.
  }
}
