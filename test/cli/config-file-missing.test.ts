/**
 * A config file named on the command line that does not exist (a typo, `switchyard.yml`) said
 * "cannot read the config file: ENOENT: no such file or directory, stat '…'": Node's words, not the fix.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-missing-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a config file that does not exist", () => {
  it("serve says so too, before it binds anything", async () => {
    const run = await runCliCaptured(["serve", "--config", "nope.yaml", "--port", "0"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: Config file not found: ${path.join(dir, "nope.yaml")}\n`);
    expect(run.stdout).toBe("");
  });

  it("says there is no such file and names the file that is there (config check, route)", async () => {
    writeFileSync(path.join(dir, "switchyard.yaml"), "tasks: { chat: budget }\n");
    for (const argv of [["config", "check", "switchyard.yml"], ["route", "--config", "switchyard.yml", "hi"]]) {
      const run = await runCliCaptured(argv, { cwd: dir });
      expect(run.code).toBe(1);
      // The heading says the file is missing: "Invalid config" sent a user looking for a mistake inside a file that is not there.
      expect(run.stderr).toContain(`error: Config file not found: ${path.join(dir, "switchyard.yml")}\n`);
      expect(run.stderr).not.toContain("Invalid config");
      expect(run.stderr).toContain("did you mean switchyard.yaml?");
      expect(run.stderr).not.toContain("ENOENT");
    }
  });

  it("without a near name, says what is read when no file is named", async () => {
    const run = await runCliCaptured(["config", "check", "elsewhere/prod.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: Config file not found: ${path.join(dir, "elsewhere", "prod.yaml")}\n`);
    expect(run.stderr).not.toContain("Invalid config");
    expect(run.stderr).toContain("without a file named, ./switchyard.yaml is read when present");
  });
});
