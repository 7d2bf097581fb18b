/**
 * `switchyard train --from-log --out FILE` replaces an earlier adapter, never anything else: the decision log's own
 * SQLite file, a directory or another file is refused before the log is read, and nothing is written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStorage } from "../../src/storage/open-storage.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-train-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, "switchyard.yaml"), "storage:\n  sqlite: ./state/log.db\n");

describe("train --from-log --out", () => {
  it("refuses the decision log's own file and its WAL, naming storage.sqlite", async () => {
    for (const out of ["state/log.db", "./state/log.db-wal"]) {
      const run = await runCliCaptured(["train", "--from-log", "--out", out], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("is the decision log's own SQLite file (storage.sqlite)");
    }
  });

  it("refuses a directory and a file that is not an adapter, and leaves the file as it was", async () => {
    mkdirSync(path.join(dir, "adapters"));
    const directory = await runCliCaptured(["train", "--from-log", "--out", "adapters"], { cwd: dir });
    expect(directory.code).toBe(1);
    expect(directory.stderr).toContain("--out adapters is a directory");
    writeFileSync(path.join(dir, "notes.json"), '{"keep": true}\n');
    const other = await runCliCaptured(["train", "--from-log", "--out", "notes.json"], { cwd: dir });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("exists and is not an adapter file");
    expect(readFileSync(path.join(dir, "notes.json"), "utf8")).toBe('{"keep": true}\n');
  });

  it("refuses a folder that takes no new file before reading the log, not after the fit", async () => {
    // /proc and /sys take no regular file, whoever runs the test (root too): as a read-only mount or another user's folder.
    for (const out of ["/proc/self/adapter.json", "/sys/adapter.json", "/sys/adapters/adapter.json"]) {
      const run = await runCliCaptured(["train", "--from-log", "--out", out], { cwd: dir });
      expect(run.code, out).toBe(1);
      expect(run.stderr, out).toContain(`--out ${out} cannot be written: no new file can be made in`);
      expect(run.stderr, out).not.toContain("reading decisions");
    }
  });

  it("goes on to read the log for a new file or an earlier adapter", async () => {
    // An empty log, as a gateway that served nothing yet leaves it (with no log at all the command says so, and stops).
    const storage = await openStorage({ storage: { sqlite: "./state/log.db" }, cwd: dir });
    await storage.close();
    writeFileSync(path.join(dir, "old-adapter.json"), '{"format":"switchyard-adapter-v1","base_hash":"x"}\n');
    for (const out of ["fresh.json", "old-adapter.json"]) {
      const run = await runCliCaptured(["train", "--from-log", "--out", out], { cwd: dir });
      expect(run.stderr).toMatch(/No outcomes in the decision log/);
    }
  });
});
