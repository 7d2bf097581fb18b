/**
 * `train --from-log` reads at most a million decisions, newest first. A log with more in the period used to be cut
 * without a word; the command now says how many it read and that the oldest were left out.
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

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-train-limit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, "switchyard.yaml"), "storage:\n  sqlite: ./log.db\n");
const features = { v: 1, task: "chat", task_confidence: 0.8, difficulty: "mid", strong_probability: 0.3, tokens: 20, hashed: [[3, 1]] };

async function writeLog(count: number): Promise<void> {
  const config = parseConfigText("storage:\n  sqlite: ./log.db\n");
  const storage = await openStorage({ storage: config.storage, cwd: dir });
  const log = createDecisionLog({ backend: storage.decisionBackend });
  const now = Date.now();
  for (let i = 0; i < count; i++) log.write(makeDecisionRecord({ id: `dec_limit_${i}`, createdAt: now - 60_000 + i, features, tier: i % 2 ? "premium" : "budget", feedbackScore: i % 3 ? 1 : 0 }));
  await log.close();
  await storage.close();
}

describe("train --from-log on more decisions than it reads", () => {
  it("says it read only the newest ones", async () => {
    await writeLog(30);
    let stderr = "";
    const io = { stdout: () => {}, stderr: (text: string) => void (stderr += text), env: {}, cwd: dir };
    const options = { since: "1d", minOutcomes: "0", seed: "1", out: "adapter.json" };
    await trainFromLog({ ...options, maxRecords: 20 }, io).catch((error: unknown) => void (stderr += String(error)));
    expect(stderr).toContain("20 decisions, 20 served");
    expect(stderr).toContain("note: read only the newest 20 decisions (the most train --from-log reads); the oldest since 1d are left out.");
    stderr = "";
    await trainFromLog({ ...options, maxRecords: 100 }, io).catch(() => undefined);
    expect(stderr).toContain("30 decisions, 30 served");
    expect(stderr).not.toContain("note: read only");
  });
});
