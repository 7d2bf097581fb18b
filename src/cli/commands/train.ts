/**
 * `switchyard train`: builds the learned classifier's weights from the permitted training data
 * (de-duplicated against every held-out set) and the team's examples, and writes them into the
 * package. Progress and metrics go to stderr.
 * @module
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { writeFileAtomic } from "../../core/write-file-atomic.js";
import { serializeWeights } from "../../classifier/learned/learned-weights.js";
import { readPreviewRequest } from "../../server/doors/read-preview-request.js";
import type { CliIo } from "../cli-io.js";
import { parseNonNegative } from "../parse-options.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { DEFAULT_ADAPTER_FILE, trainFromLog } from "./train-from-log.js";
import { helpExamples } from "../help-examples.js";

/** Where `switchyard train` writes the shipped weights by default. */
const DEFAULT_WEIGHTS_FILE = "src/classifier/learned/weights.json";

/** Comma-separated list of files; an empty string is none. */
function listFiles(list: string): string[] {
  return list.split(",").map((file) => file.trim()).filter((file) => file !== "");
}

interface TrainCommandOptions {
  dataDir: string;
  examples: string;
  strongExamples: string;
  conversations?: string;
  prompts?: string;
  out?: string;
  seed: string;
  averageSeeds: string;
  fromLog?: boolean;
  since: string;
  minOutcomes: string;
  config?: string;
  validation: string;
  epochs: string;
  bits: string;
  charNgrams: string;
  refit: boolean;
}

/** Flags only `train --from-log` reads, and flags only the shipped weights' training reads. */
const FROM_LOG_FLAGS = ["since", "minOutcomes", "config"];
const WEIGHTS_FLAGS = ["dataDir", "examples", "strongExamples", "prompts", "conversations", "averageSeeds", "validation", "epochs", "bits", "charNgrams", "refit"];

/**
 * A flag of the other mode would be ignored without a word: `train --since 7d --out candidate.json`, with
 * `--from-log` forgotten, would rebuild the shipped classifier's weights instead of fitting an adapter on the
 * log. Refused as bad usage (exit 2), naming the flag and the mode it belongs to.
 */
function refuseFlagsOfTheOtherMode(command: Command, fromLog: boolean): void {
  const given = (fromLog ? WEIGHTS_FLAGS : FROM_LOG_FLAGS).filter((name) => command.getOptionValueSource(name) === "cli");
  if (given.length === 0) return;
  const flags = given.map((name) => command.options.find((option) => option.attributeName() === name)?.long ?? name).join(", ");
  command.error(
    fromLog
      ? `error: ${flags} ${given.length === 1 ? "applies" : "apply"} only to training the shipped classifier, not to train --from-log; drop ${given.length === 1 ? "it" : "them"}.`
      : `error: ${flags} ${given.length === 1 ? "applies" : "apply"} only with --from-log. Add --from-log to fit a deployment adapter on the decision log's outcomes; without it, train rebuilds the shipped classifier's weights from the project's training data.`,
    { exitCode: 2, code: "switchyard.trainFlags" },
  );
}

/**
 * Runs the shipped classifier's training, turning a missing training file (the command run outside a Switchyard
 * checkout, often with --from-log forgotten) into an error that says what the command needs and what to run instead.
 */
function withTrainingFileHint<T>(train: () => T): T {
  try {
    return train();
  } catch (error) {
    const { code, path: file } = error as NodeJS.ErrnoException;
    if (code !== "ENOENT" || file === undefined) throw error;
    throw new InvalidRequestError(
      `Cannot read ${file}: train without --from-log rebuilds the shipped classifier's weights from the project's training files, so it runs in a Switchyard checkout (or with --data-dir, --examples, --prompts and --conversations naming them). To fit a deployment adapter on your own traffic, run train --from-log.`,
    );
  }
}

/** Registers `train`. */
export function registerTrainCommand(program: Command, io: CliIo): void {
  program
    .command("train")
    .description("build the learned classifier's weights; --from-log fits a deployment adapter from the decision log's outcomes")
    .addHelpText("after", helpExamples("switchyard train --from-log --since 30d --out candidate.json   # then: switchyard router shadow candidate.json", "switchyard train --out weights.json   # refit the shipped weights from the team's examples"))
    .option("--from-log", "fit a deployment adapter on the configured decision log's outcomes (docs/learning.md)")
    .option("--since <period>", "with --from-log: outcomes since a duration (30d) or a date", "90d")
    .option("--min-outcomes <n>", "with --from-log: refuse below this many outcomes", "200")
    .option("--config <file>", "with --from-log: config file (for storage and tiers)")
    .option("--data-dir <dir>", "the shared data folder", "../shared/data")
    .option("--examples <file>", "the team's labelled examples (JSONL)", "training/task-examples.jsonl")
    .option("--strong-examples <file>", "the team's strong-need examples (JSONL); empty to skip", "training/strong-need-examples.jsonl")
    .option("--prompts <files>", "more of the team's labelled single prompts (JSONL of {prompt, task}), comma-separated; empty to skip (default: test/fixtures/task-prompts.jsonl)")
    .option("--conversations <files>", "the team's labelled conversations (JSONL of {request, task, kind}), comma-separated; empty to skip (default: the team's training conversation sets, docs/routing-quality.md)")
    .option("--out <file>", `where to write the weights (default ${DEFAULT_WEIGHTS_FILE}; with --from-log ${DEFAULT_ADAPTER_FILE})`)
    .option("--seed <n>", "random seed", "1")
    .option("--average-seeds <n>", "refit this many times (seeds seed, seed+1, …) and ship the average", "1")
    .option("--validation <share>", "share of the team's examples held out for validation", "0.2")
    .option("--epochs <n>", "training epochs", "8")
    .option("--bits <n>", "feature hash bits", "16")
    .option("--char-ngrams <chars>", "characters of the latest turn read for character 4-grams (0: none)", "1200")
    .option("--no-refit", "ship the model trained without the validation split")
    .action(async (options: TrainCommandOptions, command: Command) => {
      refuseFlagsOfTheOtherMode(command, options.fromLog === true);
      if (options.fromLog) {
        await trainFromLog({ ...options, ...(options.config ? { config: options.config } : {}), ...(options.out ? { out: options.out } : {}) }, io);
        return;
      }
      const started = Date.now();
      // Loaded here, not at the top: `serve` registers this command too and never trains.
      const [{ runTraining }, { TEAM_CONVERSATION_FILES, TEAM_PROMPT_FILES }] = await Promise.all([import("../../eval/run-training.js"), import("../../eval/training-data.js")]);
      const weights = withTrainingFileHint(() => runTraining({
        dataDir: path.resolve(io.cwd, options.dataDir),
        teamExamplesFile: path.resolve(io.cwd, options.examples),
        seed: parseNonNegative("--seed", options.seed),
        validationShare: parseNonNegative("--validation", options.validation),
        refit: options.refit,
        averageSeeds: parseNonNegative("--average-seeds", options.averageSeeds),
        data: {
          ...(options.strongExamples ? { strongExamplesFile: path.resolve(io.cwd, options.strongExamples) } : {}),
          promptExamplesFiles: (options.prompts === undefined ? TEAM_PROMPT_FILES : listFiles(options.prompts)).map((file) => path.resolve(io.cwd, file)),
          conversationExamplesFiles: (options.conversations === undefined ? TEAM_CONVERSATION_FILES : listFiles(options.conversations)).map((file) => path.resolve(io.cwd, file)),
          conversationMessages: (request) => readPreviewRequest(request).request.messages,
        },
        hyper: {
          epochs: parseNonNegative("--epochs", options.epochs),
          bits: parseNonNegative("--bits", options.bits),
          featureOptions: { charNgramChars: parseNonNegative("--char-ngrams", options.charNgrams) },
        },
        onProgress: (message) => io.stderr(`${message}\n`),
      }));
      const out = path.resolve(io.cwd, options.out ?? DEFAULT_WEIGHTS_FILE);
      mkdirSync(path.dirname(out), { recursive: true });
      const text = JSON.stringify(serializeWeights(weights));
      // The weights ship in the package and every router loads them: replaced whole or not at all.
      await writeFileAtomic(out, `${text}\n`);
      io.stderr(`wrote ${path.relative(io.cwd, out)} (${(text.length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      io.stdout(`${JSON.stringify(weights.meta, null, 2)}\n`);
    });
}
