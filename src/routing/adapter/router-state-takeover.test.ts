import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
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
/** Another user's lock: opening it for reading is refused. */
let lockUnreadable = false;
vi.mock("node:fs/promises", async (original) => {
  const actual = await original<typeof import("node:fs/promises")>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      renames += 1;
      await sleep((renames % 10) * 4);
      return actual.rename(from, to);
    },
    open: async (file: string, flags: string) => {
      if (lockUnreadable && flags === "r" && file.endsWith(".lock")) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: "EACCES" });
      return actual.open(file, flags);
    },
    link: async (from: string, to: string) => {
      if (noHardLinks) throw Object.assign(new Error(`EPERM: operation not permitted, link '${from}' -> '${to}'`), { code: "EPERM" });
      return actual.link(from, to);
    },
  };
});

const dir = mkdtempSync(path.join(tmpdir(), "router-state-takeover-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file as a crashed command left it ten minutes ago. */
function staleFile(file: string, text: string): void {
  writeFileSync(file, text);
  const old = new Date(Date.now() - 10 * 60_000);
  utimesSync(file, old, old);
}

/** Writes a lock a crashed command left ten minutes ago. */
function staleLock(file: string): void {
  staleFile(`${file}.lock`, "12345\n");
}

/** The takeover marker's path of the lock holding `token` (as `router-state-takeover.ts` names it). */
function markerOf(file: string, token: string): string {
  return `${file}.lock.takeover-${createHash("sha256").update(token).digest("hex").slice(0, 16)}`;
}

describe("withRouterStateLock, taking over a stale lock", () => {
  /** Eight commands at once against a crashed command's lock: at most one may hold it at any moment. */
  async function contend(name: string, prepare: (file: string) => void = () => undefined): Promise<void> {
    for (let round = 0; round < 3; round++) {
      const file = path.join(dir, `${name}-${round}.json`);
      staleLock(file);
      prepare(file);
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
      await Promise.all(Array.from({ length: 8 }, () => withRouterStateLock(file, hold, { waitInMs: 3_000 })));
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

  it("passes the marker of a waiter killed mid-takeover once it is stale, still letting exactly one waiter in", async () => {
    await contend("dead-marker", (file) => staleFile(markerOf(file, "12345\n"), "999 killed-waiter\n"));
    // No marker is left behind, the dead one included.
    expect(readdirSync(dir).filter((name) => name.startsWith("dead-marker") && name.includes("takeover"))).toEqual([]);
  });

  it("still waits on a fresh marker: another waiter is taking the lock over right now", async () => {
    const file = path.join(dir, "live-marker.json");
    staleLock(file);
    writeFileSync(markerOf(file, "12345\n"), "999 live-waiter\n");
    await expect(withRouterStateLock(file, async () => "ran", { waitInMs: 300 })).rejects.toThrow("is held by another switchyard router command");
  });

  it("fails, naming the lock, when another user's lock cannot be read (EACCES), instead of spinning", async () => {
    const file = path.join(dir, "other-user.json");
    writeFileSync(`${file}.lock`, "4242 other\n");
    lockUnreadable = true;
    try {
      await expect(withRouterStateLock(file, async () => "ran", { waitInMs: 300 })).rejects.toThrow(`${file}.lock exists but cannot be read as a lock (EACCES`);
    } finally {
      lockUnreadable = false;
    }
  });
});
