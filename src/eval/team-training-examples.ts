/**
 * The team's own training inputs for the learned classifier (paths from the repository root):
 * - `training/task-examples.jsonl` and {@link TEAM_PROMPT_FILES}: prompts the team wrote, with a task and optional
 *   strong-need;
 * - `training/strong-need-examples.jsonl`: prompts the team wrote with a task and a strong-need label;
 * - {@link TEAM_CONVERSATION_FILES}: conversations the team wrote (follow-ups, other languages, agent turns,
 *   numbers), as `{"request": {...}, "task", "kind"}` rows. The held-back file
 *   `training/conversation-held-back.jsonl` is never read here.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { InvalidRequestError } from "../core/errors/index.js";
import { ownValue } from "../core/own-property.js";
import { parseNumberedJsonLines } from "./csv.js";
import { readConversationSet } from "./conversation-set.js";
import { normalizeToolBlocks } from "../classifier/conversation/tool-blocks.js";
import { messageText } from "../classifier/conversation-text.js";
import { userMessages as user, type SourcedExample } from "./sourced-example.js";

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

/**
 * Reads the team's JSONL examples: `{prompt, task, strong?}`, `{messages, task, strong?}` or `{request: {messages}, task, strong?}`.
 * A line that is none of these is an error naming the file and line: one `"strong": "high"` (or a task named
 * `constructor`, whose prior read Object's constructor) made the strong-need head NaN, and the weights were written.
 */
export function readTeamExamples(file: string, source = "team"): SourcedExample[] {
  if (!existsSync(file)) return [];
  return parseNumberedJsonLines(readFileSync(file, "utf8")).map(({ line, value }) => {
    const row = teamRow(value);
    if (typeof row === "string") throw new InvalidRequestError(`${file} line ${line}: ${row}.`);
    const messages = row.request?.messages ?? row.messages ?? user(row.prompt ?? "");
    const prompt = messages.map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
    const strong = row.strong ?? (row.task === undefined ? undefined : ownValue(TEAM_TASK_STRONG_PRIOR, row.task)) ?? 0.5;
    return { source, prompt, messages, ...(row.task === undefined ? {} : { task: row.task }), strong };
  });
}

type TeamRow = { prompt?: string; messages?: SourcedExample["messages"]; request?: { messages?: SourcedExample["messages"] }; task?: string; strong?: number };

/** The row as a team example, or what is wrong with it. */
function teamRow(value: unknown): TeamRow | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const row = value as { prompt?: unknown; messages?: unknown; request?: unknown; task?: unknown; strong?: unknown };
  if (row.task !== undefined && (typeof row.task !== "string" || row.task === "")) return '"task" must be a task name';
  if (row.strong !== undefined && !(typeof row.strong === "number" && row.strong >= 0 && row.strong <= 1)) return `"strong" must be a number from 0 to 1 (got ${JSON.stringify(row.strong)})`;
  if (row.prompt !== undefined && typeof row.prompt !== "string") return '"prompt" must be a string';
  const request = row.request as { messages?: unknown } | null | undefined;
  if (request !== undefined && (typeof request !== "object" || request === null)) return '"request" must be an object';
  const messages = request?.messages ?? row.messages;
  if (messages !== undefined && !(Array.isArray(messages) && messages.every((m: unknown) => typeof m === "object" && m !== null && !Array.isArray(m)))) return '"messages" must be a list of message objects';
  return row as TeamRow;
}

/** How the team's conversations become examples (part of `TrainingDataOptions`). */
export interface ConversationExampleOptions {
  /** How a conversation row's `request` becomes chat messages (the CLI passes the doors' translation); default: its `messages`. */
  conversationMessages?: (request: Record<string, unknown>) => unknown;
  /** Give the conversations the per-task prior as a strong-need target too (the first issue-13 recipe; dev comparisons). */
  conversationStrong?: boolean;
}

/**
 * The team's conversations: task labels, and a strong-need target only when asked for (see `TrainingDataOptions`).
 * Each row's request is read by `toMessages` (the doors' translation, so Messages and Responses rows train as the
 * gateway reads them) and its Anthropic tool blocks normalized, as the classifier normalizes them before reading.
 */
export function readConversationExamples(file: string, options: ConversationExampleOptions): SourcedExample[] {
  const toMessages = options.conversationMessages;
  const rows = toMessages ? readConversationSet(file, toMessages) : readTeamExamples(file, "team-conversation");
  return rows.flatMap(({ messages: raw, task }) => {
    if (task === undefined) return [];
    const messages = [...normalizeToolBlocks(raw)];
    // Content parts count too: a row with none of its text in the prompt would be de-duplicated against every other.
    const prompt = messages.map(messageText).join("\n");
    const strong = options.conversationStrong === true ? (ownValue(TEAM_TASK_STRONG_PRIOR, task) ?? 0.5) : undefined;
    return [{ source: "team-conversation", prompt, messages, task, ...(strong === undefined ? {} : { strong }) }];
  });
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
