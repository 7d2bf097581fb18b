/**
 * What a config holds, in a few words: `config check` lists it, and `serve` says it at start, so a user sees that the
 * file they wrote was read (and which one).
 * @module
 */
import path from "node:path";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { DEFAULT_TASKS, DEFAULT_TIERS } from "../config/default-config.js";
import { ownValue } from "../core/own-property.js";
import { downgradeTiers } from "../routing/downgrade-tiers.js";
import { DEFAULT_CONFIG_FILE } from "./load-runtime.js";

/** The budgets' count and what a request over a limit gets (`on_exceed`). */
export function budgetSummary(config: SwitchyardConfig): string {
  return config.budgets.length === 0 ? "none" : `${config.budgets.length} (over a limit: ${config.on_exceed})`;
}

/** Each experiment with the share of its matching traffic: "cheaper-code (10% of code_generation)". */
export function experimentSummary(config: SwitchyardConfig): string {
  if (config.experiments.length === 0) return "none";
  return config.experiments
    .map((experiment) => {
      const matched = [experiment.match.task, experiment.match.tier === undefined ? undefined : `tier ${experiment.match.tier}`].filter((part) => part !== undefined).join(" in ");
      return `${experiment.name} (${Math.round(experiment.share * 1000) / 10}% of ${matched || "all traffic"})`;
    })
    .join(", ");
}

/**
 * `serve`'s line about its config: "Config: /abs/switchyard.yaml (tiers: …; budgets: …; experiments: …)", or that none
 * was found and the defaults run. `file` is the file read (relative to `cwd`), undefined when none was.
 */
export function configStartLine(config: SwitchyardConfig, file: string | undefined, cwd: string): string {
  if (file === undefined) return `Config: none (no ./${DEFAULT_CONFIG_FILE} in ${cwd}), so the built-in defaults; pass --config FILE to name one.\n`;
  return `Config: ${path.resolve(cwd, file)} (tiers: ${Object.keys(config.tiers).join(", ")}; budgets: ${budgetSummary(config)}; experiments: ${experimentSummary(config)})\n`;
}

/**
 * `config check`'s tiers, one line each, in ladder order (cheapest first, as escalation and downgrade climb them):
 * whether the tier is the user's or built-in, its size, and the tasks auto routing sends there. It listed every tier
 * of the merged config in one line, the built-in ones first, so a config with tiers of its own showed seven tiers with
 * nothing saying which were the user's, where theirs sat on the ladder, or that the built-in ones still take traffic.
 */
export function tierLines(config: SwitchyardConfig, ladder: readonly string[]): string[] {
  const downgradeTargets = new Set(downgradeTiers(config));
  return ladder.flatMap((name, index) => {
    const tier = ownValue(config.tiers, name);
    if (tier === undefined) return [];
    const tasks = Object.entries(config.tasks).filter(([, target]) => target === name).map(([task]) => task);
    const entries = `${tier.models.length} ${tier.models.length === 1 ? "entry" : "entries"}, max_tokens ${tier.max_tokens}`;
    const reach = tasks.length > 0 ? `tasks ${tasks.join(", ")}` : `no task; ${untaskedReach(ladder, index, downgradeTargets.has(name))}`;
    return [`${name} (${isOwn(DEFAULT_TIERS, name, tier) ? "yours" : "built-in"}, ${entries}): ${reach}`];
  });
}

/**
 * How a tier no task names is reached besides its name and an experiment: the quality retry of a request routed to the
 * tier below (one step up), and a budget downgrade from above when a downgrade may step into it (never a tier of free
 * models unless `routing.include_free`). It said "a downgrade" for every such tier, `free` included, and no retry.
 */
function untaskedReach(ladder: readonly string[], index: number, downgradeTarget: boolean): string {
  const below = index > 0 ? ladder[index - 1] : undefined;
  const ways = [below === undefined ? undefined : `a quality retry from ${below}`, downgradeTarget && index < ladder.length - 1 ? "a budget downgrade from above" : undefined].filter((way) => way !== undefined);
  return ways.length === 0 ? "reached only by name or an experiment" : `reached by name, ${ways.join(", ")} or an experiment`;
}

/** `13 (yours: chat → cheap, analysis → smart)`: the task count, and the mappings the config set or changed. */
export function taskSummary(config: SwitchyardConfig): string {
  const own = Object.entries(config.tasks).filter(([task, tier]) => isOwn(DEFAULT_TASKS, task, tier));
  const count = Object.keys(config.tasks).length;
  return own.length === 0 ? `${count} (the built-in mapping)` : `${count} (yours: ${own.map(([task, tier]) => `${task} → ${tier}`).join(", ")})`;
}

/** True when the config's value under `name` is not the built-in one (added, or replaced with something else). */
function isOwn(builtIn: Readonly<Record<string, unknown>>, name: string, value: unknown): boolean {
  return !Object.hasOwn(builtIn, name) || JSON.stringify(ownValue(builtIn, name)) !== JSON.stringify(value);
}
