/**
 * `config check`'s summary of a valid config names what the first journey writes (PRODUCT journeys 1.4 and 2.3): what
 * a budget does when a request would exceed it, and the experiments that will run. It listed "budgets: 1" and no
 * experiments, so a user could not see that `on_exceed: downgrade` or a new experiment was read.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("names the budgets' on_exceed and each experiment with its share and match", async () => {
  const file = path.join(dir, "switchyard.yaml");
  writeFileSync(
    file,
    "on_exceed: downgrade\nbudgets:\n  - { scope: global, window: day, limit_usd: 5 }\nexperiments:\n  - name: cheaper-code\n    match: { task: code_generation }\n    share: 0.1\n    variant: { tier: budget }\n",
  );
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain("  budgets: 1 (over a limit: downgrade)\n");
  expect(run.stdout).toContain("  experiments: cheaper-code (10% of code_generation)\n");
});

it("says none when no budget or experiment is set", async () => {
  const empty = mkdtempSync(path.join(dir, "defaults-"));
  const run = await runCliCaptured(["config", "check"], { cwd: empty });
  expect(run.stdout).toContain("  budgets: none\n");
  expect(run.stdout).toContain("  experiments: none\n");
});

it("warns (exit 0) that two tiers of one's own with no task naming them are never picked by auto routing (journey 1.4)", async () => {
  const file = path.join(dir, "own-tiers.yaml");
  writeFileSync(file, "tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: 1024 }\n  smart: { models: [anthropic/claude-sonnet-4.5], max_tokens: 4096 }\ntasks:\n  code_generation: smart\n");
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain("warning: tiers.cheap: no task names it, so auto routing never picks it; it is reached only as switchyard/tier/cheap");
  expect(run.stderr).not.toContain("tiers.smart: no task names it");
});

it("warns (exit 0) that a budget written twice for one scope and window holds only its strictest limit", async () => {
  // A limit raised by adding a line instead of editing the old one: the old $5 held, the new $50 never did, unsaid.
  const file = path.join(dir, "twice.yaml");
  writeFileSync(file, "budgets:\n  - { scope: global, window: day, limit_usd: 5 }\n  - { scope: task, name: chat, window: month, limit_usd: 9 }\n  - { scope: global, window: day, limit_usd: 50 }\n");
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain("warning: budgets[2]: the same budget as budgets[0] (global, day); budgets on one scope and window count the same spend, so only the strictest limit ($5) holds and $50 never does. Keep one.\n");
  expect(run.stderr).not.toContain("budgets[1]");
});

it("warns (exit 0) that on_exceed: downgrade with no budget acts only on a key's own limit", async () => {
  // A file meant to "downgrade past $5 a day" that left out the budget passed as valid, with no cap and no word.
  const file = path.join(dir, "downgrade-alone.yaml");
  writeFileSync(file, "on_exceed: downgrade\n");
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain("warning: on_exceed: downgrade, but the config sets no budgets, so it acts only on a virtual key's own daily or monthly limit (keys create --daily-budget-usd N); with no such key nothing is ever downgraded. If no key has a limit of its own, add a budget");
  const budgeted = path.join(dir, "downgrade-budgeted.yaml");
  writeFileSync(budgeted, "on_exceed: downgrade\nbudgets:\n  - { scope: global, window: day, limit_usd: 5 }\n");
  expect((await runCliCaptured(["config", "check", budgeted], { cwd: dir })).stderr).not.toContain("on_exceed");
});

it("lists the tiers a config of its own yields in ladder order, which are the user's, and the tasks each gets", async () => {
  // It printed "tiers: free (...), budget (...), ..., premium (...), cheap (...), smart (...)": seven tiers, the
  // built-in ones first, nothing saying which were the user's, where theirs sat on the ladder or what reached them.
  const file = path.join(dir, "ladder.yaml");
  writeFileSync(file, "tiers:\n  cheap: { models: [mistralai/mistral-small-3.2-24b-instruct], max_tokens: 1024 }\n  smart: { models: [openai/gpt-5], max_tokens: 4096 }\ntasks:\n  chat: cheap\n  analysis: smart\n");
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  const tierBlock = run.stdout.split("  tiers, cheapest first (the escalation and downgrade ladder):\n")[1]?.split("\n  tasks:")[0] ?? "";
  const lines = tierBlock.split("\n").map((line) => line.trim());
  expect(lines.map((line) => line.split(" ")[0])).toEqual(["free", "cheap", "budget", "mid", "standard", "smart", "premium"]);
  expect(lines[1]).toBe("cheap (yours, 1 entry, max_tokens 1024): tasks chat");
  expect(lines[2]).toBe("budget (built-in, 4 entries, max_tokens 1024): tasks classification, extraction, translation, simple_qa");
  expect(lines[5]).toBe("smart (yours, 1 entry, max_tokens 4096): tasks analysis");
  expect(lines[0]).toContain("free (built-in, 3 entries, max_tokens 1024): no task;");
  expect(run.stdout).toContain("  tasks: 13 (yours: chat → cheap, analysis → smart)\n");
});

it("says the defaults' tasks are the built-in mapping", async () => {
  const empty = mkdtempSync(path.join(dir, "defaults-tasks-"));
  const run = await runCliCaptured(["config", "check"], { cwd: empty });
  expect(run.stdout).toContain("  tasks: 13 (the built-in mapping)\n");
  expect(run.stdout).toContain("    budget (built-in, 4 entries, max_tokens 1024): tasks ");
});
