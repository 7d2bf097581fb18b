/**
 * Per-model outcome sets as simulated deployment traffic for `eval --online`: each prompt with every arm's
 * outcome (only the served arm's is revealed to the learner). Strong/weak sets (RouteLLM folders,
 * RouterBench) have two arms; score matrices have their tier ladder's rungs.
 * @module
 */
import { statSync } from "node:fs";
import type { ChatMessage } from "../core/types.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { readRouteLlmFolder, type PairedItem } from "./routellm-datasets.js";
import { readRouterBench } from "./routerbench-dataset.js";
import { ladderFor, readScoreMatrix, type LadderRung, type MatrixItem } from "./score-matrix.js";

/** One prompt of the stream. */
export interface StreamItem {
  messages: ChatMessage[];
  /** Outcome per arm (cheapest first), scaled to 0..1 for learning. */
  rewards: number[];
  /** The original paired item or matrix row, for the dataset's own metric. */
  source: { kind: "paired"; item: PairedItem } | { kind: "ladder"; item: MatrixItem };
}

/** A dataset as a stream of prompts with per-arm outcomes. */
export interface OutcomeStream {
  name: string;
  kind: "routellm" | "ladder";
  /** Arm names, cheapest first. */
  arms: string[];
  /** Price per arm (USD per million tokens; for strong/weak sets 0 and 1: the strong-call share). */
  prices: number[];
  ladder: LadderRung[];
  items: StreamItem[];
}

/** The lowest score and the range of scores (loops: a spread over a large set's scores overflows the stack). */
function rangeOf(values: readonly number[]): { low: number; span: number } {
  const low = values.reduce((min, value) => Math.min(min, value), Number.POSITIVE_INFINITY);
  const high = values.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY);
  return { low, span: high - low || 1 };
}

function fromPaired(name: string, strong: string, weak: string, items: readonly PairedItem[]): OutcomeStream {
  const all = items.flatMap((i) => [i.strongScore, i.weakScore]);
  const { low, span } = rangeOf(all);
  return {
    name,
    kind: "routellm",
    arms: [weak, strong],
    prices: [0, 1],
    ladder: [],
    items: items.map((item) => ({ messages: item.messages, rewards: [(item.weakScore - low) / span, (item.strongScore - low) / span], source: { kind: "paired", item } })),
  };
}

/** Reads a dataset (already resolved to a path) as an outcome stream. */
export function readOutcomeStream(target: string, ladderOverride?: readonly LadderRung[]): OutcomeStream {
  const isDir = statSync(target).isDirectory();
  const paired = (isDir ? readRouteLlmFolder(target) : undefined) ?? (/routerbench/i.test(target) ? readRouterBench(target) : undefined);
  if (paired) return fromPaired(paired.name, paired.strongModel, paired.weakModel, paired.items);
  const matrix = readScoreMatrix(target);
  if (!matrix) throw new InvalidRequestError(`--online needs per-model outcomes: ${target} is neither a RouteLLM/RouterBench set nor a score matrix.`);
  const ladder = ladderFor(matrix, ladderOverride);
  const complete = matrix.items.filter((item) => ladder.every((r) => item.scores[r.model] !== undefined));
  const all = complete.flatMap((item) => ladder.map((r) => item.scores[r.model] ?? 0));
  const { low, span } = rangeOf(all);
  return {
    name: matrix.name,
    kind: "ladder",
    arms: ladder.map((r) => r.model),
    prices: ladder.map((r) => r.usdPerMillionTokens),
    ladder,
    items: complete.map((item) => ({
      messages: item.messages,
      rewards: ladder.map((r) => ((item.scores[r.model] ?? low) - low) / span),
      source: { kind: "ladder", item },
    })),
  };
}
