/**
 * Journey 1.4 and 4.1: a tier of one's own whose first model is also the first model of the tier above it on the
 * ladder. configuration.md's own example (`cheap: [openai/gpt-5-nano]`) sits below `budget`, whose first model is
 * openai/gpt-5-nano too, so an answer from `cheap` that failed a validator was "escalated" to the same model, charged
 * twice, and `config check` called the file valid without a word.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-same-model-escalation-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("warns (exit 0) when a quality retry from a tier would ask the same model again, naming the model and the fix", async () => {
  const file = path.join(dir, "switchyard.yaml");
  writeFileSync(file, "tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: 1024 }\n  smart: { models: [anthropic/claude-sonnet-4.5], max_tokens: 4096 }\ntasks: { chat: cheap, code_generation: smart }\n");
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain(
    "warning: tiers.cheap: an answer from cheap that fails a quality check is retried once on budget, the next tier up, but budget starts with openai/gpt-5-nano too, so the retry asks the same model again and is charged twice. Give one of the two tiers another first model.\n",
  );
  // smart (claude-sonnet-4.5, priced as premium) sits below premium, whose first model is the same one.
  expect(run.stderr).toContain("warning: tiers.smart: an answer from smart that fails a quality check is retried once on premium");
});

it("is quiet when each tier's retry goes to another model", async () => {
  const file = path.join(dir, "distinct.yaml");
  writeFileSync(file, "tiers:\n  cheap: { models: [mistralai/mistral-small-3.2-24b-instruct], max_tokens: 1024 }\ntasks: { chat: cheap }\n");
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).not.toContain("retried once on");
});
