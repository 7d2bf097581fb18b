/**
 * A team with tiers of its own (journey 1.4) posts feedback, then runs `train --from-log`: feedback on tiers the
 * adapter does not choose between used to vanish from the counts, and the refusal said there were no outcomes at
 * all, pointing at POST /v1/feedback, which the team had used.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { trainFromLog } from "../../src/cli/commands/train-from-log.js";
import { parseConfigText } from "../../src/config/parse-config.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openStorage } from "../../src/storage/open-storage.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-train-tiers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const YAML = "storage:\n  sqlite: ./log.db\ntiers:\n  cheap:\n    models: [openai/gpt-5-nano]\n    max_tokens: 1024\n";
writeFileSync(path.join(dir, "switchyard.yaml"), YAML);
const features = { v: 1, task: "chat", task_confidence: 0.8, difficulty: "mid", strong_probability: 0.3, tokens: 20, hashed: [[3, 1]] };

describe("train --from-log on feedback for a team's own tiers", () => {
  it("counts what it left out, and says so in the refusal", async () => {
    const storage = await openStorage({ storage: parseConfigText(YAML).storage, cwd: dir });
    const log = createDecisionLog({ backend: storage.decisionBackend });
    const now = Date.now();
    for (let i = 0; i < 12; i++) log.write(makeDecisionRecord({ id: `dec_tier_${i}`, createdAt: now - 60_000 + i, features, tier: i < 9 ? "cheap" : "free", feedbackScore: 1 }));
    await log.close();
    await storage.close();
    let stderr = "";
    const io = { stdout: () => {}, stderr: (text: string) => void (stderr += text), env: {}, cwd: dir };
    const refused = await trainFromLog({ since: "1d", minOutcomes: "0", seed: "1" }, io).then(
      () => "",
      (error: unknown) => String(error),
    );
    expect(stderr).toContain("not used: 9 outcomes on tier cheap, 3 on free (the adapter chooses between budget, mid, standard, premium, the auto ladder's tiers)");
    expect(refused).toContain("No outcomes in the decision log since 1d on the auto ladder's tiers (9 outcomes on tier cheap, 3 on free left out)");
  });
});
