/**
 * The development streams of `training/dev-online.ts` (docs/routing-quality.md, "Learning from outcomes"):
 * RouterBench (train + test), llmrouter (test, or test + train) as a strong/weak pair or a three-rung ladder,
 * AlpacaEval 1, and MMLU-Pro's non-MMLU rows. Never reads a held-out set.
 * @module
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { readdirSync, readFileSync } from "node:fs";
import { seededPermutation } from "../src/learning/arm-model.js";
import { readRouterBench } from "../src/eval/routerbench-dataset.js";
import { readOutcomeStream, type OutcomeStream } from "../src/eval/online-stream.js";
import type { PairedItem } from "../src/eval/routellm-datasets.js";

const data = "/work/shared/data/routing";

interface LlmRouterRow {
  question: string;
  scores: Record<string, number>;
}

function llmRouterRows(all: boolean): LlmRouterRow[] {
  const files = all ? ["test.json", "train.json"] : ["test.json"];
  const rows = files.flatMap((f) => JSON.parse(readFileSync(path.join(data, "llmrouter/dcrouter_preprocessed", f), "utf8")) as LlmRouterRow[]);
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.question) && (seen.add(r.question), true));
}

/** llmrouter's task name per query text (`default_query_*.jsonl`). */
function llmRouterTasks(): Map<string, string> {
  const tasks = new Map<string, string>();
  for (const f of ["default_query_test.jsonl", "default_query_train.jsonl"]) {
    for (const line of readFileSync(path.join(data, "llmrouter", f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { task_name: string; query: string };
      tasks.set(row.query.trim(), row.task_name);
    }
  }
  return tasks;
}

/**
 * llmrouter's MATH rows (competition maths, test + train, 504 prompts): the development analogue of GSM8K (maths word
 * problems whose strong/weak outcomes follow difficulty). Its `gsm8k` and `agentverse-mgsm` rows are left out: they may
 * repeat held-out GSM8K questions. Weak = Llama-3.1-8B (0.35 correct), strong = Nemotron-49B (0.57), unless WEAK/STRONG.
 */
function llmRouterMathStream(): OutcomeStream {
  const tasks = llmRouterTasks();
  const weak = process.env.WEAK ?? "llama-3.1-8b-instruct";
  const strong = process.env.STRONG ?? "llama-3.3-nemotron-super-49b-v1";
  const rows = llmRouterRows(true).filter((r) => tasks.get(r.question.trim()) === "math");
  const items = rows.map((r, i) => ({ id: String(i), messages: [{ role: "user" as const, content: r.question }], prompts: [r.question], strongScore: r.scores[strong] ?? 0, weakScore: r.scores[weak] ?? 0 }));
  return pairedStream("llmrouter-math", items);
}

function pairedStream(name: string, items: PairedItem[]): OutcomeStream {
  const base = readOutcomeStream(path.join(data, "routerbench-zs/mbpp_test.csv"));
  return { ...base, name, items: items.map((item) => ({ messages: item.messages, rewards: [item.weakScore, item.strongScore], source: { kind: "paired" as const, item } })) };
}

interface MmluProRow {
  question_id: number;
  question: string;
  options: string[];
  answer: string;
  pred: string | null;
  src: string;
  category: string;
}

/**
 * MMLU-Pro rows that are NOT MMLU questions (src not `ori_mmlu…`), GPT-4o (strong) vs Mixtral-8x7B (weak); with
 * `categories`, only those (the computing subjects, maths, physics, chemistry, engineering: a larger maths-like stream).
 */
function mmluProStream(categories?: readonly string[]): OutcomeStream {
  const gpt4oDir = path.join(data, "mmlu-pro/commit-ff991b5/eval_results/gpt4o");
  const strong = readdirSync(gpt4oDir).filter((f) => f.endsWith("_result.json")).sort().flatMap((f) => JSON.parse(readFileSync(path.join(gpt4oDir, f), "utf8")) as MmluProRow[]);
  const zip = path.join(data, "mmlu-pro/HEAD/eval_results/model_outputs_Mixtral-8x7B-Instruct-v0.1_5shots.zip");
  const weakRows = JSON.parse(execFileSync("unzip", ["-p", zip], { maxBuffer: 1 << 28 }).toString("utf8")) as unknown[];
  const weak = new Map<number, MmluProRow>();
  for (const row of weakRows) if (row && typeof row === "object") weak.set((row as MmluProRow).question_id, row as MmluProRow);
  const letters = "ABCDEFGHIJ";
  const items = strong.flatMap((row): PairedItem[] => {
    const other = weak.get(row.question_id);
    if (row.src.startsWith("ori_mmlu") || !other || (categories && !categories.includes(row.category))) return [];
    const content = `${row.question}\n\n${row.options.map((o, i) => `${letters[i]}. ${o}`).join("\n")}`;
    return [{ id: String(row.question_id), messages: [{ role: "user", content }], prompts: [content], strongScore: row.pred === row.answer ? 1 : 0, weakScore: other.pred === other.answer ? 1 : 0 }];
  });
  return pairedStream(categories ? "mmlupro-stem" : "mmlupro-non-ori", items);
}

function readStream(name: string): OutcomeStream {
  if (name === "routerbench") {
    const dir = path.join(data, "routerbench-zs");
    const items = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort().flatMap((f) => readRouterBench(path.join(dir, f))?.items ?? []);
    return { ...pairedStream("routerbench-all", items) };
  }
  if (name === "mmlupro") return mmluProStream();
  if (name === "mmlupro-stem") return mmluProStream(["math", "physics", "chemistry", "engineering"]);
  if (name === "llmrouter-math") return llmRouterMathStream();
  if (name.startsWith("ladder-llmrouter")) {
    const ladder = [{ model: "mistral-7b-instruct-v0.3", usdPerMillionTokens: 0.2 }, { model: "llama-3.1-8b-instruct", usdPerMillionTokens: 0.6 }, { model: "llama-3.1-nemotron-51b-instruct", usdPerMillionTokens: 20 }];
    const items = llmRouterRows(name !== "ladder-llmrouter").map((r, i) => ({ id: String(i), messages: [{ role: "user" as const, content: r.question }], prompts: [r.question], scores: r.scores }));
    return { name, kind: "ladder", arms: ladder.map((l) => l.model), prices: ladder.map((l) => l.usdPerMillionTokens), ladder, items: items.map((item) => ({ messages: item.messages, rewards: ladder.map((l) => item.scores[l.model] ?? 0), source: { kind: "ladder" as const, item } })) };
  }
  if (name.startsWith("llmrouter")) {
    const weak = process.env.WEAK ?? "mistral-7b-instruct-v0.3";
    const strong = process.env.STRONG ?? "llama-3.3-nemotron-super-49b-v1";
    const items = llmRouterRows(name !== "llmrouter").map((r, i) => ({ id: String(i), messages: [{ role: "user" as const, content: r.question }], prompts: [r.question], strongScore: r.scores[strong] ?? 0, weakScore: r.scores[weak] ?? 0 }));
    return pairedStream(name, items);
  }
  if (name === "alpaca") return readOutcomeStream(path.join(data, "alpaca-eval/alpaca_eval_gpt4_preferences.csv"));
  return readOutcomeStream(path.join(data, "alpaca-eval/weighted_alpaca_eval_gpt4_turbo_preferences.csv"));
}

/** A seeded subsample of `limit` prompts (the seed differs from the stream order's). */
function subsample(stream: OutcomeStream, limit: number, seed: number): OutcomeStream {
  if (!(limit > 0) || limit >= stream.items.length) return stream;
  const keep = seededPermutation(stream.items.length, seed * 7717 + 13).slice(0, limit).sort((a, b) => a - b);
  return { ...stream, name: `${stream.name}[${limit}]`, items: keep.map((i) => stream.items[i] as OutcomeStream["items"][number]) };
}

/**
 * The same stream with its outcomes shuffled across prompts (a seeded permutation): nothing a prompt shows predicts its
 * outcomes, so every adapter start on it is a false start (`NULL=1`).
 */
function shuffledOutcomes(stream: OutcomeStream, seed: number): OutcomeStream {
  const order = seededPermutation(stream.items.length, seed * 104729 + 7);
  const items = stream.items.map((item, i) => {
    const other = stream.items[order[i] as number] as typeof item;
    const source: typeof item.source =
      item.source.kind === "paired" && other.source.kind === "paired"
        ? { kind: "paired", item: { ...item.source.item, strongScore: other.source.item.strongScore, weakScore: other.source.item.weakScore } }
        : item.source.kind === "ladder" && other.source.kind === "ladder"
          ? { kind: "ladder", item: { ...item.source.item, scores: other.source.item.scores } }
          : item.source;
    return { ...item, rewards: other.rewards, source };
  });
  return { ...stream, name: `${stream.name}-null`, items };
}

/** A development stream by name, subsampled to `limit` prompts (0: all) with a per-seed subset; `nullOutcomes` shuffles its outcomes. */
export function readDevStream(name: string, limit: number, seed: number, nullOutcomes = process.env.NULL === "1"): OutcomeStream {
  const stream = subsample(readStream(name), limit, seed);
  return nullOutcomes ? shuffledOutcomes(stream, seed) : stream;
}
