/**
 * A file named by a flag that is not there said Node's words ("ENOENT: no such file or directory, open '…'"), once
 * with nothing else (`eval --weights`), and `serve --latency-seed` blamed the config file ("Invalid config in
 * switchyard.yaml: routing.latency_seed") for a flag.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-named-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const missing = path.join(dir, "nope.json");

describe("a file named by a flag that does not exist", () => {
  it("says 'no such file' with the path, never ENOENT (route, models --catalog; route --request; router shadow; eval --weights)", async () => {
    for (const argv of [["route", "--catalog", "nope.json", "hi"], ["route", "--request", "nope.json"], ["models", "--catalog", "nope.json"], ["router", "shadow", "nope.json"], ["eval", "--weights", "nope.json", "--data-dir", dir, "mt_bench"]]) {
      const run = await runCliCaptured(argv, { cwd: dir });
      expect(run.code, argv.join(" ")).toBe(1);
      expect(run.stderr, argv.join(" ")).toContain(missing);
      expect(run.stderr, argv.join(" ")).toContain("no such file");
      expect(run.stderr, argv.join(" ")).not.toContain("ENOENT");
    }
  });

  it("serve --latency-seed names the flag, not the config file it did not come from", async () => {
    writeFileSync(path.join(dir, "switchyard.yaml"), "tasks: { chat: budget }\n");
    const run = await runCliCaptured(["serve", "--simulate", "--port", "0", "--latency-seed", "nope.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: --latency-seed: cannot read ${missing}: no such file`);
    expect(run.stderr).not.toContain("Invalid config");
    expect(run.stderr).not.toContain("ENOENT");
  });

  it("routing.latency_seed in the config still names the config and its key", async () => {
    writeFileSync(path.join(dir, "seeded.yaml"), "routing:\n  latency_seed: ./nope.json\n");
    const run = await runCliCaptured(["serve", "--simulate", "--port", "0", "--config", "seeded.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Invalid config in ${path.join(dir, "seeded.yaml")}`);
    expect(run.stderr).toContain(`routing.latency_seed: cannot read ${missing}: no such file`);
  });
});
