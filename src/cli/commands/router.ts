/**
 * `switchyard router shadow|promote|rollback|status`: the candidate router's way from shadow to default.
 * - `shadow FILE` runs an adapter in shadow (logged for every auto decision, no effect on traffic); `--off` stops it;
 * - `promote [FILE] --experiment NAME` makes it the default, only when the experiment's verdict shows lower cost
 *   without lower quality at 95% confidence (`--force` skips the gate, and says so in the record);
 * - `rollback` restores the router in use before the last promotion;
 * - `status` prints the state and the promotion history.
 * Each writes the router state file (`routing.state_file`); a running gateway picks it up on SIGHUP or
 * `POST /api/router/reload`.
 * @module
 */
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { ConfigError, GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import { DEFAULT_EXPERIMENT_SINCE } from "../../log/report-periods.js";
import { readAdapterFile } from "../../routing/adapter/load-router-learning.js";
import { SHIPPED_ROUTER, readRouterState, storeAdapterFile, withRouterStateLock, writeRouterState, type RouterRef, type RouterState } from "../../routing/adapter/router-state.js";
import type { CliIo } from "../cli-io.js";
import { DEFAULT_CONFIG_FILE, loadConfigFile } from "../load-runtime.js";
import { parseWholeNumber } from "../parse-options.js";
import { processIsGone, processOwner } from "../../server/process-owner.js";
import { currentDefault, fileRouter, routerName } from "./router-refs.js";
import { experimentGate, experimentRefusal, findExperiment, nothingToPromote, refusedPromotionAdvice } from "./router-promotion-evidence.js";
import { helpExamples } from "../help-examples.js";

interface CommonOptions {
  config?: string;
  json?: boolean;
}

interface PromoteOptions extends CommonOptions {
  experiment?: string;
  since: string;
  force?: boolean;
  by?: string;
  minUnits?: string;
}

const RELOAD_HINT = "A running gateway switches on SIGHUP (kill -HUP <pid>) or POST /api/router/reload.";

/** Registers `router`. */
export function registerRouterCommand(program: Command, io: CliIo): void {
  const router = program.command("router").description("run a candidate router in shadow, promote it after a winning experiment, or roll back")
    .addHelpText("after", helpExamples("switchyard router status", "switchyard router shadow candidate.json && kill -HUP <gateway pid>", "switchyard router promote --experiment candidate-ab", "switchyard router rollback"));
  router
    .command("shadow [file]")
    .description("run an adapter file in shadow: every auto decision also computed with it and logged, no effect on traffic")
    .addHelpText("after", helpExamples("switchyard router shadow candidate.json && kill -HUP <gateway pid>   # or POST /api/router/reload", "switchyard router shadow --off"))
    .option("--off", "stop the shadow")
    .option("--config <file>", "config file (for routing.state_file)")
    .action(async (file: string | undefined, options: CommonOptions & { off?: boolean }) =>
      changeState(options, io, async ({ stateFile, state }) => {
        if (options.off && file) throw new InvalidRequestError(`--off stops the shadow router; it takes no file (got ${file}).`);
        if (options.off) {
          state.shadow = null;
        } else {
          if (!file) throw new InvalidRequestError("Name the adapter file to shadow (switchyard router shadow FILE), or pass --off.");
          await readCandidate(file, io);
          state.shadow = await storeAdapterFile(stateFile, path.resolve(io.cwd, file));
        }
        await writeRouterState(stateFile, state);
        io.stdout(`${state.shadow ? `Shadow router: ${state.shadow.id}.` : "Shadow router off."} ${RELOAD_HINT} See it with \`switchyard report --by shadow\`.\n`);
      }),
    );
  router
    .command("promote [file]")
    .description("make a candidate router the default, only after its experiment shows lower cost without lower quality (95%)")
    .addHelpText("after", helpExamples("switchyard router promote --experiment candidate-ab && kill -HUP <gateway pid>", "switchyard router promote candidate.json --experiment candidate-ab --since 14d"))
    .option("--experiment <name>", "the experiment whose variant arm ran the candidate (default: the one whose variant names weights)")
    .option("--since <period>", "the experiment's period in the log", DEFAULT_EXPERIMENT_SINCE)
    .option("--min-units <n>", "assignment units each arm needs, at least 2 (default: the experiment's min_units_per_arm, else 10)")
    .option("--force", "promote without a winning verdict (recorded as forced)")
    .option("--by <name>", "who promotes (default: $USER, else the account the command runs as)")
    .option("--config <file>", "config file (storage, experiments, routing.state_file)")
    .option("--json", "print the promotion record as JSON")
    .action((file: string | undefined, options: PromoteOptions) => promote(file, options, io));
  router
    .command("rollback")
    .description("restore the router in use before the last promotion")
    .addHelpText("after", helpExamples("switchyard router rollback && kill -HUP <gateway pid>"))
    .option("--by <name>", "who rolls back (default: $USER, else the account the command runs as)")
    .option("--config <file>", "config file (for routing.state_file)")
    .option("--json", "print the rollback record as JSON")
    .action(async (options: CommonOptions & { by?: string }) =>
      changeState(options, io, async ({ stateFile, state, config }) => {
        const by = who(options.by, io);
        const to = state.previous.pop();
        if (!to) throw new InvalidRequestError(nothingToRollBack(state.history, stateFile, await currentDefault(state, config, io.cwd)));
        const from = await currentDefault(state, config, io.cwd);
        const change = { action: "rollback" as const, at: new Date(SYSTEM_CLOCK.now()).toISOString(), by, from, to, experiment: null, verdict: "rollback", forced: false };
        state.active = to;
        state.history.push(change);
        await writeRouterState(stateFile, state);
        io.stdout(options.json ? `${JSON.stringify(change, null, 2)}\n` : `Rolled back from ${from.id} to ${to.id}. ${RELOAD_HINT}\n`);
      }),
    );
  router
    .command("status")
    .description("the default and shadow routers and the promotion history")
    .addHelpText("after", helpExamples("switchyard router status", "switchyard router status --json"))
    .option("--config <file>", "config file (for routing.state_file)")
    .option("--json", "print the state as JSON")
    .action(async (options: CommonOptions) => {
      const { state, config } = await loadState(options, io);
      const active = await currentDefault(state, config, io.cwd);
      const shadow = state.shadow ?? (config.routing.shadow ? await fileRouter(config.routing.shadow.weights, io.cwd) : null);
      if (options.json) {
        io.stdout(`${JSON.stringify({ ...state, active, shadow }, null, 2)}\n`);
        return;
      }
      const history = state.history.map((c) => `  ${c.at} ${c.action} ${routerName(c.from)} → ${routerName(c.to)} by ${c.by}${c.forced ? " (forced)" : ""}${c.experiment ? ` [${c.experiment}]` : ""}: ${c.verdict}`);
      io.stdout(`default: ${routerName(active)}${active.weights ? ` (${active.weights})` : ""}\nshadow: ${shadow ? `${shadow.id}${shadow.weights ? ` (${shadow.weights})` : ""}` : "none"}\nhistory:\n${history.join("\n") || "  (none)"}\n`);
    });
}

async function promote(file: string | undefined, options: PromoteOptions, io: CliIo): Promise<void> {
  await changeState(options, io, (loaded) => promoteLocked(file, options, io, loaded));
}

async function promoteLocked(file: string | undefined, options: PromoteOptions, io: CliIo, { stateFile, state, config }: Awaited<ReturnType<typeof loadState>>): Promise<void> {
  const by = who(options.by, io);
  const minUnits = options.minUnits === undefined ? undefined : parseWholeNumber("--min-units", options.minUnits, 2);
  const named = findExperiment(config, options.experiment, configLabel(options.config, io.cwd));
  const candidateFile = file ?? named?.variant.weights;
  if (!candidateFile) throw new InvalidRequestError(nothingToPromote(named));
  const candidateId = await readCandidate(candidateFile, io);
  let verdict = "no experiment";
  const refusal = named ? await experimentRefusal(named, candidateFile, io) : undefined;
  if (refusal && !options.force) throw refusal;
  // A forced promotion of a file its experiment did not run carries no experiment and no verdict: they were another router's.
  const experiment = refusal ? undefined : named;
  if (experiment) {
    const gate = await experimentGate(config, experiment, candidateId, { sinceText: options.since, minUnits }, io);
    verdict = gate.verdict;
    if (!gate.wins && !options.force) {
      throw new GatewayError({
        message: `Not promoted: experiment ${experiment.name} does not show lower cost without lower quality at 95% confidence (${gate.failures.join("; ")}). Verdict: ${gate.verdict} ${refusedPromotionAdvice(gate, experiment.name)}`,
        status: 409,
        type: "invalid_request_error",
        code: "promotion_refused",
      });
    }
  } else if (!options.force) {
    throw new InvalidRequestError("Not promoted: no experiment ran this candidate. Add it as an experiment arm (variant.weights) and promote with --experiment NAME after a winning verdict, or pass --force.");
  }
  const from = await currentDefault(state, config, io.cwd);
  const stored = await storeAdapterFile(stateFile, path.resolve(io.cwd, candidateFile));
  // The router goes live at the quality knob its arm was tested with.
  const quality = experiment?.variant.quality;
  const to: RouterRef = quality === undefined ? stored : { ...stored, quality };
  // Promoting the router already in use would record a change that is none, and make the next rollback a no-op.
  if (to.id === from.id && to.quality === from.quality) throw new InvalidRequestError(`Not promoted: ${to.id}${quality === undefined ? "" : ` at quality ${quality}`} is already the default router.`);
  const change = { action: "promote" as const, at: new Date(SYSTEM_CLOCK.now()).toISOString(), by, from, to, experiment: experiment?.name ?? null, verdict, forced: options.force === true };
  state.previous.push(from);
  state.active = to;
  state.history.push(change);
  await writeRouterState(stateFile, state);
  io.stdout(options.json ? `${JSON.stringify(change, null, 2)}\n` : `Promoted ${to.id}${quality === undefined ? "" : ` at quality ${quality}`} (was ${from.id})${change.forced ? " with --force" : ""}. ${RELOAD_HINT}\n`);
}

async function loadState(options: CommonOptions, io: CliIo): Promise<{ config: SwitchyardConfig; stateFile: string; state: RouterState }> {
  const config = await loadConfigFile(options.config, io.cwd);
  const stateFile = path.resolve(io.cwd, config.routing.state_file);
  return { config, stateFile, state: await readRouterState(stateFile) };
}

/** Runs a command that changes the state file under its lock, reading the state only once the lock is held. */
async function changeState(options: CommonOptions, io: CliIo, change: (loaded: Awaited<ReturnType<typeof loadState>>) => Promise<void>): Promise<void> {
  const config = await loadConfigFile(options.config, io.cwd);
  const stateFile = path.resolve(io.cwd, config.routing.state_file);
  const self = processOwner();
  const holder = { token: self, isGone: (token: string) => processIsGone(self, token) };
  await withRouterStateLock(stateFile, async () => change({ config, stateFile, state: await readRouterState(stateFile) }), { holder });
}

/** Who made the change, for the history: `--by`, else the login name. A name that could forge a history line is refused. */
function who(given: string | undefined, io: CliIo): string {
  if (given !== undefined && (given.trim() === "" || given.length > 200 || /\p{Cc}/u.test(given))) {
    throw new InvalidRequestError("--by must name who made the change: 1 to 200 characters, no line breaks or control characters.");
  }
  return given ?? (io.env.USER || io.env.USERNAME || loginName());
}

/** The account this process runs as: a cron job, service or container often has no $USER, and the history needs a name. */
function loginName(): string {
  try {
    return userInfo().username || "unknown";
  } catch {
    return "unknown";
  }
}

/** Why rollback has nothing to do: no promotion at all, or the last one was already undone. */
function nothingToRollBack(history: readonly { action: string; at: string; to: { id: string } }[], stateFile: string, inUse: RouterRef): string {
  const promotion = history.findLast((change) => change.action === "promote");
  if (!promotion) {
    const router = inUse.id === SHIPPED_ROUTER.id ? "the shipped one" : `${inUse.id}${inUse.weights ? ` (${inUse.weights})` : ""}`;
    return `Nothing to roll back: no promotion is on record in the router state file ${stateFile}; the router in use is ${router}.`;
  }
  return `Nothing to roll back: the last promotion (${promotion.to.id}, ${promotion.at}) was already rolled back, and the router in use is the one before it. See \`switchyard router status\`.`;
}

/**
 * Checks the adapter file named on the command line: a missing or unusable file is the caller's argument, not the
 * config's, so the error names the file and the command that writes one.
 */
async function readCandidate(file: string, io: CliIo): Promise<string> {
  try {
    return (await readAdapterFile(path.resolve(io.cwd, file))).id;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // The sentence names the file already: the issue's own prefix naming it (`/abs/bad.json: `) would say it twice.
    const prefix = `${path.resolve(io.cwd, file)}: `;
    const why = error.issues.map((issue) => (issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message)).join("; ");
    const hint = why.includes("switchyard train") ? "" : " Write one with `switchyard train --from-log --out FILE`.";
    throw new InvalidRequestError(`The adapter file ${file} cannot be used: ${why}.${hint}`);
  }
}

/** Which config was read, for messages: the --config file, ./switchyard.yaml, or the built-in defaults. */
function configLabel(given: string | undefined, cwd: string): string {
  if (given !== undefined) return given;
  return existsSync(path.resolve(cwd, DEFAULT_CONFIG_FILE)) ? `./${DEFAULT_CONFIG_FILE}` : `no ./${DEFAULT_CONFIG_FILE} here, so the built-in defaults`;
}
