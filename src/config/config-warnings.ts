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

/** One warning per added task whose name looks like a misspelled built-in task. */
export function taskNameWarnings(config: SwitchyardConfig): string[] {
  const builtin = Object.keys(DEFAULT_TASKS);
  const warnings: string[] = [];
  for (const task of Object.keys(config.tasks)) {
    if (builtin.includes(task)) continue;
    const guess = closestName(task, builtin, 1 / 4);
    if (guess === undefined) continue;
    warnings.push(`tasks.${task}: not a built-in task, so it adds a new task "${task}" and ${JSON.stringify(guess)} keeps its tier (${ownValue(config.tasks, guess) ?? ownValue(DEFAULT_TASKS, guess) ?? "none"}); did you mean ${JSON.stringify(guess)}?`);
  }
  return warnings;
}
