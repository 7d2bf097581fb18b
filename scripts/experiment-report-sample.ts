/**
 * `npx tsx scripts/experiment-report-sample.ts`: the sample report in docs/experiments.md, from a real run. It logs
 * a seeded, synthetic cheap-codegen experiment (users assigned with the gateway's own hash, each user with a cost
 * and feedback level of their own, so the clustered intervals have clusters to widen for) into a SQLite log in a
 * temporary directory, runs `switchyard report --by experiment` on it, and prints the experiment's block.
 * Regenerate the docs' sample with it whenever the report's figures or format change; never edit its numbers.
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../src/cli/main.js";
import { createSeededRandom } from "../src/eval/random-classifier.js";
import { createDecisionLog } from "../src/log/create-decision-log.js";
import type { DecisionRecord } from "../src/log/decision-record.js";
import { makeDecisionRecord } from "../src/log/make-decision-record.js";
import { unitDigest } from "../src/routing/experiments/experiment-unit.js";
import { assignArm } from "../src/routing/experiments/hash-unit.js";
import { openStorage } from "../src/storage/open-storage.js";

const EXPERIMENT = "cheap-codegen";
const USERS = 120;
const DAY_MS = 86_400_000;

// The eval's seeded generator, so every run logs the same traffic.
const random = createSeededRandom(13);
/** A standard normal draw (Box–Muller). */
const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** One user's requests: the variant routes them to mid (cheaper), with a little less failing. */
function userRecords(user: number, now: number): DecisionRecord[] {
  const unit = `user:u${user}`;
  const arm = assignArm(EXPERIMENT, unit, 0.5);
  const costLevel = Math.exp(0.35 * normal());
  const feedbackLevel = 0.06 * normal();
  const requests = 1 + Math.floor(random() * 6);
  return Array.from({ length: requests }, () => {
    const failed = random() < (arm === "control" ? 0.03 : 0.01);
    const escalated = !failed && random() < (arm === "control" ? 0.045 : 0.04);
    const cost = (arm === "control" ? 0.0021 : 0.0013) * costLevel * (0.8 + 0.4 * random());
    const score = Math.min(1, Math.max(0, (arm === "control" ? 0.81 : 0.82) + feedbackLevel + 0.12 * normal()));
    return makeDecisionRecord({
      createdAt: now - Math.floor(random() * 6 * DAY_MS),
      task: "code_generation",
      tier: arm === "control" ? "standard" : "mid",
      experiment: EXPERIMENT,
      arm,
      experimentUnit: unitDigest(EXPERIMENT, { value: unit, source: "user" }),
      costUsd: failed ? cost / 4 : cost,
      latencyMs: Math.round(1000 * Math.exp(0.25 * normal())),
      outcome: failed ? "failed" : "served",
      status: failed ? 502 : 200,
      escalatedTo: escalated ? "premium" : null,
      feedbackScore: !failed && random() < 0.6 ? Math.round(score * 100) / 100 : null,
    });
  });
}

const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-experiment-sample-"));
try {
  const config = `storage:\n  sqlite: ./state/log.db\nexperiments:\n  - { name: ${EXPERIMENT}, match: { task: code_generation }, share: 0.5, variant: { tier: mid } }\n`;
  writeFileSync(path.join(cwd, "switchyard.yaml"), config);
  const storage = await openStorage({ storage: { sqlite: "./state/log.db" }, cwd });
  const log = createDecisionLog({ backend: storage.decisionBackend });
  const now = Date.now();
  for (let user = 0; user < USERS; user++) for (const record of userRecords(user, now)) log.write(record);
  await log.close();
  await storage.close();
  let output = "";
  const code = await runCli(["report", "--by", "experiment", "--since", "7d"], { stdout: (text) => (output += text), stderr: (text) => process.stderr.write(text), env: {}, cwd });
  if (code !== 0) throw new Error(`switchyard report exited with ${code}`);
  // The table pads its last column; a Markdown file keeps no trailing spaces.
  process.stdout.write(output.slice(output.indexOf("Experiment ")).replace(/ +$/gm, ""));
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
