/**
 * What a valid config may still have wrong: a task name a few letters off a built-in one is taken as a new task
 * (config can add tasks), so `tasks: { chaat: mid }` passes validation while `chat` keeps its old tier. `config
 * check` says so instead of calling the file simply valid.
 * @module
 */
import { closestName } from "../core/closest-name.js";
import type { SwitchyardConfig } from "./config-schema.js";
import { ownValue } from "../core/own-property.js";
import { DEFAULT_TASKS } from "./default-config.js";
import { unreachedTierWarnings } from "./unreached-tier-warnings.js";

/** One warning per added task: a did-you-mean when it looks like a misspelled built-in task, else how it is reached. */
export function taskNameWarnings(config: SwitchyardConfig): string[] {
  const builtin = Object.keys(DEFAULT_TASKS);
  const warnings: string[] = [];
  for (const task of Object.keys(config.tasks)) {
    if (builtin.includes(task)) continue;
    const guess = closestName(task, builtin, 1 / 4);
    if (guess === undefined) {
      // A name too far off for a guess (`codegen`): the classifier reads only the built-in tasks, so say how it is reached.
      warnings.push(`tasks.${task}: not a built-in task, so it adds a new task "${task}" that auto routing never reads a request as; a request reaches it only by naming it (model switchyard/task/${task}, switchyard: { task: ${task} } or the header x-switchyard-task: ${task}). To move a built-in task, map it by its own name (built-in tasks: ${builtin.join(", ")}).`);
      continue;
    }
    warnings.push(`tasks.${task}: not a built-in task, so it adds a new task "${task}" and ${JSON.stringify(guess)} keeps its tier (${ownValue(config.tasks, guess) ?? ownValue(DEFAULT_TASKS, guess) ?? "none"}); did you mean ${JSON.stringify(guess)}?`);
  }
  return warnings;
}

/**
 * One warning per budget that repeats an earlier one's scope, name and window. Such budgets count the same spend and
 * the strictest limit holds (budget/match-budgets.ts), so the other never does: a limit raised by adding a line
 * instead of editing the old one stayed at the old value without a word.
 */
export function duplicateBudgetWarnings(config: SwitchyardConfig): string[] {
  const first = new Map<string, { index: number; limitUsd: number }>();
  const warnings: string[] = [];
  config.budgets.forEach((budget, index) => {
    const target = [budget.scope, ...(budget.name === undefined ? [] : [budget.name]), budget.window].join(", ");
    const earlier = first.get(target);
    if (earlier === undefined) {
      first.set(target, { index, limitUsd: budget.limit_usd });
      return;
    }
    const limits = [earlier.limitUsd, budget.limit_usd];
    const held = Math.min(...limits);
    const never = limits.filter((limit) => limit !== held);
    const lost = never.length === 0 ? "the two limits are the same" : `$${never.join(", $")} never does`;
    warnings.push(`budgets[${index}]: the same budget as budgets[${earlier.index}] (${target}); budgets on one scope and window count the same spend, so only the strictest limit ($${held}) holds and ${lost}. Keep one.`);
  });
  return warnings;
}


/**
 * `on_exceed: downgrade` with no `budgets:`: the only limits left for it are virtual keys' own (`keys create
 * --daily-budget-usd`), which the config cannot see. A file written to "downgrade past $5 a day" that forgot the budget
 * started with no cap and no word, so it is said, with both ways to give the setting something to act on.
 */
export function downgradeWithoutBudgetWarnings(config: SwitchyardConfig): string[] {
  if (config.on_exceed !== "downgrade" || config.budgets.length > 0) return [];
  return [
    "on_exceed: downgrade, but the config sets no budgets, so it acts only on a virtual key's own daily or monthly limit (keys create --daily-budget-usd N); with no such key nothing is ever downgraded. If no key has a limit of its own, add a budget (budgets: [{ scope: global, window: day, limit_usd: 5 }]) or remove on_exceed.",
  ];
}

/**
 * Every warning about a valid config that needs no catalog, in the order `config check` and `serve` print them. Both
 * call this one function, so a warning added here is said by both (each listed the same functions, and a new one had
 * to be added twice). The catalog's warnings (tier model ids it lacks, a quality retry to the same model) are
 * `routing/`'s, given the catalog each surface loads.
 */
export function configWarnings(config: SwitchyardConfig): string[] {
  return [...taskNameWarnings(config), ...duplicateBudgetWarnings(config), ...downgradeWithoutBudgetWarnings(config), ...unreachedTierWarnings(config)];
}
