/** `eval --online` on a team's own large score matrix: its score range was taken with a spread, which overflowed the stack. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readOutcomeStream } from "./online-stream.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-large-matrix-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an outcome stream from a large score matrix", () => {
  it("reads 100,000 prompts × 2 models and scales their scores to 0..1", { timeout: 60_000 }, () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `"question ${i}",${i % 10},${(i % 9) + 1}`);
    const file = path.join(dir, "score-matrix.csv");
    writeFileSync(file, `prompt,small,large\n${rows.join("\n")}\n`);
    const stream = readOutcomeStream(file, [
      { model: "small", usdPerMillionTokens: 0.2 },
      { model: "large", usdPerMillionTokens: 10 },
    ]);
    expect(stream.items).toHaveLength(100_000);
    const rewards = stream.items.flatMap((item) => item.rewards);
    expect(rewards.every((reward) => reward >= 0 && reward <= 1)).toBe(true);
    expect(stream.items[1]?.rewards).toEqual([1 / 9, 2 / 9]);
  });
});
