/**
 * `switchyard train` has two modes: without --from-log it rebuilds the shipped classifier's weights, with it it fits
 * a deployment adapter on the decision log. A flag of the other mode is refused (exit 2) instead of ignored, and the
 * weights mode run outside a checkout says what it needs instead of a bare ENOENT.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-train-flags-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, "switchyard.yaml"), "storage:\n  sqlite: ./state/log.db\n");

describe("train flags", () => {
  it("refuses --since, --min-outcomes or --config without --from-log, and writes nothing", async () => {
    const run = await runCliCaptured(["train", "--since", "7d", "--min-outcomes", "50", "--out", "candidate.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--since, --min-outcomes apply only with --from-log. Add --from-log");
    expect(existsSync(path.join(dir, "candidate.json"))).toBe(false);
    const config = await runCliCaptured(["train", "--config", "switchyard.yaml"], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain("--config applies only with --from-log");
  });

  it("refuses the weights training's flags with --from-log", async () => {
    const run = await runCliCaptured(["train", "--from-log", "--epochs", "3", "--no-refit"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--epochs, --no-refit apply only to training the shipped classifier, not to train --from-log");
  });

  it("says what the weights training needs when run outside a checkout", async () => {
    const run = await runCliCaptured(["train", "--out", "weights.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot read .*: train without --from-log rebuilds the shipped classifier's weights .* run train --from-log/);
    expect(existsSync(path.join(dir, "weights.json"))).toBe(false);
  });
});
