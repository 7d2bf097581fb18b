/**
 * Replaces a file all at once: the new bytes go to a temporary file beside it, are flushed to disk, and only then
 * renamed over the target. A reader (a gateway reloading `routing.weights`) sees the old file or the new one, never
 * half of either, and a command killed mid-write (SIGKILL, a full disk, a power cut) leaves the old file as it was.
 * @module
 */
import { randomUUID } from "node:crypto";
import { open, realpath, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Writes `data` to `given` atomically (temporary file in the same folder, fsync, rename, fsync of the folder), keeping
 * the file's permissions and following a symbolic link to its target. On failure the temporary file is removed and
 * the target is untouched. The folder must exist.
 */
export async function writeFileAtomic(given: string, data: string | Uint8Array): Promise<void> {
  // A link is followed, as a plain write would: its target is replaced, and the link (a versioned adapter's, say) stays.
  const file = await realpath(given).catch(() => given);
  const mode = await stat(file).then((info) => info.mode & 0o7777, () => 0o644);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    const handle = await open(temporary, "wx", mode);
    try {
      await handle.writeFile(data);
      // The file keeps its permissions (a 0600 adapter stays private), whatever the umask made of `mode`.
      await handle.chmod(mode);
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
