/**
 * `switchyard train --from-log`: fits a deployment adapter on the outcomes in the configured decision log
 * (feedback, judge grades, quality-check failures, escalations) on top of the shipped weights, and writes it
 * as JSON for `routing.weights`, `routing.shadow` or an experiment arm. Deterministic per seed. Refuses
 * (exit 1, nothing written) when there is too little data to beat the shipped router, which then stays.
 * @module
 */
import { randomUUID } from "node:crypto";
import { mkdir, open, realpath, rm } from "node:fs/promises";
import { ADAPTER_FORMAT } from "../../learning/adapter.js";
import path from "node:path";
import { DIFFICULTIES } from "../../classifier/classifier.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { GatewayError } from "../../core/errors/index.js";
import { writeFileAtomic } from "../../core/write-file-atomic.js";
import { fitAdapter } from "../../learning/index.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { outcomesFromRecords, type LogOutcomes } from "../../log/outcomes-from-log.js";
import { parseSince } from "../../log/parse-since.js";
import { shippedBaseHash } from "../../routing/adapter/load-router-learning.js";
import { adapterId } from "../../routing/adapter/router-state.js";
import { openStorageToRead } from "../open-storage-to-read.js";
import type { CliIo } from "../cli-io.js";
import { loadConfigFile } from "../load-runtime.js";
import { parseNonNegative } from "../parse-options.js";
import { InvalidRequestError } from "../../core/errors/index.js";

/** Where the adapter goes when `--out` is not given. */
export const DEFAULT_ADAPTER_FILE = "./.switchyard/adapter.json";
/** At most this many decisions are read. */
const MAX_RECORDS = 1_000_000;

/** Flags of `train --from-log`. */
export interface TrainFromLogOptions {
  config?: string;
  since: string;
  minOutcomes: string;
  out?: string;
  seed: string;
  /** At most this many decisions are read (default `MAX_RECORDS`; tests lower it). */
  maxRecords?: number;
}

/** Runs `train --from-log`. Throws a GatewayError (exit 1) when it refuses. */
export async function trainFromLog(options: TrainFromLogOptions, io: CliIo): Promise<void> {
  const config = await loadConfigFile(options.config, io.cwd);
  const seed = parseNonNegative("--seed", options.seed);
  const minOutcomes = parseNonNegative("--min-outcomes", options.minOutcomes);
  if (!Number.isInteger(minOutcomes)) throw new InvalidRequestError(`--min-outcomes must be a whole number (got ${options.minOutcomes}).`);
  const now = SYSTEM_CLOCK.now();
  const since = parseSince(options.since, now, { flag: "--since" });
  const out = path.resolve(io.cwd, options.out ?? DEFAULT_ADAPTER_FILE);
  await checkOutPath(out, path.resolve(io.cwd, config.storage.sqlite), options.out ?? DEFAULT_ADAPTER_FILE);
  await checkOutFolder(out, options.out ?? DEFAULT_ADAPTER_FILE);
  const storage = await openStorageToRead(config.storage, io, "decision log");
  const decisions = createDecisionLog({ backend: storage.decisionBackend });
  let outcomes: LogOutcomes;
  try {
    io.stderr(`reading decisions since ${new Date(since).toISOString()} ...\n`);
    const limit = options.maxRecords ?? MAX_RECORDS;
    const records = await decisions.list({ since, until: now + 1, limit });
    // The log lists newest first: at the limit, the oldest decisions of the period are left out, and the user is told.
    if (records.length >= limit) {
      io.stderr(`note: read only the newest ${limit.toLocaleString("en-US")} decisions (the most train --from-log reads); the oldest since ${options.since} are left out. A shorter --since trains on exactly the period you name.\n`);
    }
    outcomes = outcomesFromRecords(records, Object.keys(config.tiers), DIFFICULTIES);
    io.stderr(`${records.length} decisions, ${outcomes.served} served, ${outcomes.withoutFeatures} without stored features; outcomes: ${describeSignals(outcomes)}\n`);
    const outside = describeOutside(outcomes);
    if (outside) io.stderr(`not used: ${outside} (the adapter chooses between ${DIFFICULTIES.join(", ")}, the auto ladder's tiers)\n`);
  } finally {
    await decisions.close();
    await storage.close();
  }
  if (outcomes.examples.length === 0) {
    throw refusal(
      `No outcomes in the decision log since ${options.since}${outcomes.served > 0 && Object.keys(outcomes.outsideArms).length > 0 ? ` on the auto ladder's tiers (${describeOutside(outcomes)} left out)` : ""}: nothing to learn from, so the shipped router stays exactly as it is (no adapter written). Outcomes come from POST /v1/feedback, quality checks, escalations and learning.judge; features must be stored (log.store_features).`,
    );
  }
  const result = fitAdapter(outcomes.examples, { seed, base: await shippedBaseHash(), minOutcomes, onProgress: (message) => io.stderr(`${message}\n`) });
  if ("refused" in result) throw refusal(`${result.refused} No adapter written.`);
  const text = `${JSON.stringify(result.adapter)}\n`;
  await mkdir(path.dirname(out), { recursive: true });
  // The earlier adapter may be the one a gateway loads (routing.weights): it is replaced whole or not at all.
  await writeFileAtomic(out, text);
  const { validation, trained_on: trained } = result.adapter;
  const shown = path.relative(io.cwd, out) || out;
  io.stderr(`wrote ${shown} (${adapterId(text)}): ${trained.outcomes} outcomes, holdout log loss ${validation.loss_adapted} vs static ${validation.loss_static} (z = ${validation.z})\n`);
  // The gate passed on past outcomes only: the candidate goes to shadow and an experiment arm before it routes.
  io.stderr(nextStepAfterTraining(shown));
  io.stdout(`${JSON.stringify({ adapter: out, id: adapterId(text), seed, trained_on: trained, validation, signals: outcomes.signals }, null, 2)}\n`);
}

function describeSignals(outcomes: LogOutcomes): string {
  return Object.entries(outcomes.signals).map(([signal, count]) => `${count} ${signal}`).join(", ");
}

/** "12 outcomes on tier cheap, 3 on free", or "" when none were left out. */
function describeOutside(outcomes: LogOutcomes): string {
  return Object.entries(outcomes.outsideArms)
    .map(([tier, count], index) => `${count} ${index === 0 ? "outcomes on tier " : "on "}${tier}`)
    .join(", ");
}

function refusal(message: string): GatewayError {
  return new GatewayError({ message, status: 422, type: "invalid_request_error", code: "not_enough_outcomes" });
}

/**
 * `--out` may replace an earlier adapter, never anything else: not the decision log's own SQLite file (or its WAL),
 * a directory, or a file that is not an adapter. Checked before the log is read, so a mistake costs nothing.
 */
async function checkOutPath(out: string, sqliteFile: string, given: string): Promise<void> {
  if ([sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`, `${sqliteFile}-journal`].includes(out)) {
    throw new InvalidRequestError(`--out ${given} is the decision log's own SQLite file (storage.sqlite): writing the adapter there would destroy the log. Choose another file.`);
  }
  let head: string;
  try {
    const file = await open(out, "r");
    try {
      const buffer = Buffer.alloc(64);
      const { bytesRead } = await file.read(buffer, 0, 64, 0);
      head = buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    if (code === "EISDIR") throw new InvalidRequestError(`--out ${given} is a directory; name the adapter file to write.`);
    throw new InvalidRequestError(`--out ${given} cannot be read (${code ?? (error as Error).message}), so it is not replaced.`);
  }
  if (!head.replace(/\s+/g, "").startsWith(`{"format":"${ADAPTER_FORMAT}"`)) {
    throw new InvalidRequestError(`--out ${given} exists and is not an adapter file, so it is not replaced. Choose another file, or delete it first.`);
  }
}

/**
 * The folder `--out` goes in takes a new file (the atomic write's temporary one, beside the target of a link): a
 * read-only or foreign folder was found only after the log was read and the adapter fitted (minutes and gigabytes on
 * a large log), and then named as a temporary file the user never gave. Created if missing, as the write would.
 */
async function checkOutFolder(out: string, given: string): Promise<void> {
  const file = await realpath(out).catch(() => out);
  const folder = path.dirname(file);
  const probe = path.join(folder, `.${path.basename(file)}.${randomUUID().slice(0, 8)}.probe`);
  try {
    await mkdir(folder, { recursive: true });
    await (await open(probe, "wx")).close();
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidRequestError(`--out ${given} cannot be written: no new file can be made in ${folder} (${why}). Choose a folder you can write; the log was not read.`);
  }
  await rm(probe, { force: true });
}

/** A path that needs no quoting in a shell command or a YAML flow mapping. */
const PLAIN_PATH = /^[A-Za-z0-9_./+=-]+$/;

/**
 * What to do with a new adapter at `file`: shadow, then an experiment arm, then promote. The path is quoted where a
 * shell or YAML would split it (a space, a `#`), so the commands can be copied as they are.
 */
export function nextStepAfterTraining(file: string): string {
  const shell = PLAIN_PATH.test(file) ? file : `'${file.replaceAll("'", `'\\''`)}'`;
  const yaml = PLAIN_PATH.test(file) ? file : JSON.stringify(file);
  return `next: \`switchyard router shadow ${shell}\` (then reload) to see what it would change, then run it as an experiment arm (variant: { weights: ${yaml} }) and promote it after a winning verdict (docs/learning.md).\n`;
}
