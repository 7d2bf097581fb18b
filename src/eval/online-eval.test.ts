import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/main.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const hasData = existsSync(path.resolve(repoRoot, "../shared/data/routing"));
// A small development stream (RouterBench MBPP test rows): fast, and never a held-out set.
const DEV_STREAM = "routing/routerbench-zs/mbpp_test.csv";

function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {}, cwd: repoRoot }, out, err };
}

describe.skipIf(!hasData)("switchyard eval --online", () => {
  it("prints {dataset, n, final_share, static, adapted, curve} as JSON, deterministically, with a plot", async () => {
    const first = memoryIo();
    const plot = path.join(mkdtempSync(path.join(tmpdir(), "sy-online-")), "curve.svg");
    expect(await runCli(["eval", DEV_STREAM, "--online", "--json", "--seed", "3", "--plot", plot], first.io)).toBe(0);
    const report = JSON.parse(first.out.join("")) as Record<string, unknown> & { static: Record<string, number>; adapted: Record<string, number>; curve: unknown[]; exploration: { share: number } };
    expect(report).toMatchObject({ dataset: "routerbench-zs/mbpp_test", final_share: 0.3 });
    expect(report.n).toBeGreaterThan(100);
    for (const metrics of [report.static, report.adapted]) {
      expect(metrics.apgr).toEqual(expect.any(Number));
      expect(metrics.cpt_50).toEqual(expect.any(Number));
    }
    expect(report.curve.length).toBeGreaterThan(5);
    expect(report.exploration.share).toBeLessThanOrEqual(0.05);
    // Too few outcomes to fit an adapter: it says so and the final slice is routed exactly as static.
    expect(report.adapted.adapter_active).toBe(0);
    expect(report.adapted.apgr).toBe(report.static.apgr);
    expect(report.verdict).toContain("static router was kept");
    expect(first.err.join("")).toContain("streaming");
    expect(readFileSync(plot, "utf8")).toMatch(/^<svg[\s\S]*learning curve[\s\S]*<\/svg>$/);
    const again = memoryIo();
    expect(await runCli(["eval", DEV_STREAM, "--online", "--json", "--seed", "3"], again.io)).toBe(0);
    expect(again.out.join("")).toBe(first.out.join(""));
  });

  it("rejects a bad learner, several routers and a dataset without per-model outcomes", async () => {
    const learner = memoryIo();
    expect(await runCli(["eval", DEV_STREAM, "--online", "--learner", "oracle"], learner.io)).toBe(1);
    expect(learner.err.join("")).toContain("--learner must be one of batch, bandit");
    const many = memoryIo();
    expect(await runCli(["eval", DEV_STREAM, "--online", "--router", "learned,heuristic"], many.io)).toBe(1);
    expect(many.err.join("")).toContain("one router at a time");
    const tasks = memoryIo();
    expect(await runCli(["eval", "task-candidates", "--online"], tasks.io)).toBe(1);
    expect(tasks.err.join("")).toContain("needs per-model outcomes");
  });
});
