/**
 * `switchyard simulate-upstream`: runs the OpenRouter simulator (with fault injection) until
 * SIGINT/SIGTERM, so configs and the gateway can be tried without spending.
 * @module
 */
import { readRegularFileSync } from "../../core/read-regular-file.js";
import path from "node:path";
import type { Command } from "commander";
import { InvalidRequestError } from "../../core/errors/index.js";
import { parseOutcomeTable, type OutcomeTable } from "../../testing/simulator/outcome-table.js";
import type { Simulator } from "../../testing/simulator/create-simulator.js";
import { closestName } from "../../core/closest-name.js";
import { parseFaultAssignment, SIMULATOR_FAULTS, type SimulatorFault } from "../../testing/simulator/simulator-fault.js";
import type { CliIo } from "../cli-io.js";
import { parseNonNegative } from "../parse-options.js";
import { waitForShutdownSignal } from "../wait-for-shutdown-signal.js";
import { parseWholeNumber } from "../parse-options.js";
import { helpExamples } from "../help-examples.js";

/** The port `simulate-upstream` listens on unless `--port` says otherwise. */
export const DEFAULT_SIMULATOR_PORT = 8789;

/** Flags of `simulate-upstream`, as commander hands them over. */
export interface SimulateUpstreamOptions {
  port: string;
  host: string;
  latencyMs: string;
  chunkDelayMs: string;
  chunkCount: string;
  slowMs: string;
  catalog?: string;
  fault: string[];
  acceptUnknownModels?: boolean;
  outcomes?: string;
}

/** Starts the simulator the flags describe and prints its URL. The caller closes it. */
export async function startSimulateUpstream(options: SimulateUpstreamOptions, io: CliIo): Promise<Simulator> {
  const faults: Record<string, SimulatorFault> = {};
  for (const assignment of options.fault) {
    try {
      const { model, fault } = parseFaultAssignment(assignment);
      faults[model] = fault;
    } catch (error) {
      throw new InvalidRequestError(`--fault: ${(error as Error).message}`);
    }
  }
  // The simulator is loaded here, not at the top: `serve` registers this command too and never runs it.
  const { createSimulator } = await import("../../testing/simulator/create-simulator.js");
  const simulator = await createSimulator({
    port: parsePort(options.port),
    host: options.host,
    latencyMs: parseNonNegative("--latency-ms", options.latencyMs),
    chunkDelayMs: parseNonNegative("--chunk-delay-ms", options.chunkDelayMs),
    chunkCount: Math.max(1, Math.floor(parseNonNegative("--chunk-count", options.chunkCount))),
    slowMs: parseNonNegative("--slow-ms", options.slowMs),
    faults,
    // A long-running process must not keep every request in memory.
    recordCalls: false,
    acceptUnknownModels: options.acceptUnknownModels ?? false,
    ...(options.catalog ? { catalogBody: readCatalog(options.catalog, io.cwd) } : {}),
    ...(options.outcomes ? { outcomes: readOutcomes(options.outcomes, io.cwd) } : {}),
  });
  io.stdout(`OpenRouter simulator listening on ${simulator.url}\n`);
  const faultList = Object.entries(faults).map(([model, fault]) => `${model}=${fault}`);
  if (faultList.length > 0) io.stdout(`Per-model faults: ${faultList.join(", ")}\n`);
  if (!options.acceptUnknownModels) await warnFaultsOutsideCatalog(simulator.url, Object.keys(faults), io);
  if (options.outcomes) io.stdout(`Outcome mode: known prompts are answered with "[outcome score=S]" from ${options.outcomes}\n`);
  // A gateway passes no client header upstream, so the per-request header is for calls made to the simulator itself.
  io.stdout(`Per request, on calls made to this simulator directly (a gateway does not pass it upstream): header x-sim-fault: <${SIMULATOR_FAULTS.join("|")}>, x-sim-latency-ms: <ms>\n`);
  io.stdout("Behind a gateway, fail a model with --fault MODEL=FAULT (e.g. --fault openai/gpt-5-nano=rate_limit).\n");
  io.stdout(`Try: switchyard serve --upstream-url ${simulator.url}\n`);
  return simulator;
}

/** Registers `simulate-upstream`. */
export function registerSimulateUpstreamCommand(program: Command, io: CliIo): void {
  program
    .command("simulate-upstream")
    .description("an OpenRouter-compatible simulator with fault injection (see docs/simulator.md)")
    .addHelpText("after", helpExamples("switchyard simulate-upstream --port 8789", "switchyard simulate-upstream --fault openai/gpt-4o-mini=rate_limit --fault google/gemini-2.5-flash=stream_cut", "switchyard serve --upstream-url http://127.0.0.1:8789/api/v1   # a gateway in front of it"))
    .option("--port <n>", "port to listen on (0 = any free port)", String(DEFAULT_SIMULATOR_PORT))
    .option("--host <host>", "interface to bind", "127.0.0.1")
    .option("--latency-ms <n>", "delay before the first byte of every answer", "0")
    .option("--chunk-delay-ms <n>", "delay between streamed chunks", "0")
    .option("--chunk-count <n>", "content chunks per streamed answer", "4")
    .option("--slow-ms <n>", "how long slow_first_token sends only keep-alive comments", "3000")
    .option("--catalog <file>", "serve and price from this /models JSON instead of the built-in catalog")
    .option("--fault <model=fault>", `a per-model fault, repeatable (${SIMULATOR_FAULTS.join(", ")})`, collect, [])
    .option("--accept-unknown-models", "answer model ids missing from the catalog instead of a 400")
    .option("--outcomes <file>", "outcome mode: a per-model outcome file (JSONL or CSV: prompt + a score per model); known prompts are answered with that model's score")
    .action(async (options: SimulateUpstreamOptions) => {
      const simulator = await startSimulateUpstream(options, io);
      const signal = await waitForShutdownSignal();
      io.stderr(`Received ${signal}, shutting down.\n`);
      await simulator.close();
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * A fault on a model the simulator does not serve never fires (its calls get a 400 "not a valid model ID"): a typo in
 * `--fault` would otherwise look like a model that never fails.
 */
async function warnFaultsOutsideCatalog(url: string, models: readonly string[], io: CliIo): Promise<void> {
  if (models.length === 0) return;
  const body = (await (await fetch(`${url}/models`)).json()) as { data?: { id?: unknown }[] };
  const ids = (body.data ?? []).flatMap((row) => (typeof row.id === "string" ? [row.id] : []));
  for (const model of models) {
    const base = model.split(":")[0] ?? model;
    if (ids.includes(model) || ids.includes(base)) continue;
    const guess = closestName(base, ids, 1 / 3);
    io.stderr(`warning: --fault ${model}: not in the simulator's catalog, so the fault never fires (calls for it get a 400)${guess ? `; did you mean "${guess}"?` : ""} Pass --accept-unknown-models to answer it anyway.\n`);
  }
}

/** `--port`: decimal digits from 0 to 65535 (`1e3` listened on port 1000, `-0` on any free port). */
function parsePort(value: string): number {
  return parseWholeNumber("--port", value, 0, 65_535);
}

function readCatalog(file: string, cwd: string): unknown {
  const resolved = path.resolve(cwd, file);
  try {
    return JSON.parse(readRegularFileSync(resolved)) as unknown;
  } catch (error) {
    throw new InvalidRequestError(`--catalog ${file}: ${(error as Error).message}`);
  }
}

function readOutcomes(file: string, cwd: string): OutcomeTable {
  const resolved = path.resolve(cwd, file);
  try {
    return parseOutcomeTable(readRegularFileSync(resolved), resolved);
  } catch (error) {
    throw new InvalidRequestError(`--outcomes ${file}: ${(error as Error).message}`);
  }
}
