/**
 * Journey 1.4: `tasks: { codegen: smart }` (a short name for code_generation, too far off for a "did you mean") passed
 * `config check` as valid without a word, while every auto-routed code request still went to code_generation's tier.
 */
import { describe, expect, it } from "vitest";
import { downgradeWithoutBudgetWarnings, taskNameWarnings } from "./config-warnings.js";
import { parseConfig } from "./parse-config.js";

describe("taskNameWarnings", () => {
  // The request's own `switchyard.task` field reaches a config task too (PRODUCT §4): "reached only as
  // switchyard/task/codegen or x-switchyard-task" left it out, so a client using the field read that it could not.
  it("says a new task that is no built-in's typo is never read by auto routing, how it is reached, and the built-in names", () => {
    const warnings = taskNameWarnings(parseConfig({ tiers: { smart: { models: ["openai/gpt-5"], max_tokens: 4096 } }, tasks: { codegen: "smart" } }));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^tasks\.codegen: not a built-in task, so it adds a new task "codegen" that auto routing never reads a request as; a request reaches it only by naming it \(model switchyard\/task\/codegen, switchyard: \{ task: codegen \} or the header x-switchyard-task: codegen\)\. To move a built-in task, map it by its own name \(built-in tasks: classification, .*code_generation.*\)\.$/,
      ),
    ]);
  });

  it("keeps the did-you-mean for a typo, and is quiet for built-in tasks", () => {
    const warnings = taskNameWarnings(parseConfig({ tasks: { chaat: "mid", code_generation: "premium" } }));
    expect(warnings).toEqual([expect.stringMatching(/^tasks\.chaat: not a built-in task, so it adds a new task "chaat" and "chat" keeps its tier \(budget\); did you mean "chat"\?$/)]);
  });
});

describe("downgradeWithoutBudgetWarnings", () => {
  it("warns only when on_exceed is downgrade and the config sets no budget", () => {
    expect(downgradeWithoutBudgetWarnings(parseConfig({ on_exceed: "downgrade" }))).toEqual([expect.stringMatching(/^on_exceed: downgrade, but the config sets no budgets, so it acts only on a virtual key's own daily or monthly limit/)]);
    expect(downgradeWithoutBudgetWarnings(parseConfig({ on_exceed: "downgrade", budgets: [{ scope: "global", window: "day", limit_usd: 5 }] }))).toEqual([]);
    expect(downgradeWithoutBudgetWarnings(parseConfig({}))).toEqual([]);
    // A gateway whose keys carry their own limits uses downgrade as meant: "remove on_exceed" said flatly would have
    // them refused 402 instead, so the fix is offered only for a gateway whose keys have none.
    expect(downgradeWithoutBudgetWarnings(parseConfig({ on_exceed: "downgrade" }))[0]).toMatch(/If no key has a limit of its own, add a budget \(budgets: \[\{ scope: global, window: day, limit_usd: 5 \}\]\) or remove on_exceed\.$/);
  });
});
