/**
 * Labelled task sets: JSONL rows `{prompt, task}` (or `{messages, task}`), scored by accuracy and
 * a confusion matrix of gold task → predicted task.
 * @module
 */
import { readFileSync } from "node:fs";
import type { ConversationClassifier } from "../classifier/classifier.js";
import type { ChatMessage } from "../core/types.js";
import { parseCsvRecords, parseJsonLines } from "./csv.js";
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

/** Reads a JSONL task set; rows without a prompt or task are skipped. */
export function readTaskSet(file: string): TaskExample[] {
  const rows = parseJsonLines(readFileSync(file, "utf8")) as { prompt?: unknown; messages?: unknown; task?: unknown }[];
  return rows.flatMap((row) => {
    if (typeof row.task !== "string") return [];
    if (typeof row.prompt === "string") return [{ messages: [{ role: "user", content: row.prompt }], task: row.task }];
    if (Array.isArray(row.messages)) return [{ messages: row.messages as ChatMessage[], task: row.task }];
    return [];
  });
}

/**
 * The labelled rows of `task-type-candidates.csv` whose source is a held-out set (evaluation only):
 * `suggested_router_label` is the gold task.
 */
export function readHeldOutCandidateTaskSet(file: string): TaskExample[] {
  return parseCsvRecords(readFileSync(file, "utf8"))
    .records.filter((r) => (HELD_OUT_CANDIDATE_SOURCES as readonly string[]).includes(r.source ?? "") && (r.suggested_router_label ?? "") !== "")
    .map((r) => ({ messages: [{ role: "user", content: r.prompt ?? "" }], task: r.suggested_router_label ?? "" }));
}

/** Classifies every example and tallies accuracy and the confusion matrix. */
export function evaluateTaskSet(
  examples: readonly TaskExample[],
  classifier: ConversationClassifier,
  onProgress?: (done: number, total: number) => void,
): TaskSetResult {
  const confusion: Record<string, Record<string, number>> = {};
  const labels = new Set<string>();
  let correct = 0;
  examples.forEach((example, index) => {
    const predicted = classifier.classify(example.messages).task.label;
    labels.add(example.task).add(predicted);
    const row = (confusion[example.task] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
    if (predicted === example.task) correct++;
    if (onProgress && (index + 1) % 500 === 0) onProgress(index + 1, examples.length);
  });
  const perTask: Record<string, { n: number; recall: number }> = {};
  for (const [gold, row] of Object.entries(confusion)) {
    const n = Object.values(row).reduce((s, c) => s + c, 0);
    perTask[gold] = { n, recall: (row[gold] ?? 0) / n };
  }
  return { n: examples.length, accuracy: examples.length ? correct / examples.length : 0, labels: [...labels].sort(), confusion, per_task: perTask };
}
