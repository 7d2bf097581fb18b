/**
 * `switchyard router shadow|promote FILE`: a missing or unusable adapter file is the caller's argument, so the error
 * names that file and how to write one, not an "Invalid config" about routing.weights.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-router-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("switchyard router with a bad candidate file", () => {
  it("names a missing file and the command that writes one", async () => {
    const run = await runCliCaptured(["router", "promote", "missing.json", "--force"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The adapter file missing\.json cannot be used: cannot read the adapter file .*missing\.json: no such file\. /);
    expect(run.stderr).not.toContain("ENOENT");
    expect(run.stderr).toContain("switchyard train --from-log --out FILE");
    expect(run.stderr).not.toContain("Invalid config");
  });

  it("names a file that is not an adapter, without repeating the hint", async () => {
    writeFileSync(path.join(dir, "bad.json"), "{}");
    const run = await runCliCaptured(["router", "shadow", "bad.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The adapter file bad\.json cannot be used: not a switchyard-adapter-v1 file/);
    expect(run.stderr.match(/switchyard train/g)).toHaveLength(1);
  });

  it("says how to add the experiment promote names when the config has none", async () => {
    // It said "Experiments: (none)." and no more: not which file was read, nor what the experiment must hold.
    const run = await runCliCaptured(["router", "promote", "--experiment", "candidate-ab"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'error: No experiment "candidate-ab": the config (no ./switchyard.yaml here, so the built-in defaults) has no experiments. Add one whose variant names the candidate, experiments: [{ name: candidate-ab, share: 0.2, variant: { weights: ./candidate.json } }], run it, then promote (docs/learning.md); or pass --config FILE.\n',
    );
  });

  it("refuses a --by that could forge a line of the promotion history", async () => {
    for (const by of ["", "x\n  2026-12-01T00:00:00.000Z promote shipped → adapter-evil by boss"]) {
      const run = await runCliCaptured(["router", "rollback", "--by", by], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("--by must name who made the change");
    }
  });

  it("refuses a --min-units below 2 or not whole, before reading anything", async () => {
    for (const minUnits of ["1", "2.5", "ten"]) {
      const run = await runCliCaptured(["router", "promote", "bad.json", "--min-units", minUnits], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`--min-units must be a whole number from 2 to ${Number.MAX_SAFE_INTEGER} (got "${minUnits}")`);
    }
  });
});

describe("switchyard router promote --experiment of an experiment that tests no router", () => {
  it("says what the variant tests and how to graduate it, instead of asking for an experiment it was given", async () => {
    const config = path.join(dir, "tier-variant.yaml");
    writeFileSync(config, "experiments:\n  - { name: cheap-codegen, match: { task: code_generation }, share: 0.1, variant: { tier: mid } }\n");
    const run = await runCliCaptured(["router", "promote", "--experiment", "cheap-codegen", "--config", config], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Experiment cheap-codegen tests {"tier":"mid"}, not a candidate router');
    expect(run.stderr).toContain("docs/experiments.md");
    expect(run.stderr).toContain("tasks:");
  });

  it("names both ways to say what to promote when nothing is named", async () => {
    const run = await runCliCaptured(["router", "promote"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("router promote FILE");
    expect(run.stderr).toContain("--experiment NAME");
  });
});
