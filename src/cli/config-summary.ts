/**
 * What a config holds, in a few words: `config check` lists it, and `serve` says it at start, so a user sees that the
 * file they wrote was read (and which one).
 * @module
 */
import path from "node:path";
import type { SwitchyardConfig } from "../config/config-schema.js";
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
