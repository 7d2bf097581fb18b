/**
 * `eval --router ""` (an unset shell variable) evaluated no router, printed `[]` (or "no results") and exited 0; a
 * router named twice was scored twice, two identical results side by side.
 */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

async function matrixDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "switchyard-eval-routers-"));
  await mkdir(path.join(dir, "team"));
  await writeFile(path.join(dir, "team", "score-matrix.csv"), "prompt,model-a,model-b\nhello,0.2,0.9\nworld,0.5,0.6\n");
  await writeFile(path.join(dir, "ladder.json"), JSON.stringify([{ model: "model-a", usd_per_million_tokens: 0.1 }, { model: "model-b", usd_per_million_tokens: 1 }]));
  return dir;
}

describe("eval --router", () => {
  it("refuses a list that names no router, and a router named twice", async () => {
    const cwd = await matrixDir();
    for (const [given, message] of [["", /--router names no router/], [" , ", /--router names no router/], ["heuristic,heuristic", /--router names heuristic twice/]] as const) {
      const run = await runCliCaptured(["eval", "team", "--ladder", "ladder.json", "--router", given, "--json"], { cwd });
      expect(run.code, given).toBe(1);
      expect(run.stderr, given).toMatch(message);
      expect(run.stdout, given).toBe("");
    }
  });
});
