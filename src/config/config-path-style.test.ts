/**
 * One path style in every config message, the docs' and the warnings' (`budgets[2]`): errors wrote `budgets.0.window`
 * while `config check` warned about `budgets[2]` for the same list, so a user saw two spellings of one place.
 */
import { describe, expect, it } from "vitest";
import { createPromptRedactor } from "../log/redact-prompt.js";
import { duplicateBudgetWarnings } from "./config-warnings.js";
import { parseConfig, parseConfigText, safeParseConfig } from "./parse-config.js";

function pathsOf(input: unknown): string[] {
  const result = safeParseConfig(input);
  if (result.success) throw new Error("expected the config to be refused");
  return result.error.issues.map((issue) => issue.path);
}

const DOTTED_INDEX = /\.\d+(\.|$)/;

describe("config paths are written as the docs write them", () => {
  it("a list's position is in brackets in schema errors, reference errors and policy errors alike", () => {
    const schemaPaths = pathsOf({ budgets: [{ scope: "global", window: "fortnight", limit_usd: 5 }, { scope: "global", window: "day", limit: 2 }] });
    expect(schemaPaths).toEqual(expect.arrayContaining(["budgets[0].window", "budgets[1]"]));
    const referencePaths = pathsOf({
      budgets: [{ scope: "tier", name: "platinum", window: "day", limit_usd: 1 }],
      experiments: [{ name: "a", share: 0.5, variant: { tier: "mid" } }, { name: "a", share: 0.5, variant: { tier: "nope" } }],
      learning: { judge: { model: "openai/gpt-5-nano", budget_usd: 1, tiers: ["premum"] } },
    });
    expect(referencePaths).toEqual(expect.arrayContaining(["budgets[0].name", "experiments[1].name", "experiments[1].variant.tier", "learning.judge.tiers[0]"]));
    const policyPaths = pathsOf({ routing: { provider_policy: "enforce", allow_providers: ["openai", "deepinfra"], deny_providers: ["deepinfra"] } });
    expect(policyPaths).toContain("routing.allow_providers[1]");
    for (const path of [...schemaPaths, ...referencePaths, ...policyPaths]) expect(path).not.toMatch(DOTTED_INDEX);
  });

  it("the messages that name another place name it the same way", () => {
    const duplicate = safeParseConfig({ experiments: [{ name: "a", share: 0.5, variant: { tier: "mid" } }, { name: "a", share: 0.5, variant: { tier: "mid" } }] });
    expect(duplicate.success ? "" : duplicate.error.message).toContain('experiments[1].name: "a" is already the name of experiments[0]');
    const misplaced = safeParseConfig({ budgets: [{ scope: "global", window: "day", limit_usd: 1, on_exceed: "reject" }] });
    expect(misplaced.success ? "" : misplaced.error.message).toContain("move it out of budgets[0]");
  });

  it("a YAML loop and a reserved key inside a list, and a bad log.redact pattern, too", () => {
    const loop = () => parseConfigText("tiers:\n  cheap:\n    models: &m [openai/gpt-5-nano, *m]\n    max_tokens: 512\n");
    expect(loop).toThrow(/tiers\.cheap\.models\[1\]: refers to a value that contains it/);
    expect(pathsOf(JSON.parse('{"budgets": [{"__proto__": 1}]}'))).toEqual(["budgets[0].__proto__"]);
    expect(() => createPromptRedactor(["ok", "(unclosed"])).toThrow(/log\.redact\[1\]: "\(unclosed" is not a valid regular expression/);
  });

  it("as the warnings already did", () => {
    const config = parseConfig({ budgets: [{ scope: "global", window: "day", limit_usd: 5 }, { scope: "global", window: "day", limit_usd: 50 }] });
    expect(duplicateBudgetWarnings(config).join("\n")).toContain("budgets[1]: the same budget as budgets[0]");
  });
});
