import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { endianness, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteDatabase, type SqliteDatabase } from "./open-sqlite-database.js";
import { startWalCheckpointer, WAL_BACKSTOP_FRAMES, type WalCheckpointer } from "./wal-checkpointer.js";

const PAGE = 4096;
const FRAME = PAGE + 24;

/** The WAL's frame count from the WAL index's header (`mxFrame`, byte 16 of the `-shm` file, native byte order). */
function walFrames(file: string): number {
  const header = Buffer.alloc(20);
  const fd = openSync(`${file}-shm`, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return endianness() === "LE" ? header.readUInt32LE(16) : header.readUInt32BE(16);
}

describe("WAL checkpoints on a worker thread", () => {
  let dir: string;
  let db: SqliteDatabase | undefined;
  let checkpointer: WalCheckpointer | undefined;
  const open = (): { db: SqliteDatabase; file: string } => {
    dir = mkdtempSync(path.join(tmpdir(), "wal-checkpointer-"));
    const file = path.join(dir, "switchyard.db");
    db = openSqliteDatabase(file);
    db.exec("CREATE TABLE pages (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
    return { db, file };
  };
  /** `count` commits of one page-sized row each: about one new page, so one or two WAL frames, a commit. */
  const writePages = (target: SqliteDatabase, count: number): void => {
    const insert = target.prepare("INSERT INTO pages (body) VALUES (?)");
    for (let i = 0; i < count; i++) insert.run(Buffer.alloc(PAGE - 200, i % 251));
  };
  const until = async (holds: () => boolean, timeoutMs = 5_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!holds()) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  afterEach(async () => {
    await checkpointer?.stop();
    checkpointer = undefined;
    if (db?.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies the WAL into the database file while the writing connection never checkpoints", async () => {
    const opened = open();
    checkpointer = startWalCheckpointer(opened.db, opened.file, { everyMs: 20, minFrames: 100, startAtWalBytes: 0 });
    await checkpointer.ready;
    expect(opened.db.pragma("wal_autocheckpoint", { simple: true })).toBe(WAL_BACKSTOP_FRAMES);
    writePages(opened.db, 300);
    // Without a checkpoint the 300 pages stay in the WAL and the database file keeps its first few pages.
    await until(() => statSync(opened.file).size >= 300 * PAGE);
    expect(opened.db.prepare("SELECT count(*) AS n FROM pages").get()).toEqual({ n: 300 });
  });

  it("keeps the WAL short while commits go on during its checkpoints: SQLite restarts it from its start", async () => {
    const opened = open();
    checkpointer = startWalCheckpointer(opened.db, opened.file, { everyMs: 10, minFrames: 100, startAtWalBytes: 0 });
    await checkpointer.ready;
    let restarts = 0;
    let frames = 0;
    // 2,000 commits of about a page, one every millisecond or so: each checkpoint pass races further commits.
    for (let i = 0; i < 2_000; i++) {
      writePages(opened.db, 1);
      const now = walFrames(opened.file);
      if (now < frames) restarts++; // the WAL index counts frames from the WAL's start: fewer is a restart
      frames = now;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // One pass a checkpoint restarted it 0-2 times at load 17 (never at load 6: the WAL held all ~6,000 frames, 25 MB);
    // with the passes repeated, 19 times at load 17 (a loaded machine's slow fsyncs let some run out of passes).
    expect(restarts).toBeGreaterThanOrEqual(6);
    expect(opened.db.prepare("SELECT count(*) AS n FROM pages").get()).toEqual({ n: 2_000 });
  });

  it("leaves the WAL bounded by the backstop when the worker has stopped", async () => {
    const opened = open();
    const errors: Error[] = [];
    checkpointer = startWalCheckpointer(opened.db, opened.file, { everyMs: 60_000, startAtWalBytes: 0, backstopFrames: 50, onError: (error) => errors.push(error) });
    await checkpointer.ready;
    await checkpointer.stop();
    writePages(opened.db, 400);
    // The writing connection checkpointed past 50 frames and restarted the WAL from its start: it never held 400 pages.
    expect(statSync(`${opened.file}-wal`).size).toBeLessThan(120 * FRAME);
    expect(errors).toEqual([]); // a stop asked for is not reported
  });

  it("waits for enough frames before it copies them, and copies a few once they have waited long enough", async () => {
    const opened = open();
    checkpointer = startWalCheckpointer(opened.db, opened.file, { everyMs: 10, minFrames: 1_000, idleMs: 60_000, startAtWalBytes: 0 });
    await checkpointer.ready;
    writePages(opened.db, 100);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(statSync(opened.file).size).toBeLessThan(50 * PAGE); // 100 frames wait: fewer than 1,000
    await checkpointer.stop();
    checkpointer = startWalCheckpointer(opened.db, opened.file, { everyMs: 10, minFrames: 1_000, idleMs: 100, startAtWalBytes: 0 });
    await checkpointer.ready;
    await until(() => statSync(opened.file).size >= 100 * PAGE);
  });

  it("starts no thread until the WAL has grown, then starts one", async () => {
    const opened = open();
    checkpointer = startWalCheckpointer(opened.db, opened.file, { everyMs: 10, minFrames: 50, startAtWalBytes: 100 * FRAME });
    let isReady = false;
    void checkpointer.ready.then(() => (isReady = true));
    writePages(opened.db, 5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isReady).toBe(false);
    writePages(opened.db, 200);
    await checkpointer.ready;
    await until(() => statSync(opened.file).size >= 200 * PAGE);
  });

  it("stops once, and another connection reads every committed row afterwards", async () => {
    const opened = open();
    checkpointer = startWalCheckpointer(opened.db, opened.file, { everyMs: 10, minFrames: 10, startAtWalBytes: 0 });
    await checkpointer.ready;
    writePages(opened.db, 50);
    await checkpointer.stop();
    await checkpointer.stop();
    opened.db.close();
    const again = openSqliteDatabase(opened.file);
    expect(again.prepare("SELECT count(*) AS n FROM pages").get()).toEqual({ n: 50 });
    again.close();
  });
});
