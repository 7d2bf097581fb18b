/**
 * The `heuristic` classifier: the seed's complexity rules over the whole conversation, plus
 * weighted keyword rules for the task type. It is the baseline the `learned` classifier must beat.
 *
 * Cost: a single lowercase pass and a fixed set of precompiled regexes. For huge prompts the task
 * rules read only the head and tail of the text ({@link TASK_SCAN_HEAD_CHARS} + {@link TASK_SCAN_TAIL_CHARS}
 * of the latest message, {@link CONTEXT_SCAN_CHARS} of the rest), because instructions sit at the
 * start or the end; the complexity rules still count words and look for markers over everything.
 * @module
 */
import type { ChatMessage } from "../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "./classifier.js";
import { lastUserText, messageText } from "./conversation-text.js";
import {
  STRONG_PROBABILITY_BY_DIFFICULTY,
  classifyComplexity,
  readComplexitySignals,
} from "./heuristic-complexity.js";
import { classifyTask } from "./heuristic-task-classifier.js";

/** Characters from the start of the latest user message that the task rules read. */
export const TASK_SCAN_HEAD_CHARS = 20_000;
/** Characters from the end of the latest user message that the task rules read. */
export const TASK_SCAN_TAIL_CHARS = 20_000;
/** Characters of the system prompt and earlier user turns that the task rules read (head and tail halves). */
export const CONTEXT_SCAN_CHARS = 20_000;

/** Creates the `heuristic` classifier. It is stateless and safe to share. */
export function createHeuristicClassifier(): ConversationClassifier {
  return { name: "heuristic", classify: classifyConversation };
}

function classifyConversation(messages: readonly ChatMessage[]): ConversationClassification {
  const { all, latest, context } = splitConversation(messages);
  const signals = readComplexitySignals(all, all.toLowerCase());
  const difficulty = classifyComplexity(signals);
  const task = classifyTask({
    latest: headAndTail(latest, TASK_SCAN_HEAD_CHARS, TASK_SCAN_TAIL_CHARS),
    context: headAndTail(context, CONTEXT_SCAN_CHARS / 2, CONTEXT_SCAN_CHARS / 2),
  });
  return { task, difficulty, strongProbability: STRONG_PROBABILITY_BY_DIFFICULTY[difficulty.label] };
}

/** Every user-authored turn, the latest user message, and the turns before it (system included). */
function splitConversation(messages: readonly ChatMessage[]): { all: string; latest: string; context: string } {
  const latest = lastUserText(messages);
  const parts: string[] = [];
  let latestSeen = false;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.role !== "user" && message.role !== "system" && message.role !== "developer") continue;
    if (!latestSeen && message.role === "user") {
      latestSeen = true;
      continue;
    }
    const text = messageText(message);
    if (text.length > 0) parts.push(text);
  }
  const context = parts.reverse().join("\n");
  const all = context.length === 0 ? latest : latest.length === 0 ? context : `${context}\n${latest}`;
  return { all, latest, context };
}

/** The text itself when short, else its first `head` and last `tail` characters. */
function headAndTail(text: string, head: number, tail: number): string {
  if (text.length <= head + tail) return text;
  return `${text.slice(0, head)}\n${text.slice(text.length - tail)}`;
}
