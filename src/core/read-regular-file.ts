/**
 * Reads a file the user named (a config, a catalog, an adapter), never waiting for ever. `readFile` of a terminal
 * (`--config /proc/self/fd/0` typed at a prompt), a socket, or a named pipe (FIFO) nobody writes to had no end, so
 * the command hung silently. Now:
 * - a regular file is read;
 * - a pipe is read as long as a writer keeps it open, which is how `--config <(envsubst < switchyard.tpl.yaml)` and
 *   `cat switchyard.yaml | switchyard serve --config /dev/stdin` work, but when nothing has been written to it within
 *   `pipeWaitMs` (default 10 s), the read fails saying so;
 * - `/dev/null` reads as empty (`--config /dev/null`: the defaults, whatever ./switchyard.yaml says);
 * - anything else (a terminal or other device, a socket, a folder) is refused at once.
 * The path is opened non-blocking (opening a FIFO for reading otherwise waits for a writer) and checked on the open
 * handle, so what is read is what was checked.
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

// O_NONBLOCK does not exist on Windows, where opening a pipe does not wait anyway.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** How long a pipe may stay silent before its read fails, by default. */
export const PIPE_WAIT_MS = 10_000;

/** A path that names something that cannot be read to an end. */
export class NotRegularFileError extends Error {
  readonly code = "ENOTREG";
  constructor(message: string) {
    super(message);
    this.name = "NotRegularFileError";
  }
}

/** The text of `file` (UTF-8); NotRegularFileError for a device, socket, folder or silent pipe; fs errors as thrown. */
export async function readRegularFile(file: string, options: { pipeWaitMs?: number } = {}): Promise<string> {
  return (await readRegularFileBytes(file, options)).toString("utf8");
}

/** As `readRegularFile`, the bytes undecoded (for a reader that refuses text that is not UTF-8). */
export async function readRegularFileBytes(file: string, { pipeWaitMs = PIPE_WAIT_MS }: { pipeWaitMs?: number } = {}): Promise<Buffer> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    if (stats.isFile()) return await handle.readFile();
    if (isDevNull(stats)) return Buffer.alloc(0);
    if (!stats.isFIFO()) throw notAFile(file, stats);
    return await readPipe(handle, file, pipeWaitMs);
  } finally {
    await handle.close();
  }
}

/** As `readRegularFile` for regular files only (a pipe is refused too: this reader cannot wait without blocking). */
export function readRegularFileSync(file: string): string {
  const descriptor = openSync(file, OPEN_FLAGS);
  try {
    const stats = fstatSync(descriptor);
    if (isDevNull(stats)) return "";
    if (!stats.isFile()) throw notAFile(file, stats);
    return readFileSync(descriptor, "utf8");
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reads a non-blocking pipe to its end: EAGAIN means a writer is there with nothing yet, an empty read before any
 * byte means no writer has come yet (or it closed at once), an empty read after some bytes is the end.
 */
async function readPipe(handle: FileHandle, file: string, waitMs: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  let silentSince = Date.now();
  for (;;) {
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      bytesRead = -1;
    }
    if (bytesRead > 0) {
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      silentSince = Date.now();
      continue;
    }
    if (bytesRead === 0 && chunks.length > 0) return Buffer.concat(chunks);
    if (Date.now() - silentSince >= waitMs) {
      throw new NotRegularFileError(`${file} is a pipe, and nothing was written to it for ${Math.round(waitMs / 1000)} s, so it was not read to an end; give the path of a file, or write the whole text to the pipe and close it`);
    }
    await sleep(20);
  }
}

/**
 * Why `file` cannot be used as a file (`"a named pipe (FIFO)"`, ...), or undefined when it is a regular file or does
 * not exist: for paths a library opens itself (SQLite), which would block on a pipe as `readFile` did.
 */
export function notAFileKind(file: string): string | undefined {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    return undefined;
  }
  return stats.isFile() ? undefined : kindOf(stats);
}

let devNull: { dev: number; rdev: number } | null | undefined;

/** True for the null device itself (which ends at once), found by its device numbers, not its name. */
function isDevNull(stats: Stats): boolean {
  if (!stats.isCharacterDevice()) return false;
  if (devNull === undefined) {
    try {
      const { dev, rdev } = statSync("/dev/null");
      devNull = { dev, rdev };
    } catch {
      devNull = null;
    }
  }
  return devNull !== null && stats.rdev === devNull.rdev;
}

function notAFile(file: string, stats: Stats): NotRegularFileError {
  const why = stats.isDirectory() ? "" : ": reading it would have no end, so it is not read";
  return new NotRegularFileError(`${file} is ${kindOf(stats)}, not a file${why}; give the path of a file`);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device (a terminal, or a device under /dev)";
  if (stats.isSocket()) return "a socket";
  if (stats.isDirectory()) return "a folder";
  if (stats.isBlockDevice()) return "a block device";
  return "something other than a file";
}
