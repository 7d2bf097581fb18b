import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/main.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const hasData = existsSync(path.resolve(repoRoot, "../shared/data/routing"));

function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {}, cwd: repoRoot }, out, err };
}

describe.skipIf(!hasData)("switchyard eval", () => {
  it("prints RouteLLM metrics as JSON for one router, progress on stderr, and writes an SVG", async () => {
    const { io, out, err } = memoryIo();
    const plot = path.join(mkdtempSync(path.join(tmpdir(), "sy-eval-")), "curve.svg");
    const code = await runCli(["eval", "mt_bench", "--router", "learned", "--json", "--plot", plot], io);
    expect(code).toBe(0);
    const result = JSON.parse(out.join("")) as Record<string, unknown>;
    expect(result).toMatchObject({ dataset: "routellm/mt_bench", router: "learned", n: 72 });
    for (const key of ["strong", "weak", "apgr", "cpt_20", "cpt_50", "cpt_80", "curve"]) expect(result).toHaveProperty(key);
    expect(err.join("")).toContain("72 prompts");
    expect(readFileSync(plot, "utf8")).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it("compares several routers in one run and rejects an unknown router or dataset", async () => {
    const many = memoryIo();
    expect(await runCli(["eval", "gsm8k", "--router", "random,heuristic", "--json"], many.io)).toBe(0);
    expect((JSON.parse(many.out.join("")) as { router: string }[]).map((r) => r.router)).toEqual(["random", "heuristic"]);
    const bad = memoryIo();
    expect(await runCli(["eval", "gsm8k", "--router", "oracle"], bad.io)).toBe(1);
    expect(bad.err.join("")).toContain("Valid routers: random, heuristic, learned");
    const missing = memoryIo();
    expect(await runCli(["eval", "no-such-set"], missing.io)).toBe(1);
    expect(missing.err.join("")).toContain("Unknown dataset");
    // Run elsewhere, the default data folder is not there: the message says so and names the flag.
    const elsewhere = memoryIo();
    expect(await runCli(["eval", "mt_bench", "--data-dir", "/nonexistent/shared/data"], elsewhere.io)).toBe(1);
    expect(elsewhere.err.join("")).toMatch(/data folder \/nonexistent\/shared\/data does not exist.*--data-dir/);
    const empty = memoryIo();
    expect(await runCli(["eval", "mt_bench", "--online", "--final-share", "0"], empty.io)).toBe(1);
    expect(empty.err.join("")).toMatch(/--final-share must be between 0\.05 and 0\.9/);
  });

  it("refuses bad numbers, an unwritable --plot and a bad --ladder before it runs, naming the flag", async () => {
    // A model twice on the ladder was scored as two rungs (one paid twice, the curve's steps counted twice).
    const twice = path.join(mkdtempSync(path.join(tmpdir(), "sy-eval-ladder-")), "ladder.json");
    const rung = (model: string, price: number): unknown => ({ model, usd_per_million_tokens: price });
    writeFileSync(twice, JSON.stringify([rung("mistralai/Mistral-7B-Instruct-v0.1", 0.2), rung("gpt-4-1106-preview", 20), rung("mistralai/Mistral-7B-Instruct-v0.1", 30)]));
    // An empty file was told the dataset "has no default tier ladder" (it has one); a price past any model's made the
    // curve's costs Infinity, printed as null.
    const empty = path.join(path.dirname(twice), "empty.json");
    writeFileSync(empty, "[]");
    const dear = path.join(path.dirname(twice), "dear.json");
    writeFileSync(dear, JSON.stringify([rung("mistralai/Mistral-7B-Instruct-v0.1", 0.2), rung("gpt-4-1106-preview", 1e308)]));
    const cases: [string[], RegExp][] = [
      [["eval", "arena-bench-v1", "--ladder", empty], /--ladder .*empty\.json lists 0 rungs; routing needs two or more/],
      [["eval", "arena-bench-v1", "--ladder", dear], /--ladder .*dear\.json\[1\]: usd_per_million_tokens 1e\+308 is past any model's price \(at most 100000\)/],
      [["eval", "arena-bench-v1", "--ladder", twice], /--ladder .*ladder\.json: \[2\] names mistralai\/Mistral-7B-Instruct-v0\.1 again \(as \[0\] does\); each rung is a different model/],
      [["eval", "mt_bench", "--num-results", "0"], /--num-results must be a whole number from 2 to 1000 \(got "0"\)/],
      [["eval", "mt_bench", "--seed", "1.5"], /--seed must be a whole number/],
      [["eval", "mt_bench", "--online", "--seed", "4294967296"], /--seed must be a whole number from 0 to 4294967295/],
      [["eval", "mt_bench", "--online", "--retrain-every", "0.3"], /--retrain-every must be a whole number from 1 .*got "0\.3"/],
      [["eval", "mt_bench", "--plot", "/tmp"], /--plot \/tmp is a directory/],
      [["eval", "mt_bench", "--online", "--plot", "/nonexistent/dir/x.svg"], /--plot \/nonexistent\/dir\/x\.svg cannot be written: its folder \/nonexistent\/dir does not exist/],
      [["eval", "alpaca-eval", "--ladder", "/nonexistent.json"], /--ladder \/nonexistent\.json cannot be read as JSON: no such file/],
    ];
    for (const [argv, expected] of cases) {
      const run = memoryIo();
      const started = performance.now();
      expect(await runCli(argv, run.io), argv.join(" ")).toBe(1);
      expect(run.err.join(""), argv.join(" ")).toMatch(expected);
      expect(run.out.join("")).toBe("");
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it("replaces only an earlier chart with --plot, never another file (a config named by a slip of the tab key)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sy-eval-plot-"));
    const config = path.join(dir, "switchyard.yaml");
    writeFileSync(config, "routing:\n  quality: 0.5\n");
    for (const online of [[], ["--online"]]) {
      const run = memoryIo();
      expect(await runCli(["eval", "mt_bench", ...online, "--plot", config], run.io)).toBe(1);
      expect(run.err.join("")).toContain(`--plot ${config} exists and is not an SVG chart, so it is not replaced`);
    }
    expect(readFileSync(config, "utf8")).toBe("routing:\n  quality: 0.5\n");
    const chart = path.join(dir, "curve.svg");
    writeFileSync(chart, '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
    const { io } = memoryIo();
    expect(await runCli(["eval", "mt_bench", "--plot", chart], io)).toBe(0);
    expect(readFileSync(chart, "utf8")).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it("evaluates the product default router (learned) when --router is omitted", async () => {
    const { io, out } = memoryIo();
    expect(await runCli(["eval", "mt_bench", "--json"], io)).toBe(0);
    expect(JSON.parse(out.join(""))).toMatchObject({ router: "learned" });
  });

  it("reports the cheapest 95% operating point on a score matrix", async () => {
    const { io, out } = memoryIo();
    expect(await runCli(["eval", "arena-bench-v1", "--router", "learned", "--json"], io)).toBe(0);
    const result = JSON.parse(out.join("")) as { ladder: unknown[]; curve: unknown[]; cheapest_at_95?: { score: number }; target_score: number };
    expect(result.ladder).toHaveLength(3);
    expect(result.cheapest_at_95?.score ?? 0).toBeGreaterThanOrEqual(result.target_score);
  });
});
