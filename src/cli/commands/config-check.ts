/**
 * `switchyard config check [F]` and `switchyard config schema`.
 * @module
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { createPromptRedactor } from "../../log/redact-prompt.js";
import { loadRouterLearning } from "../../routing/adapter/load-router-learning.js";
import { missingTierModelWarnings } from "../../routing/missing-tier-models.js";
import { resolveTelemetry } from "../../server/telemetry/telemetry-settings.js";
import { loadLatencySeedFile } from "../../routing/latency/load-latency-seed.js";
import { configJsonSchema } from "../../config/config-json-schema.js";
import { configWarnings } from "../../config/config-warnings.js";
import { sameModelEscalationWarnings } from "../../routing/same-model-escalation.js";
import { ConfigError } from "../../core/errors/index.js";
import { budgetSummary, experimentSummary, taskSummary, tierLines } from "../config-summary.js";
import { tierLadder } from "../../routing/tier-ladder.js";
import type { CliIo } from "../cli-io.js";
import { DEFAULT_CONFIG_FILE, loadConfigFile, loadOfflineCatalog } from "../load-runtime.js";
import { helpExamples } from "../help-examples.js";

/** Registers `config check` and `config schema`. */
export function registerConfigCommand(program: Command, io: CliIo): void {
  const config = program.command("config").description("validate the config or print its JSON Schema")
    .addHelpText("after", helpExamples("switchyard config check", "switchyard config check ./deploy/switchyard.yaml", "switchyard config schema > switchyard.schema.json"));
  config
    .command("check")
    .description("validate a config file; exits 1 with every problem listed, and warns (exit 0) about tier model ids the catalog lacks, task names auto routing never reads (a misspelled one gets a did-you-mean), tiers of your own no task reaches, a quality retry that would ask the same model again, a budget written twice, a file with no settings and a top-level x- key named like a setting")
    .addHelpText("after", `
Examples:
  $ switchyard config check
  $ switchyard config check ./deploy/switchyard.yaml --catalog models.json
`)
    .argument("[file]", `config file (default: ./${DEFAULT_CONFIG_FILE}, else the built-in defaults)`)
    .option("--catalog <file>", "check tier model ids against a /models JSON file (default: the cached live catalog, else the built-in one)")
    .action(async (given: string | undefined, options: { catalog?: string }) => {
      const parsed = await loadConfigFile(given, io.cwd, (warning) => io.stderr(`warning: ${warning}\n`));
      const file = given ?? (existsSync(path.resolve(io.cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
      // The files the config names are read as `serve` reads them, so a config that passes here also starts. Their
      // errors name the config file, as the schema's do ("Invalid config in F"), not only the setting.
      try {
        await loadRouterLearning(parsed, io.cwd);
        if (parsed.routing.latency_seed) await loadLatencySeedFile(path.resolve(io.cwd, parsed.routing.latency_seed));
        createPromptRedactor(parsed.log.redact);
        resolveTelemetry(parsed, io.env);
      } catch (error) {
        if (error instanceof ConfigError && error.file === undefined && file !== undefined) throw new ConfigError(error.issues, file);
        throw error;
      }
      // Explicit ids are checked as `serve` checks them at start: a missing one is skipped there, named here.
      const catalog = await loadOfflineCatalog(options, parsed, io);
      const modelWarnings = missingTierModelWarnings(parsed, catalog);
      const retryWarnings = sameModelEscalationWarnings(parsed, catalog, Date.now());
      for (const warning of [...configWarnings(parsed), ...modelWarnings, ...retryWarnings]) io.stderr(`warning: ${warning}\n`);
      if (modelWarnings.length > 0 && catalog.source === "builtin") {
        io.stderr("warning: those ids were checked against the built-in catalog (no cached live copy here): run `switchyard catalog refresh`, or pass --catalog FILE, to check against the live list.\n");
      }
      const tiers = tierLines(parsed, tierLadder(parsed, catalog, Date.now())).map((line) => `\n    ${line}`).join("");
      io.stdout(`${file === undefined ? `No ./${DEFAULT_CONFIG_FILE} here: the built-in defaults apply, and they are valid.` : `${file} is valid.`}\n  tiers, cheapest first (the escalation and downgrade ladder):${tiers}\n  tasks: ${taskSummary(parsed)}\n  budgets: ${budgetSummary(parsed)}\n  experiments: ${experimentSummary(parsed)}\n  catalog: ${catalog.source} (${catalog.size} models)\n`);
    });
  config
    .command("schema")
    .description("print the config's JSON Schema (for editors)")
    .addHelpText("after", helpExamples("switchyard config schema > switchyard.schema.json   # then, first line of switchyard.yaml: # yaml-language-server: $schema=./switchyard.schema.json"))
    .action(() => {
      io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    });
}
