/**
 * `switchyard eval <dataset>`: routing quality of one or more routers on a dataset in its published
 * format (RouteLLM eval folders, per-model score matrices, JSONL task sets). Progress goes to stderr.
 * @module
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from "node:fs";
import { readRegularFileSync } from "../../core/read-regular-file.js";
import { writeFileAtomic } from "../../core/write-file-atomic.js";
import path from "node:path";
import type { Command } from "commander";
import { InvalidRequestError } from "../../core/errors/index.js";
import type { LadderRung } from "../../eval/score-matrix.js";
import type { CliIo } from "../cli-io.js";
import { parseList, parseNonNegative, parseWholeNumber } from "../parse-options.js";
import { helpExamples } from "../help-examples.js";
import { datasetNames } from "../../eval/dataset-aliases.js";

interface EvalCommandOptions {
  router: string;
  json?: boolean;
  plot?: string;
  dataDir: string;
  ladder?: string;
  weights?: string;
  seed: string;
  numResults: string;
  online?: boolean;
  learner: string;
  retrainEvery: string;
  explore: string;
  finalShare: string;
}

const LEARNERS = ["batch", "bandit"] as const;

async function runOnline(dataset: string, options: EvalCommandOptions, io: CliIo): Promise<void> {
  const names = routerNames(options.router);
  if (names.length !== 1) throw new InvalidRequestError("--online runs one router at a time (the router the deployment starts from).");
  const learner = LEARNERS.find((l) => l === options.learner);
  if (!learner) throw new InvalidRequestError(`--learner must be one of ${LEARNERS.join(", ")}, got "${options.learner}".`);
  const seed = parseWholeNumber("--seed", options.seed, 0, MAX_SEED);
  const weightsFile = options.weights ? path.resolve(io.cwd, options.weights) : undefined;
  if (options.plot) checkPlotPath(options.plot, io.cwd);
  const ladder = options.ladder ? readLadder(options.ladder, io.cwd) : undefined;
  // Loaded here, not at the top: `serve` registers this command too and never evaluates.
  const [{ createClassifierByName }, { runOnlineEval }, { formatOnlineReport, plotOnlineReport }] = await Promise.all([import("../../eval/create-classifier-by-name.js"), import("../../eval/run-online-eval.js"), import("../../eval/format-online.js")]);
  const classifier = await createClassifierByName(names[0] ?? "learned", { seed, ...(weightsFile ? { weightsFile } : {}) });
  const report = runOnlineEval(classifier, {
    dataset,
    dataDir: options.dataDir,
    cwd: io.cwd,
    seed,
    learner,
    retrainEvery: parseWholeNumber("--retrain-every", options.retrainEvery, 1),
    maxExplore: parseNonNegative("--explore", options.explore),
    finalShare: parseNonNegative("--final-share", options.finalShare),
    numResults: parseWholeNumber("--num-results", options.numResults, 2, 1_000),
    onProgress: (message) => io.stderr(`${message}\n`),
    ...(weightsFile ? { weightsFile } : {}),
    ...(ladder ? { ladder } : {}),
  });
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatOnlineReport(report));
  if (options.plot) {
    await writeFileAtomic(path.resolve(io.cwd, options.plot), plotOnlineReport(report));
    io.stderr(`wrote ${options.plot}\n`);
  }
}

/** Seeds are 32-bit: a larger one would silently run as another seed. */
const MAX_SEED = 4_294_967_295;

/** True when `file` does not exist, is empty, or begins as an SVG file (`<svg`, or an XML declaration). */
function isSvgOrMissing(file: string): boolean {
  let head: string;
  try {
    const descriptor = openSync(file, "r");
    try {
      const buffer = Buffer.alloc(256);
      head = buffer.subarray(0, readSync(descriptor, buffer, 0, 256, 0)).toString("utf8").trimStart();
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT";
  }
  return head === "" || head.startsWith("<svg") || head.startsWith("<?xml");
}

/** `--plot` is checked before the run (minutes on the large sets), not after it. */
function checkPlotPath(plot: string, cwd: string): void {
  const target = path.resolve(cwd, plot);
  const isDirectory = (() => {
    try {
      return statSync(target).isDirectory();
    } catch {
      return false;
    }
  })();
  if (isDirectory) throw new InvalidRequestError(`--plot ${plot} is a directory; name the SVG file to write.`);
  // Only an earlier chart is replaced: `--plot switchyard.yaml` (a slip of the tab key) overwrote the config.
  if (!isDirectory && !isSvgOrMissing(target)) throw new InvalidRequestError(`--plot ${plot} exists and is not an SVG chart, so it is not replaced. Name another file, or delete it first.`);
  try {
    accessSync(path.dirname(target), constants.W_OK);
  } catch (error) {
    throw new InvalidRequestError(`--plot ${plot} cannot be written: its folder ${path.dirname(target)} ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not writable"}.`);
  }
}

/** The dearest rung price `--ladder` takes, USD per million tokens (the dearest models list a few hundred). */
const MAX_LADDER_PRICE = 100_000;

function readLadder(file: string, cwd: string): LadderRung[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readRegularFileSync(path.resolve(cwd, file)));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new InvalidRequestError(`--ladder ${file} cannot be read as JSON: ${why}.`);
  }
  if (!Array.isArray(raw)) throw new InvalidRequestError(`--ladder ${file}: expected a JSON array of {model, usd_per_million_tokens}.`);
  // Checked before the data is read: an empty file was told the dataset "has no default tier ladder".
  if (raw.length < 2) throw new InvalidRequestError(`--ladder ${file} lists ${raw.length} rung${raw.length === 1 ? "" : "s"}; routing needs two or more.`);
  const rungs = raw.map((rung: { model?: unknown; usd_per_million_tokens?: unknown } | null, i) => {
    const price = rung?.usd_per_million_tokens;
    if (typeof rung?.model !== "string" || typeof price !== "number" || !Number.isFinite(price) || price < 0) {
      throw new InvalidRequestError(`--ladder ${file}[${i}]: expected {model: string, usd_per_million_tokens: a number ≥ 0}.`);
    }
    // Past this the curve's sums overflow to Infinity, which the JSON printed as null.
    if (price > MAX_LADDER_PRICE) throw new InvalidRequestError(`--ladder ${file}[${i}]: usd_per_million_tokens ${price} is past any model's price (at most ${MAX_LADDER_PRICE}).`);
    return { model: rung.model, usdPerMillionTokens: price };
  });
  // A model twice was scored as two rungs: the router's choice between them is no choice, and the curve counted it.
  const again = rungs.findIndex((rung, i) => rungs.findIndex((other) => other.model === rung.model) < i);
  if (again > 0) {
    const first = rungs.findIndex((rung) => rung.model === rungs[again]?.model);
    throw new InvalidRequestError(`--ladder ${file}: [${again}] names ${rungs[again]?.model ?? ""} again (as [${first}] does); each rung is a different model.`);
  }
  const dearer = rungs.findIndex((rung, i) => i > 0 && rung.usdPerMillionTokens < (rungs[i - 1]?.usdPerMillionTokens ?? 0));
  if (dearer > 0) throw new InvalidRequestError(`--ladder ${file}: rungs go cheapest first, but [${dearer}] is cheaper than [${dearer - 1}].`);
  return rungs;
}

/** Registers `eval`. */
export function registerEvalCommand(program: Command, io: CliIo): void {
  program
    .command("eval")
    .description("routing quality on a labelled or per-model-outcome dataset")
    .addHelpText("after", helpExamples("switchyard eval mt_bench --router heuristic,learned", "switchyard eval mmlu --online --plot curve.svg", "switchyard eval ./my-labels.jsonl --json"))
    .argument("<dataset>", `${datasetNames().join(" | ")} | a folder or file path`)
    .option("--router <names>", "comma-separated: random, heuristic, learned (learned is the product default)", "learned")
    .option("--json", "print the results as JSON (one object, or an array for several routers)")
    .option("--plot <file>", "write an SVG chart of the curves")
    .option("--data-dir <dir>", "the shared data folder", "../shared/data")
    .option("--ladder <file>", "tier ladder JSON for score matrices: [{model, usd_per_million_tokens}], cheapest first")
    .option("--weights <file>", "weights file for the learned router")
    .option("--seed <n>", "seed of the random router", "0")
    .option("--num-results <n>", "RouteLLM threshold bins", "10")
    .option("--online", "simulate a deployment that learns from its own outcomes; compare on the final slice (seeded by --seed)")
    .option("--learner <name>", "--online: batch (refit the adapter every --retrain-every outcomes) | bandit (online updates)", "batch")
    .option("--retrain-every <n>", "--online: outcomes between adapter refits", "100")
    .option("--explore <share>", "--online: most share of traffic that explores another tier", "0.05")
    .option("--final-share <share>", "--online: share of the stream scored at the end", "0.3")
    .action(async (dataset: string, options: EvalCommandOptions) => {
      if (options.online) return runOnline(dataset, options, io);
      const names = routerNames(options.router);
      const seed = parseWholeNumber("--seed", options.seed, 0, MAX_SEED);
      const numResults = parseWholeNumber("--num-results", options.numResults, 2, 1_000);
      if (options.plot) checkPlotPath(options.plot, io.cwd);
      const ladder = options.ladder ? readLadder(options.ladder, io.cwd) : undefined;
      const [{ createClassifierByName }, { runEval }, { formatEvalResults, plotEvalResults }] = await Promise.all([import("../../eval/create-classifier-by-name.js"), import("../../eval/run-eval.js"), import("../../eval/format-eval.js")]);
      const classifiers = await Promise.all(names.map((name) => createClassifierByName(name, { seed, ...(options.weights ? { weightsFile: path.resolve(io.cwd, options.weights) } : {}) })));
      const results = runEval(classifiers, {
        dataset,
        dataDir: options.dataDir,
        cwd: io.cwd,
        numResults,
        onProgress: (message) => io.stderr(`${message}\n`),
        ...(ladder ? { ladder } : {}),
      });
      const printable = results.map(({ kind: _kind, ...rest }) => rest);
      if (options.json) io.stdout(`${JSON.stringify(printable.length === 1 ? printable[0] : printable, null, 2)}\n`);
      else io.stdout(formatEvalResults(results));
      if (options.plot) {
        const svg = plotEvalResults(results);
        if (!svg) io.stderr("--plot: task sets have no curve; nothing written\n");
        else {
          await writeFileAtomic(path.resolve(io.cwd, options.plot), svg);
          io.stderr(`wrote ${options.plot}\n`);
        }
      }
    });
}

/** `--router`'s names: none (`--router ""`, an unset variable) printed `[]` and exited 0; one named twice was scored twice. */
function routerNames(value: string): string[] {
  const names = parseList(value);
  if (names.length === 0) throw new InvalidRequestError(`--router names no router (got ${JSON.stringify(value)}): give one or more of random, heuristic, learned, separated by commas.`);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) throw new InvalidRequestError(`--router names ${twice} twice: each router is scored once.`);
  return names;
}
