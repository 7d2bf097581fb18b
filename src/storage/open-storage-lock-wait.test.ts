/**
 * SQLite's lock wait of `openStorage`'s callers. The gateway's request path stops waiting inside SQLite (the event
 * loop must stay free; its writes wait asynchronously); a CLI command (`switchyard report`, `keys`) keeps SQLite's
 * 5 s wait, so its outbox shipping does not fail with "database is locked" while a gateway on the same file commits.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../log/create-decision-log.js";
import { makeDecisionRecord } from "../log/make-decision-record.js";
import { openStorage } from "./open-storage.js";

const dir = mkdtempSync(join(tmpdir(), "sy-open-wait-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * How long the other process holds the lock: its clock starts before this process reads "ready", and on a loaded
 * machine that read can come a few hundred milliseconds late, so the hold is long next to the bounds below.
 */
const HOLD_MS = 1_000;

/** Another process takes the file's write lock, says "ready", and commits `holdInMs` later. */
async function holdLockFor(path: string, holdInMs: number): Promise<{ exited: Promise<unknown> }> {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("ready\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", script, path, String(holdInMs)], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.stdout?.once("data", () => resolve());
  });
  // Wrapped: an async function returning the promise itself would wait for it.
  return { exited };
}

describe("openStorage's SQLite lock wait", () => {
  it("keeps SQLite's own wait for a CLI: its outbox writes wait for another process's lock instead of failing", async () => {
    const path = join(dir, "cli.db");
    const storage = await openStorage({ storage: { sqlite: path }, cwd: dir });
    const { exited } = await holdLockFor(path, HOLD_MS);
    const decisions = createDecisionLog({ backend: storage.decisionBackend, ...(storage.decisionOutbox ? { durable: true, outbox: storage.decisionOutbox } : {}) });
    try {
      // The outbox is a synchronous port (not retried): with a 0 ms busy_timeout this threw "database is locked".
      const startedAt = performance.now();
      storage.decisionOutbox?.append([makeDecisionRecord({ id: "dec_cli_1" }), makeDecisionRecord({ id: "dec_cli_2" })]);
      expect(performance.now() - startedAt).toBeGreaterThan(100);
      // And `switchyard report` ships it before reading.
      expect((await decisions.get("dec_cli_1"))?.id).toBe("dec_cli_1");
      expect(storage.decisionOutbox?.count()).toBe(0);
    } finally {
      await exited;
      await decisions.close();
      await storage.close();
    }
  });

  it("stops waiting inside SQLite on the gateway's request path: a locked statement fails at once, and retryWhileBusy waits", async () => {
    const path = join(dir, "gateway.db");
    const storage = await openStorage({ storage: { sqlite: path }, cwd: dir, waitForLocksOffTheLoop: true });
    const { exited } = await holdLockFor(path, HOLD_MS);
    try {
      const startedAt = performance.now();
      expect(() => storage.decisionOutbox?.append([makeDecisionRecord({ id: "dec_gw_1" })])).toThrow(/locked/);
      // A wait inside SQLite would end with the hold (and succeed) or at busy_timeout; this fails at once.
      expect(performance.now() - startedAt).toBeLessThan(HOLD_MS / 4);
      await storage.retryWhileBusy(() => storage.decisionOutbox?.append([makeDecisionRecord({ id: "dec_gw_1" })]));
      expect(storage.decisionOutbox?.count()).toBe(1);
    } finally {
      await exited;
      await storage.close();
    }
  });
});
