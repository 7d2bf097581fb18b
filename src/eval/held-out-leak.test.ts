/**
 * Proves that no held-out prompt reaches training: loads every training input exactly as
 * `switchyard train` does and every held-out set from ../shared/data, and asserts no normalised overlap.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadHeldOutPrompts, normalizePrompt } from "./held-out-sets.js";
import { deduplicateExamples, loadRawTrainingExamples, loadTrainingExamples } from "./training-data.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const dataDir = path.resolve(repoRoot, "../shared/data");
const teamFile = path.join(repoRoot, "training/task-examples.jsonl");
const dataOptions = { strongExamplesFile: path.join(repoRoot, "training/strong-need-examples.jsonl") };

describe.skipIf(!existsSync(path.join(dataDir, "routing")) && !process.env.CI)("held-out sets never reach training", () => {
  const heldOut = loadHeldOutPrompts(dataDir);

  it("loads every held-out set with its prompts", () => {
    const sizes = Object.fromEntries([...heldOut].map(([name, prompts]) => [name, prompts.length]));
    expect(sizes["routellm/mt_bench"]).toBeGreaterThanOrEqual(160);
    expect(sizes["routellm/gsm8k"]).toBeGreaterThanOrEqual(1319);
    expect(sizes["routellm/mmlu"]).toBeGreaterThanOrEqual(14042);
    expect(sizes["arena-bench-v1"]).toBeGreaterThanOrEqual(300);
    expect(sizes["mt-bench"]).toBeGreaterThanOrEqual(80);
    expect(sizes["arena-hard-v2"]).toBeGreaterThanOrEqual(750);
    expect(sizes["wizardlm"]).toBeGreaterThanOrEqual(218);
  });

  it("finds no held-out prompt in any training input, turn by turn", () => {
    const { examples } = loadTrainingExamples(dataDir, teamFile, dataOptions);
    expect(examples.length).toBeGreaterThan(5000);
    const trainingTexts = new Set<string>();
    for (const e of examples) {
      trainingTexts.add(normalizePrompt(e.prompt));
      for (const m of e.messages) if (typeof m.content === "string") trainingTexts.add(normalizePrompt(m.content));
    }
    const leaks: string[] = [];
    for (const [name, prompts] of heldOut) for (const p of prompts) {
      const n = normalizePrompt(p);
      if (n && trainingTexts.has(n)) leaks.push(`${name}: ${p.slice(0, 80)}`);
    }
    expect(leaks).toEqual([]);
  });

  it("the team's own examples contain no held-out prompt even before de-duplication", () => {
    const all = new Set([...heldOut.values()].flat().map(normalizePrompt));
    const team = loadRawTrainingExamples(dataDir, teamFile, dataOptions).filter((e) => e.source.startsWith("team"));
    expect(team.length).toBeGreaterThan(600);
    expect(team.filter((e) => e.source === "team-strong").length).toBeGreaterThanOrEqual(200);
    expect(team.filter((e) => all.has(normalizePrompt(e.prompt)))).toEqual([]);
  });

  it("de-duplication really removes a held-out prompt planted in the inputs", () => {
    const planted = heldOut.get("routellm/gsm8k")?.[0] ?? "";
    const index = new Set([normalizePrompt(planted)]);
    const result = deduplicateExamples([{ source: "x", prompt: `  ${planted.toUpperCase()} `, messages: [{ role: "user", content: planted }] }], index);
    expect(result.kept).toEqual([]);
    expect(result.heldOutRemoved).toBe(1);
  });
});
