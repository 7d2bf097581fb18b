import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRandomClassifier } from "./random-classifier.js";
import { readRouteLlmGsm8k, readRouteLlmMtBench } from "./routellm-datasets.js";
import { runEval } from "./run-eval.js";
import { readScoreMatrix } from "./score-matrix.js";

const dataDir = path.resolve(import.meta.dirname, "../../../shared/data");
const routing = path.join(dataDir, "routing");

describe.skipIf(!existsSync(routing))("dataset readers on the shared data", () => {
  it("drops MT-Bench's contaminated questions and averages both turns", () => {
    const data = readRouteLlmMtBench(path.join(routing, "routellm/mt_bench"));
    expect(data.items.length + data.dropped).toBe(80);
    expect(data.dropped).toBe(8);
    for (const item of data.items) expect(item.strongScore).toBeGreaterThanOrEqual(1);
  });

  it("reads GSM8K correctness and drops contaminated prompts", () => {
    const data = readRouteLlmGsm8k(path.join(routing, "routellm/gsm8k"));
    expect(data.items.length).toBe(1307);
    expect(data.items.every((i) => i.strongScore === 0 || i.strongScore === 1)).toBe(true);
  });

  it("reads the arena-bench-v1 matrix with its empty cells missing", () => {
    const matrix = readScoreMatrix(path.join(routing, "arena-bench-v1"));
    expect(matrix?.items.length).toBe(300);
    expect(matrix?.models.length).toBe(16);
    const empty = matrix?.items.reduce((n, i) => n + Object.values(i.scores).filter((s) => s === undefined).length, 0);
    expect(empty).toBe(40);
  });

  it("evaluates the random router near APGR 0.5 on MMLU and finds a 95% point on arena-bench-v1", () => {
    const [mmlu] = runEval([createRandomClassifier(0)], { dataset: "mmlu", dataDir, cwd: process.cwd() });
    expect(mmlu?.kind).toBe("routellm");
    if (mmlu?.kind === "routellm") expect(Math.abs(mmlu.apgr - 0.5)).toBeLessThan(0.08);
    const [arena] = runEval([createRandomClassifier(0)], { dataset: "arena-bench-v1", dataDir, cwd: process.cwd() });
    expect(arena?.kind).toBe("ladder");
    if (arena?.kind === "ladder") {
      expect(arena.curve[0]?.shares[0]).toBe(1);
      for (let i = 1; i < arena.curve.length; i++) {
        expect(arena.curve[i]?.cost ?? 0).toBeGreaterThan(arena.curve[i - 1]?.cost ?? 0);
        expect(arena.curve[i]?.score ?? 0).toBeGreaterThan(arena.curve[i - 1]?.score ?? 0);
      }
      expect(arena.cheapest_at_95?.score ?? 0).toBeGreaterThanOrEqual(arena.target_score);
    }
  });
});
