/**
 * `switchyard router promote` refused a candidate that cost significantly more with "Keep the experiment running":
 * advice that sends a team lead back to wait on a lost cause. A candidate that did significantly worse is told to
 * be stopped (and another trained); one that lacks data is told to keep running.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { adapterId } from "../../src/routing/adapter/router-state.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { minimalAdapterText } from "../support/minimal-adapter.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder with a config running `candidate.json` as the variant of `candidate-ab`, and `perArm` users per arm. */
async function experimentFolder(perArm: number, variantCost: number): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), "switchyard-promote-advice-"));
  dirs.push(cwd);
  const adapter = await minimalAdapterText();
  writeFileSync(join(cwd, "candidate.json"), adapter);
  writeFileSync(join(cwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\nexperiments:\n  - { name: candidate-ab, share: 0.5, variant: { weights: ./candidate.json } }\n");
  const storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd });
  const log = createDecisionLog({ backend: storage.decisionBackend });
  for (let i = 0; i < perArm * 2; i++) {
    const variant = i % 2 === 1;
    const spread = 0.9 + (i % 5) * 0.05;
    log.write(
      makeDecisionRecord({
        experiment: "candidate-ab",
        arm: variant ? "variant" : "control",
        experimentUnit: `user-${i}`,
        router: variant ? adapterId(adapter) : "shipped",
        costUsd: (variant ? variantCost : 0.001) * spread,
        feedbackScore: i % 10 === 0 ? 0.8 : 0.9,
        createdAt: Date.now() - 3_600_000 + i,
      }),
    );
  }
  await log.close();
  await storage.close();
  return cwd;
}

describe("router promote's advice after a refusal", () => {
  it("tells a candidate that costs significantly more to stop, not to keep running", async () => {
    const cwd = await experimentFolder(40, 0.003);
    const run = await runCliCaptured(["router", "promote", "--experiment", "candidate-ab"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cost per request is higher at 95% confidence");
    expect(run.stderr).not.toContain("Keep the experiment running");
    expect(run.stderr).toContain("The candidate did significantly worse, and more traffic is unlikely to turn that into a win. Stop the experiment (enabled: false on candidate-ab in the config)");
    expect(run.stderr).toContain("switchyard train --from-log");
  });

  it("does not send an experiment that has its data back for more requests, units and feedback", async () => {
    const cwd = await experimentFolder(40, 0.001);
    const run = await runCliCaptured(["router", "promote", "--experiment", "candidate-ab"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cost per request is not lower at 95% confidence");
    expect(run.stderr).not.toContain("until both arms have the requests");
    expect(run.stderr).toContain("Both arms have the requests, units and feedback the verdict needs, but the cost difference is not significant at 95% yet");
  });

  it("tells an experiment short of data to keep running", async () => {
    const cwd = await experimentFolder(5, 0.003);
    const run = await runCliCaptured(["router", "promote", "--experiment", "candidate-ab"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("not enough requests");
    expect(run.stderr).toContain("Keep the experiment running until both arms have the requests, units and feedback the verdict needs");
    expect(run.stderr).not.toContain("did significantly worse");
  });
});
