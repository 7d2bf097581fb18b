/**
 * Commands that only read (`report`, `report --by shadow`, `keys list`, `train --from-log`, `router status`) run in a
 * folder with no decision log used to create `.switchyard/switchyard.db` (empty) and print an empty report, which
 * passed for "no traffic" and left state behind. They must create no file, say where they looked and how to point at
 * the log, and exit non-zero when there is nothing to read.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sy-read-only-"));
  dirs.push(dir);
  return dir;
}

/** Every path under `dir`, recursively. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("read-only commands in a folder with no decision log", () => {
  it.each([
    [["report"]],
    [["report", "--by", "shadow"]],
    [["report", "--json"]],
    [["train", "--from-log", "--out", "adapter.json"]],
    [["keys", "list"], "key store"],
    [["keys", "revoke", "team-a"], "key store"],
  ])("%j says none was found at the path, exits 1 and creates nothing", async (argv, what = "decision log") => {
    const cwd = emptyDir();
    const result = await runCliCaptured(argv, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`No ${what} found at ${join(cwd, ".switchyard", "switchyard.db")}`);
    expect(result.stderr).toMatch(/--config/);
    expect(result.stdout).toBe("");
    expect(filesIn(cwd)).toEqual([]);
  });

  it("a config naming another SQLite file that does not exist is named too, and nothing is created", async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\n");
    const result = await runCliCaptured(["report"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`No decision log found at ${join(cwd, "state", "gateway.db")}`);
    expect(filesIn(cwd)).toEqual(["switchyard.yaml"]);
  });

  it("router status reads its state file and creates nothing", async () => {
    const cwd = emptyDir();
    const result = await runCliCaptured(["router", "status"], { cwd });
    expect(result.code).toBe(0);
    expect(filesIn(cwd)).toEqual([]);
  });
});
