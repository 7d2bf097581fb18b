import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it, vi } from "vitest";
import { withRouterStateLock } from "./router-state.js";

// A loaded disk: each rename lands a little later than the one before, so a waiter that judged the lock stale
// acts after another waiter has already taken it over and holds a fresh lock of its own.
let renames = 0;
/** A file system without hard links (some network and FUSE mounts): `link` is refused. */
let noHardLinks = false;
vi.mock("node:fs/promises", async (original) => {
  const actual = await original<typeof import("node:fs/promises")>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      renames += 1;
      await sleep((renames % 10) * 4);
      return actual.rename(from, to);
    },
    link: async (from: string, to: string) => {
      if (noHardLinks) throw Object.assign(new Error(`EPERM: operation not permitted, link '${from}' -> '${to}'`), { code: "EPERM" });
      return actual.link(from, to);
    },
  };
});

const dir = mkdtempSync(path.join(tmpdir(), "router-state-takeover-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a lock a crashed command left ten minutes ago. */
function staleLock(file: string): void {
  writeFileSync(`${file}.lock`, "12345\n");
  const old = new Date(Date.now() - 10 * 60_000);
  utimesSync(`${file}.lock`, old, old);
}

describe("withRouterStateLock, taking over a stale lock", () => {
  /** Eight commands at once against a crashed command's lock: at most one may hold it at any moment. */
  async function contend(name: string): Promise<void> {
    for (let round = 0; round < 3; round++) {
      const file = path.join(dir, `${name}-${round}.json`);
      staleLock(file);
      let holding = 0;
      let most = 0;
      let done = 0;
      const hold = async (): Promise<void> => {
        holding += 1;
        most = Math.max(most, holding);
        // The lock names its holder while it works, and no one else's.
        expect(readFileSync(`${file}.lock`, "utf8")).toMatch(new RegExp(`^${process.pid}\\b`));
        await sleep(10);
        holding -= 1;
        done += 1;
      };
      await Promise.all(Array.from({ length: 8 }, () => withRouterStateLock(file, hold)));
      expect(most).toBe(1);
      expect(done).toBe(8);
      expect(existsSync(`${file}.lock`)).toBe(false);
    }
  }

  it("lets exactly one of many concurrent waiters take over a crashed command's lock; the others queue behind it", async () => {
    await contend("stale");
  });

  it("does the same on a file system without hard links (the lock is then created with O_EXCL, then written)", async () => {
    noHardLinks = true;
    try {
      await contend("no-links");
    } finally {
      noHardLinks = false;
    }
  });
});
