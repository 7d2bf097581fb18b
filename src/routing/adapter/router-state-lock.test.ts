import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { withRouterStateLock } from "./router-state.js";

const dir = mkdtempSync(path.join(tmpdir(), "router-state-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A read, a pause (as a promotion's gate query takes), and a write of the incremented count. */
async function increment(file: string): Promise<void> {
  const count = Number(await readFile(file, "utf8"));
  await sleep(2);
  await writeFile(file, String(count + 1));
}

describe("withRouterStateLock", () => {
  it("serializes concurrent read-change-write cycles, so none is lost", async () => {
    const file = path.join(dir, "locked.json");
    writeFileSync(file, "0");
    await Promise.all(Array.from({ length: 12 }, () => withRouterStateLock(file, () => increment(file))));
    expect(await readFile(file, "utf8")).toBe("12");
    // Without it, the same cycles lose updates: what the lock is for.
    const bare = path.join(dir, "bare.json");
    writeFileSync(bare, "0");
    await Promise.all(Array.from({ length: 12 }, () => increment(bare)));
    expect(Number(await readFile(bare, "utf8"))).toBeLessThan(12);
  });

  it("releases the lock when the change throws, and takes over a crashed command's old lock", async () => {
    const file = path.join(dir, "state.json");
    await expect(withRouterStateLock(file, async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(await withRouterStateLock(file, async () => "next")).toBe("next");
    writeFileSync(`${file}.lock`, "12345\n");
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(`${file}.lock`, old, old);
    expect(await withRouterStateLock(file, async () => "taken over")).toBe("taken over");
  });

  it("takes over at once a fresh lock whose holder the caller knows is gone, and waits out one that lives", async () => {
    const file = path.join(dir, "holders.json");
    const holder = { token: "me", isGone: (token: string) => token === "killed-command" };
    writeFileSync(`${file}.lock`, "killed-command\n");
    const started = Date.now();
    expect(await withRouterStateLock(file, async () => "taken over", { holder, waitInMs: 5_000 })).toBe("taken over");
    expect(Date.now() - started).toBeLessThan(2_000);
    writeFileSync(`${file}.lock`, "running-command\n");
    await expect(withRouterStateLock(file, async () => "never", { holder, waitInMs: 300 })).rejects.toThrow(/is held by another switchyard router command/);
    // Without a holder, only age counts (a lock of an older build, or another host's).
    writeFileSync(`${file}.lock`, "killed-command\n");
    await expect(withRouterStateLock(file, async () => "never", { waitInMs: 300 })).rejects.toThrow(/is held by another/);
  });

  it("fails, naming the lock, when the lock path exists but cannot be read, instead of spinning past the deadline", async () => {
    // A directory at the lock's path (EISDIR), and a broken link (every create says EEXIST, every open ENOENT).
    const directory = path.join(dir, "directory.json");
    mkdirSync(`${directory}.lock`);
    const broken = path.join(dir, "broken.json");
    symlinkSync(path.join(dir, "nowhere"), `${broken}.lock`);
    for (const file of [directory, broken]) {
      const started = Date.now();
      const waited = withRouterStateLock(file, async () => "ran", { waitInMs: 300 });
      await expect(waited).rejects.toThrow(`${file}.lock exists but cannot be read as a lock`);
      expect(Date.now() - started).toBeLessThan(3_000);
    }
  });
});
