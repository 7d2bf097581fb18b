/**
 * The learned classifier's training inputs, read only from sources whose licence allows shipped
 * weights (MIT / Apache-2.0 / CC-BY) plus the team's own examples, and de-duplicated against every
 * held-out set by normalised exact match:
 * - llmrouter (MIT): 0/1 scores of 9 models → strong-need target (default: share of the six cheap
 *   7–9B models that fail); task by task name;
 * - MATH (MIT): task `math`, strong-need from the level;
 * - SimpleQA prompts (MIT): task `simple_qa`;
 * - task-type-candidates rows from llmrouter and Vicuna-80 (Apache-2.0), never from held-out sources;
 * - `training/task-examples.jsonl`: prompts the team wrote, with a task and optional strong-need;
 * - `training/strong-need-examples.jsonl`: prompts the team wrote with a task and a strong-need label;
 * - `training/conversation-examples.jsonl`: conversations the team wrote (follow-ups, other languages,
 *   agent turns, numbers), as `{"request": {...}, "task", "kind"}` rows. The held-back file
 *   `training/conversation-held-back.jsonl` is never read here.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TrainingExample } from "../classifier/learned/train-model.js";
import { parseCsvRecords, parseJsonLines } from "./csv.js";
import { HELD_OUT_CANDIDATE_SOURCES, loadHeldOutIndex, normalizePrompt } from "./held-out-sets.js";
import { readConversationSet } from "./conversation-set.js";
import { normalizeToolBlocks } from "../classifier/conversation/tool-blocks.js";
import { messageText } from "../classifier/conversation-text.js";

/** A training example with where it came from and the text used for de-duplication. */
export interface SourcedExample extends TrainingExample {
  source: string;
  prompt: string;
  /** Per-model 0/1 scores, when the source has them (llmrouter). */
  modelScores?: Record<string, number>;
}

/** llmrouter task names → router task types (as task-type-candidates.csv suggests; others unlabelled). */
export const LLMROUTER_TASKS: Readonly<Record<string, string>> = {
  math: "math",
  gsm8k: "math",
  "agentverse-mgsm": "math",
  mbpp: "code_generation",
  human_eval: "code_generation",
  natural_qa: "simple_qa",
  trivia_qa: "simple_qa",
  "agentverse-logicgrid": "deep_reasoning",
};

/**
 * The team's prior on how much each task needs a strong model (0..1), used as the strong-need
 * target of team-written examples that give none. Written from general experience (small models
 * trail most on maths, multi-step reasoning and code; least on chat and light writing).
 */
export const TEAM_TASK_STRONG_PRIOR: Readonly<Record<string, number>> = {
  chat: 0.15,
  creative_writing: 0.2,
  brainstorming: 0.2,
  summarization: 0.25,
  translation: 0.3,
  classification: 0.3,
  extraction: 0.35,
  simple_qa: 0.4,
  analysis: 0.55,
  code_review: 0.6,
  code_generation: 0.65,
  math: 0.8,
  deep_reasoning: 0.85,
};

function user(prompt: string): SourcedExample["messages"] {
  return [{ role: "user", content: prompt }];
}

/** Cheap models of llmrouter (7–9B, $0.1–0.2 per million tokens in `default_llm.json`). */
export const LLMROUTER_SMALL_MODELS = ["qwen2.5-7b-instruct", "codegemma-7b", "gemma-2-9b-it", "llama-3.1-8b-instruct", "mistral-7b-instruct-v0.3", "llama3-chatqa-1.5-8b"];
/** Large models of llmrouter (49–70B, $0.9 per million tokens). */
export const LLMROUTER_LARGE_MODELS = ["llama-3.3-nemotron-super-49b-v1", "llama-3.1-nemotron-51b-instruct", "llama3-chatqa-1.5-70b"];

/**
 * How llmrouter's per-model 0/1 scores become a strong-need target:
 * - `fail`: 1 − mean score of all models (hard for everyone counts as strong-need);
 * - `gain`: share of large models right × share of small models wrong (the chance that routing up
 *   turns a wrong answer into a right one: what APGR rewards);
 * - `small-fail`: share of the cheap models that fail (a strong model is assumed to do at least as well).
 */
export type LlmRouterLabel = "fail" | "gain" | "small-fail";

function llmRouterTarget(scores: Record<string, number>, label: LlmRouterLabel): number {
  const meanOf = (models: readonly string[]): number => models.reduce((s, m) => s + (scores[m] ?? 0), 0) / models.length;
  if (label === "gain") return meanOf(LLMROUTER_LARGE_MODELS) * (1 - meanOf(LLMROUTER_SMALL_MODELS));
  if (label === "small-fail") return 1 - meanOf(LLMROUTER_SMALL_MODELS);
  const values = Object.values(scores);
  return 1 - values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
}

function readLlmRouter(routing: string, split: "train" | "test", label: LlmRouterLabel): SourcedExample[] {
  const dir = path.join(routing, "llmrouter");
  const scoresFile = path.join(dir, `dcrouter_preprocessed/${split}.json`);
  if (!existsSync(scoresFile)) return [];
  const taskOf = new Map<string, string>();
  for (const row of parseJsonLines(readFileSync(path.join(dir, `default_query_${split}.jsonl`), "utf8")) as { query: string; task_name: string }[]) {
    taskOf.set(row.query, row.task_name);
  }
  const rows = JSON.parse(readFileSync(scoresFile, "utf8")) as { question: string; scores: Record<string, number> }[];
  return rows.map((row) => {
    const taskName = taskOf.get(row.question) ?? "";
    const task = LLMROUTER_TASKS[taskName];
    return {
      source: `llmrouter-${split}:${taskName}`,
      prompt: row.question,
      messages: user(row.question),
      strong: llmRouterTarget(row.scores, label),
      modelScores: row.scores,
      ...(task ? { task } : {}),
    };
  });
}

/** MATH level (1–5) → strong-need target, per `TrainingDataOptions.mathStrong`. */
function mathTarget(level: number, mode: MathStrongMode): number | undefined {
  if (mode === "none") return undefined;
  if (mode === "narrow") return 0.3 + 0.1 * (level - 1);
  return 0.55 + 0.1 * (level - 1);
}

function readMath(routing: string, mode: MathStrongMode): SourcedExample[] {
  const file = path.join(routing, "math/math-5000.jsonl");
  if (!existsSync(file)) return [];
  return (parseJsonLines(readFileSync(file, "utf8")) as { problem: string; level: string }[]).map((row) => {
    const level = Number(/\d/.exec(row.level)?.[0] ?? 3);
    const strong = mathTarget(level, mode);
    return { source: "math-5000", prompt: row.problem, messages: user(row.problem), task: "math", ...(strong === undefined ? {} : { strong }) };
  });
}

function readSimpleQa(routing: string): SourcedExample[] {
  const file = path.join(routing, "simpleqa/grades-matrix.csv");
  if (!existsSync(file)) return [];
  return parseCsvRecords(readFileSync(file, "utf8")).records.map((r) => ({ source: "simpleqa", prompt: r.prompt ?? "", messages: user(r.prompt ?? ""), task: "simple_qa" }));
}

function readCandidates(routing: string): SourcedExample[] {
  const file = path.join(routing, "task-type-candidates.csv");
  if (!existsSync(file)) return [];
  const permitted = new Set(["llmrouter_query_test", "vicuna_bench"]);
  return parseCsvRecords(readFileSync(file, "utf8"))
    .records.filter((r) => permitted.has(r.source ?? "") && !(HELD_OUT_CANDIDATE_SOURCES as readonly string[]).includes(r.source ?? ""))
    .filter((r) => (r.suggested_router_label ?? "") !== "")
    .map((r) => ({ source: `candidates:${r.source ?? ""}`, prompt: r.prompt ?? "", messages: user(r.prompt ?? ""), task: r.suggested_router_label ?? "" }));
}

/** Reads the team's JSONL examples: `{prompt, task, strong?}`, `{messages, task, strong?}` or `{request: {messages}, task, strong?}`. */
export function readTeamExamples(file: string, source = "team"): SourcedExample[] {
  if (!existsSync(file)) return [];
  type Row = { prompt?: string; messages?: SourcedExample["messages"]; request?: { messages?: SourcedExample["messages"] }; task: string; strong?: number };
  return (parseJsonLines(readFileSync(file, "utf8")) as Row[]).map((row) => {
    const messages = row.request?.messages ?? row.messages ?? user(row.prompt ?? "");
    const prompt = messages.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
    return { source, prompt, messages, task: row.task, strong: row.strong ?? TEAM_TASK_STRONG_PRIOR[row.task] ?? 0.5 };
  });
}

/**
 * The team's conversations: task labels, and a strong-need target only when asked for (see `TrainingDataOptions`).
 * Each row's request is read by `toMessages` (the doors' translation, so Messages and Responses rows train as the
 * gateway reads them) and its Anthropic tool blocks normalized, as the classifier normalizes them before reading.
 */
function readConversationExamples(file: string, options: TrainingDataOptions): SourcedExample[] {
  const toMessages = options.conversationMessages;
  const rows = toMessages ? readConversationSet(file, toMessages) : readTeamExamples(file, "team-conversation");
  return rows.flatMap(({ messages: raw, task }) => {
    if (task === undefined) return [];
    const messages = [...normalizeToolBlocks(raw)];
    // Content parts count too: a row with none of its text in the prompt would be de-duplicated against every other.
    const prompt = messages.map(messageText).join("\n");
    const strong = options.conversationStrong === true ? (TEAM_TASK_STRONG_PRIOR[task] ?? 0.5) : undefined;
    return [{ source: "team-conversation", prompt, messages, task, ...(strong === undefined ? {} : { strong }) }];
  });
}

/**
 * MATH levels as strong-need targets: `wide` (0.55–0.95), `narrow` (0.3–0.7, on the scale of the
 * llmrouter targets) or `none` (task labels only).
 */
export type MathStrongMode = "wide" | "narrow" | "none";

/** Choices about how sources become targets. */
export interface TrainingDataOptions {
  mathStrong?: MathStrongMode;
  /**
   * Centre llmrouter targets within each of its datasets (0.5 + target − the dataset's mean over the
   * train split), so the strong-need head learns what makes a prompt hard *within* a kind of task and
   * not which benchmark a prompt came from; differences between tasks come from the task prior.
   */
  centerLlmRouter?: boolean;
  /**
   * llmrouter datasets (task names, e.g. `gsm8k`) whose rows train the task head only, with no
   * strong-need target; `*` for all of them.
   */
  llmrouterTaskOnly?: readonly string[];
  llmrouterLabel?: LlmRouterLabel;
  /**
   * The team's strong-need examples (JSONL like the task examples, every row with `strong`): source
   * `team-strong`, always trained on, never in the task validation split.
   */
  strongExamplesFile?: string;
  /**
   * More of the team's labelled single prompts (JSONL of `{prompt, task}`), read like the task examples (source `team`,
   * split for validation the same way): by default {@link TEAM_PROMPT_FILES}.
   */
  promptExamplesFiles?: readonly string[];
  /**
   * The team's conversations (source `team-conversation`): always trained on, task labels only. They
   * carry no measured strong-need (a per-task prior would be a guess), so by default they do not pull
   * the strong-need head, which stays trained on outcome data and the team's strong-need examples.
   */
  conversationExamplesFiles?: readonly string[];
  /** How a conversation row's `request` becomes chat messages (the CLI passes the doors' translation); default: its `messages`. */
  conversationMessages?: (request: Record<string, unknown>) => unknown;
  /** Give the conversations the per-task prior as a strong-need target too (the first issue-13 recipe; dev comparisons). */
  conversationStrong?: boolean;
}

/**
 * The team's labelled conversations `switchyard train` reads by default (paths from the repository root): the
 * generated examples and every development set once it has been used to find misses. The held-back sets, the sealed
 * sets and a development set not yet scored stay out; `held-out-leak.test.ts` checks that none of them is listed here.
 * Dev 41-65's working sets were read for rule fixes without being trained on until the fifteenth round; trained on
 * (with the single prompts of {@link TEAM_PROMPT_FILES}), fresh sets read at first sight came out 3-4 points better
 * (docs/routing-quality.md, "Fifteenth round").
 */
export const TEAM_CONVERSATION_FILES: readonly string[] = [
  "training/conversation-examples.jsonl",
  ...["4", "5", "6", "7", "8", "9", "10-agents", "10-followups", "11-agents", "11-followups", "12", "13", "15", "16", "17", "18", "19", "20", "21", "22", "25", "26", "27", "28", "30", "31", "32", "33", "34", "35", "38", "39", "41", "42", "44", "46", "50", "52", "54", "56", "57", "61", "63", "65", "67", "69", "71", "73", "75", "77", "79", "80", "81", "82", "83", "84", "85", "87", "89", "91", "92", "93", "94", "95", "97", "99", "101", "102", "103", "105", "107", "109", "110", "111", "113", "115", "117", "118", "119", "121", "123", "125", "127", "129", "131", "133", "135", "137", "139", "145", "147", "149", "151", "153", "155", "numeric", "numeric-2", "numeric-3"].map((set) => `training/conversation-dev-${set}.jsonl`).sort(),
  // The same requests in ten languages (twenty-second round): the held-back halves stay out.
  ...["dev", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6", "dev-7", "dev-8"].map((set) => `training/parallel-languages-${set}.jsonl`),
];

/**
 * More single English prompts the learned classifier trains on by default (paths from the repository root): the
 * heuristic's tuning fixture, 471 prompts the team wrote with task labels. Fifteenth round: with the development sets
 * 41-65 added to the conversations, the single prompts were outweighed (the never-trained `task-prompts-unseen.jsonl`
 * read 1-2 points lower); with these prompts it read as before or better, and fresh conversations better still
 * (docs/routing-quality.md). `task-prompts-unseen.jsonl` stays out: it is the single-prompt test.
 */
export const TEAM_PROMPT_FILES: readonly string[] = ["test/fixtures/task-prompts.jsonl"];

/** Centres llmrouter targets per dataset (see `TrainingDataOptions.centerLlmRouter`). */
export function centerLlmRouterTargets(examples: readonly SourcedExample[]): SourcedExample[] {
  const sums = new Map<string, { sum: number; n: number }>();
  const dataset = (source: string): string => source.split(":")[1] ?? "";
  for (const e of examples) {
    if (!e.source.startsWith("llmrouter-train:") || e.strong === undefined) continue;
    const entry = sums.get(dataset(e.source)) ?? { sum: 0, n: 0 };
    sums.set(dataset(e.source), { sum: entry.sum + e.strong, n: entry.n + 1 });
  }
  return examples.map((e) => {
    const entry = e.source.startsWith("llmrouter-") ? sums.get(dataset(e.source)) : undefined;
    if (!entry || e.strong === undefined) return e;
    return { ...e, strong: Math.max(0, Math.min(1, 0.5 + e.strong - entry.sum / entry.n)) };
  });
}

/** Every training input, before de-duplication. */
export function loadRawTrainingExamples(dataDir: string, teamExamplesFile: string, options: TrainingDataOptions = {}): SourcedExample[] {
  const label = options.llmrouterLabel ?? "small-fail";
  const routing = path.join(dataDir, "routing");
  const taskOnly = new Set(options.llmrouterTaskOnly ?? []);
  const llmrouter = [...readLlmRouter(routing, "train", label), ...readLlmRouter(routing, "test", label)].map((e) =>
    taskOnly.has("*") || taskOnly.has(e.source.split(":")[1] ?? "") ? { ...e, strong: undefined } : e,
  );
  return [
    ...readTeamExamples(teamExamplesFile),
    ...(options.promptExamplesFiles ?? []).flatMap((file) => readTeamExamples(file)),
    ...(options.strongExamplesFile ? readTeamExamples(options.strongExamplesFile, "team-strong") : []),
    ...(options.conversationExamplesFiles ?? []).flatMap((file) => readConversationExamples(file, options)),
    ...(options.centerLlmRouter ? centerLlmRouterTargets(llmrouter) : llmrouter),
    ...readMath(routing, options.mathStrong ?? "wide"),
    ...readSimpleQa(routing),
    ...readCandidates(routing),
  ];
}

/** Drops examples whose prompt matches a held-out prompt, and later repeats of an earlier prompt. */
export function deduplicateExamples(examples: readonly SourcedExample[], heldOut: ReadonlySet<string>): { kept: SourcedExample[]; heldOutRemoved: number; repeatsRemoved: number } {
  const seen = new Set<string>();
  const kept: SourcedExample[] = [];
  let heldOutRemoved = 0;
  let repeatsRemoved = 0;
  for (const example of examples) {
    const texts = example.messages.map((m) => normalizePrompt(typeof m.content === "string" ? m.content : ""));
    const whole = normalizePrompt(example.prompt);
    if (heldOut.has(whole) || texts.some((t) => heldOut.has(t))) {
      heldOutRemoved++;
      continue;
    }
    const key = whole;
    if (seen.has(key)) {
      repeatsRemoved++;
      continue;
    }
    seen.add(key);
    kept.push(example);
  }
  return { kept, heldOutRemoved, repeatsRemoved };
}

/** Loads and de-duplicates the training inputs against every held-out set under `dataDir`. */
export function loadTrainingExamples(
  dataDir: string,
  teamExamplesFile: string,
  options: TrainingDataOptions = {},
): { examples: SourcedExample[]; heldOutRemoved: number; repeatsRemoved: number } {
  const { kept, heldOutRemoved, repeatsRemoved } = deduplicateExamples(loadRawTrainingExamples(dataDir, teamExamplesFile, options), loadHeldOutIndex(dataDir));
  return { examples: kept, heldOutRemoved, repeatsRemoved };
}
