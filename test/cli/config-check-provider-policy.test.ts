/**
 * `config check` under `routing.provider_policy: enforce` (ADR 0054): settings the policy would refuse on every use
 * fail the check with the path and the reason, instead of failing each request or judge call later. Under `prefer`
 * the same file is valid, as it was before the setting existed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-config-policy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = (policy: string): string => `routing:
  provider_policy: ${policy}
  allow_providers: [openai, DeepInfra/turbo]
  deny_providers: [deepinfra]
  deny_authors: [anthropic]
learning:
  judge: { model: anthropic/claude-sonnet-4.5, budget_usd: 1 }
experiments:
  - { name: try-claude, share: 0.1, variant: { model: anthropic/claude-haiku-4.5 } }
  - { name: try-router, share: 0.1, variant: { model: openrouter/auto } }
`;

it("fails a config whose judge, experiment models or provider lists enforce would refuse, naming each", async () => {
  const file = path.join(dir, "enforce.yaml");
  writeFileSync(file, FILE("enforce"));
  const run = await runCliCaptured(["config", "check", file], { cwd: dir });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('routing.allow_providers[1]: "DeepInfra/turbo" is also denied by routing.deny_providers ("deepinfra")');
  expect(run.stderr).toContain("learning.judge.model: anthropic/claude-sonnet-4.5 is by anthropic, which routing.deny_authors lists: under provider_policy: enforce the judge would send every sampled conversation to it");
  expect(run.stderr).toContain("experiments[0].variant.model: anthropic/claude-haiku-4.5 is by anthropic, which routing.deny_authors lists");
  expect(run.stderr).toContain("experiments[1].variant.model: openrouter/auto is a router that may answer with any author's model");
});

it("accepts the same file under prefer, and refuses a policy it does not know with the valid choices", async () => {
  const prefer = path.join(dir, "prefer.yaml");
  writeFileSync(prefer, FILE("prefer"));
  const run = await runCliCaptured(["config", "check", prefer], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  const typo = path.join(dir, "typo.yaml");
  writeFileSync(typo, "routing: { provider_policy: strict }\n");
  const refused = await runCliCaptured(["config", "check", typo], { cwd: dir });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/routing\.provider_policy: .*"prefer", "enforce"/);
});
