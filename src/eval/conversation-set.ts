/**
 * Labelled conversation sets: JSONL rows `{"request": {...chat request...}, "task", "kind"}` (the
 * team's follow-up, language, agent and numeric conversations), scored by task accuracy per kind.
 * @module
 */
import { readFileSync } from "node:fs";
import type { ConversationClassifier } from "../classifier/classifier.js";
import type { ChatMessage } from "../core/types.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { parseNumberedJsonLines } from "./csv.js";

/** One labelled conversation with its kind (`follow_up`, `language`, `agent`, `numeric`, ...). */
export interface ConversationExample {
  messages: ChatMessage[];
  task: string;
  kind: string;
}

/** Accuracy per kind, and the misses. */
export interface ConversationSetResult {
  n: number;
  accuracy: number;
  per_kind: Record<string, { n: number; accuracy: number }>;
  misses: { kind: string; task: string; predicted: string; last: string }[];
}

/**
 * Reads a conversation set; rows without a request (or messages) and a task are skipped. `toMessages` turns a row's
 * request into the chat messages to classify (default: its `messages`); pass the CLI's door translation so rows in
 * the Messages or Responses shape (a top-level `system`, `input`) are read as `switchyard route --jsonl` reads them.
 */
export function readConversationSet(file: string, toMessages: (request: Record<string, unknown>) => unknown = (request) => request.messages): ConversationExample[] {
  return parseNumberedJsonLines(readFileSync(file, "utf8")).flatMap(({ line, value }) => {
    // A line that is no object is no row to skip: it is a broken file, named (null crashed with a TypeError).
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidRequestError(`${file} line ${line}: not a JSON object.`);
    const row = value as { request?: unknown; messages?: unknown; task?: unknown; kind?: unknown };
    let messages: unknown;
    try {
      messages = typeof row.request === "object" && row.request !== null ? toMessages(row.request as Record<string, unknown>) : row.messages;
    } catch (error) {
      throw new InvalidRequestError(`${file} line ${line}: ${(error as Error).message}`);
    }
    if (typeof row.task !== "string" || !Array.isArray(messages)) return [];
    return [{ messages: messages as ChatMessage[], task: row.task, kind: typeof row.kind === "string" ? row.kind : "other" }];
  });
}

function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const content = messages[i]?.content;
    if (messages[i]?.role === "user" && typeof content === "string") return content.slice(0, 80);
  }
  return "";
}

/** Classifies every conversation and tallies accuracy per kind. */
export function evaluateConversationSet(examples: readonly ConversationExample[], classifier: ConversationClassifier): ConversationSetResult {
  const tally = new Map<string, { n: number; correct: number }>();
  const misses: ConversationSetResult["misses"] = [];
  let correct = 0;
  for (const example of examples) {
    const predicted = classifier.classify(example.messages).task.label;
    const entry = tally.get(example.kind) ?? { n: 0, correct: 0 };
    entry.n++;
    if (predicted === example.task) {
      entry.correct++;
      correct++;
    } else misses.push({ kind: example.kind, task: example.task, predicted, last: lastUserText(example.messages) });
    tally.set(example.kind, entry);
  }
  // Kinds come from the file: no prototype, so a kind named `__proto__` is a kind, not the object's prototype.
  const perKind = Object.create(null) as ConversationSetResult["per_kind"];
  for (const [kind, { n, correct: right }] of [...tally].sort()) perKind[kind] = { n, accuracy: right / n };
  return { n: examples.length, accuracy: correct / Math.max(1, examples.length), per_kind: perKind, misses };
}
