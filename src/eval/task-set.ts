/**
 * Labelled task sets: JSONL rows `{prompt, task}` (or `{messages, task}`), scored by accuracy and
 * a confusion matrix of gold task → predicted task.
 * @module
 */
import { readFileSync } from "node:fs";
import type { ConversationClassifier } from "../classifier/classifier.js";
import type { ChatMessage } from "../core/types.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { parseCsvRecords, parseNumberedJsonLines } from "./csv.js";
import { HELD_OUT_CANDIDATE_SOURCES } from "./held-out-sets.js";

/** One labelled conversation. */
export interface TaskExample {
  messages: ChatMessage[];
  task: string;
}

/** Accuracy and confusion of a task classifier. */
export interface TaskSetResult {
  n: number;
  accuracy: number;
  labels: string[];
  /** confusion[gold][predicted] = count */
  confusion: Record<string, Record<string, number>>;
  per_task: Record<string, { n: number; recall: number }>;
}

/** A task set's labelled rows, and the lines that held none (with why). */
export interface TaskSetRows {
  examples: TaskExample[];
  skipped: { line: number; why: string }[];
}

/**
 * Reads a JSONL task set. A line that is no labelled prompt (not an object, no task, no prompt or messages, a
 * message that is no object) is skipped and named in `skipped`; a file with no labelled prompt at all is an error,
 * since accuracy over nothing is no score.
 */
export function readTaskSet(file: string): TaskSetRows {
  const rows: TaskSetRows = { examples: [], skipped: [] };
  for (const { line, value } of parseNumberedJsonLines(readFileSync(file, "utf8"))) {
    const read = taskExampleOf(value);
    if (typeof read === "string") rows.skipped.push({ line, why: read });
    else rows.examples.push(read);
  }
  if (rows.examples.length === 0) {
    const first = rows.skipped[0];
    throw new InvalidRequestError(`${file} holds no labelled prompt: each line needs "task" (a string) and "prompt" (a string) or "messages" (a list of message objects)${first ? `; line ${first.line}: ${first.why}` : " (the file is empty)"}.`);
  }
  return rows;
}

/** The line's labelled prompt, or why it is none. */
function taskExampleOf(value: unknown): TaskExample | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return `not a JSON object (${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value})`;
  const row = value as { prompt?: unknown; messages?: unknown; task?: unknown };
  if (typeof row.task !== "string" || row.task === "") return 'no "task" string';
  if (typeof row.prompt === "string") return { messages: [{ role: "user", content: row.prompt }], task: row.task };
  if (!Array.isArray(row.messages)) return 'no "prompt" string or "messages" list';
  const bad = row.messages.findIndex((message: unknown) => typeof message !== "object" || message === null || Array.isArray(message));
  if (bad !== -1) return `messages[${bad}] is not a message object`;
  return { messages: row.messages as ChatMessage[], task: row.task };
}

/**
 * The labelled rows of `task-type-candidates.csv` whose source is a held-out set (evaluation only):
 * `suggested_router_label` is the gold task.
 */
export function readHeldOutCandidateTaskSet(file: string): TaskExample[] {
  return parseCsvRecords(readFileSync(file, "utf8"), file)
    .records.filter((r) => (HELD_OUT_CANDIDATE_SOURCES as readonly string[]).includes(r.source ?? "") && (r.suggested_router_label ?? "") !== "")
    .map((r) => ({ messages: [{ role: "user", content: r.prompt ?? "" }], task: r.suggested_router_label ?? "" }));
}

/** Classifies every example and tallies accuracy and the confusion matrix. */
export function evaluateTaskSet(
  examples: readonly TaskExample[],
  classifier: ConversationClassifier,
  onProgress?: (done: number, total: number) => void,
): TaskSetResult {
  // Keyed by labels from the file, so Maps: a task named `__proto__` set Object.prototype's counts.
  const confusion = new Map<string, Map<string, number>>();
  const labels = new Set<string>();
  let correct = 0;
  examples.forEach((example, index) => {
    const predicted = classifier.classify(example.messages).task.label;
    labels.add(example.task).add(predicted);
    const row = confusion.get(example.task) ?? new Map<string, number>();
    confusion.set(example.task, row.set(predicted, (row.get(predicted) ?? 0) + 1));
    if (predicted === example.task) correct++;
    if (onProgress && (index + 1) % 500 === 0) onProgress(index + 1, examples.length);
  });
  const perTask: Record<string, { n: number; recall: number }> = Object.create(null) as Record<string, { n: number; recall: number }>;
  const table: Record<string, Record<string, number>> = Object.create(null) as Record<string, Record<string, number>>;
  for (const [gold, row] of confusion) {
    const n = [...row.values()].reduce((s, c) => s + c, 0);
    perTask[gold] = { n, recall: (row.get(gold) ?? 0) / n };
    table[gold] = Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(row));
  }
  return { n: examples.length, accuracy: examples.length ? correct / examples.length : 0, labels: [...labels].sort(), confusion: table, per_task: perTask };
}
