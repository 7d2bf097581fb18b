/**
 * The `switchyard` CLI. `runCli(argv, io)` runs one command in-process and returns the exit code,
 * so tests call it directly; `bin/switchyard.js` is the thin Node binding.
 * @module
 */
import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { GatewayError } from "../core/errors/index.js";
import type { CliIo } from "./cli-io.js";
import { registerCatalogCommand } from "./commands/catalog.js";
import { registerConfigCommand } from "./commands/config-check.js";
import { registerEvalCommand } from "./commands/eval.js";
import { registerModelsCommand } from "./commands/models.js";
import { registerRouteCommand } from "./commands/route.js";
import { registerTrainCommand } from "./commands/train.js";
import { registerSimulateUpstreamCommand } from "./commands/simulate-upstream.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerKeysCommand } from "./commands/keys.js";
import { registerReportCommand } from "./commands/report.js";
import { helpExamples } from "./help-examples.js";
import { registerRouterCommand } from "./commands/router.js";
import { once } from "node:events";

const COMMANDS: ((program: Command, io: CliIo) => void)[] = [
  registerRouteCommand,
  registerModelsCommand,
  registerCatalogCommand,
  registerConfigCommand,
  registerEvalCommand,
  registerTrainCommand,
  registerSimulateUpstreamCommand,
  registerServeCommand,
  registerKeysCommand,
  registerReportCommand,
  registerRouterCommand,
];

/**
 * A reader that stops reading (`switchyard route --jsonl FILE | head`) closes the pipe: the rest of the output has
 * nowhere to go, so the command ends quietly, as Unix tools do, instead of dying on the write's EPIPE.
 */
const guarded = new WeakSet<NodeJS.WriteStream>();

function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The real process streams and environment. */
export function processIo(): CliIo {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdin: () => process.stdin,
    drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, "drain").then(() => undefined) : Promise.resolve()),
  };
}

/** The package's own version, read from package.json (two levels up from both src/cli and dist/cli). */
export function packageVersion(): string {
  const manifest: unknown = createRequire(import.meta.url)("../../package.json");
  const version = (manifest as { version?: unknown }).version;
  return typeof version === "string" ? version : "unknown";
}

/** Where `switchyard --help` tells a newcomer to start: the README's first command, then the gateway with no key. */
const START_HERE = `${helpExamples(
  'switchyard route "Write a Python function that merges two sorted lists"   # a routing decision, no key, no network',
  "switchyard serve --simulate                 # the gateway with a built-in OpenRouter simulator: no key needed",
  "OPENROUTER_API_KEY=sk-or-... switchyard serve --config switchyard.yaml",
  "switchyard config check                     # validate ./switchyard.yaml",
)}
Every command has its own: switchyard <command> --help. More in the README.`;

/** Builds the program with every command registered. */
export function createProgram(io: CliIo): Command {
  const program = new Command("switchyard")
    .description("Route each LLM request to the cheapest OpenRouter model that does the job well.")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .addHelpText("after", START_HERE);
  for (const register of COMMANDS) register(program, io);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code: 0 on success, 1 on a clear error, 2 on bad usage. Never prints a stack. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError && error.code === "commander.unknownOption") {
      const hint = optionHint(program, argv, error.message);
      if (hint) io.stderr(hint);
    } else if (error instanceof CommanderError && error.code === "commander.unknownCommand" && !error.message.includes("Did you mean")) {
      io.stderr(commandList(commandAt(program, argv)));
    } else if (error instanceof CommanderError && USAGE_ERRORS.has(error.code)) {
      io.stderr(helpPointer(commandAt(program, argv).path));
    }
    return reportError(error, io);
  }
}

/**
 * "(Did you mean --daily-budget-usd?)" for an unknown option that is the start of a real one (or the other way
 * round), or whose words are all words of one (`--daily-usd`): commander suggests only near typos, and
 * `keys create --daily-budget 5` or `--daily-usd 5` got no hint at all. Past that, where to find the options.
 */
function optionHint(program: Command, argv: readonly string[], message: string): string | undefined {
  const raw = /unknown option '([^']+)'/.exec(message)?.[1];
  const { command, path } = commandAt(program, argv);
  // A prompt or file name that starts with a dash ("-5 degrees?") is no option name: `--` ends the options.
  if (raw !== undefined && !/^--?[A-Za-z][\w-]{0,100}(=|$)/.test(raw) && command.registeredArguments.length > 0) {
    return `(An argument that starts with "-" is read as an option: put -- before it, as in \`${["switchyard", ...path, "--", JSON.stringify(raw)].join(" ")}\`.)\n`;
  }
  const flag = raw?.split("=")[0];
  if (!flag?.startsWith("--") || message.includes("Did you mean")) return undefined;
  const words = flag.slice(2).split("-").filter(Boolean);
  const longs = command.options.map((option) => option.long).filter((long): long is string => long !== undefined);
  const sharesWords = (long: string): boolean => words.length > 0 && words.every((word) => long.slice(2).split("-").includes(word));
  const matches = longs.filter((long) => long.startsWith(flag) || flag.startsWith(long) || sharesWords(long));
  if (matches.length > 0 && matches.length <= 3) return `(Did you mean ${matches.join(" or ")}?)\n`;
  return helpPointer(path);
}

/** Commander's usage errors that name no fix of their own: a missing argument, a missing option or option value. */
const USAGE_ERRORS = new Set(["commander.missingArgument", "commander.missingMandatoryOptionValue", "commander.optionMissingArgument", "commander.excessArguments"]);

/** The (sub)command `argv` names, and the words that name it. */
function commandAt(program: Command, argv: readonly string[]): { command: Command; path: string[] } {
  let command = program;
  const path: string[] = [];
  for (const word of argv) {
    const sub = command.commands.find((candidate) => candidate.name() === word);
    if (!sub) break;
    command = sub;
    path.push(word);
  }
  return { command, path };
}

/**
 * "(The commands of `switchyard keys` are create, list, revoke; see `switchyard keys --help`.)": commander said only
 * "unknown command 'bogus'", and suggests a command only for a near typo.
 */
function commandList({ command, path }: { command: Command; path: string[] }): string {
  const names = command.commands.map((sub) => sub.name()).filter((name) => name !== "help");
  const where = ["switchyard", ...path].join(" ");
  return `(The commands of \`${where}\` are ${names.join(", ")}; see \`${where} --help\`.)\n`;
}

/** "(See `switchyard keys create --help` for its options.)" */
function helpPointer(path: readonly string[]): string {
  return `(See \`${["switchyard", ...path, "--help"].join(" ")}\` for its options.)\n`;
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message (help, version, unknown option...).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (GatewayError.isInstance(error)) {
    io.stderr(`error: ${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? damagedSqliteMessage(error) ?? error.message : String(error);
  io.stderr(`error: ${message}\n`);
  if (isPostgresTimeout(error)) io.stderr("A command's Postgres query may take storage.postgres_report_timeout_ms (default 10 minutes): raise it in the config this command reads, or narrow the command (a shorter --since).\n");
  if (io.env.SWITCHYARD_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 1;
}

/** A Postgres query past its limit: cancelled by the server (57014), or given up by the client. */
function isPostgresTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (error as { code?: unknown }).code === "57014" || error.message === "Query read timeout";
}

/**
 * SQLite's words for a damaged file met while reading it (the file opened and was set up; a table's pages were not
 * readable), with the setting and what to do: alone, "database disk image is malformed" named neither.
 */
function damagedSqliteMessage(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (error.name !== "SqliteError" || (code !== "SQLITE_CORRUPT" && code !== "SQLITE_NOTADB")) return undefined;
  return `storage.sqlite: ${error.message} (${code}). The SQLite file is damaged: move it aside (a new one is created), or recover what it holds with \`sqlite3 FILE .recover\`.`;
}
