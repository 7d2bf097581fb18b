/**
 * The `heuristic` classifier: the seed's complexity rules over the whole conversation, plus
 * weighted keyword rules for the task type. It is the baseline the `learned` classifier must beat.
 *
 * Cost: precompiled regexes and one lexicon pass. The task rules read at most the head and tail of
 * the latest user message ({@link TASK_SCAN_HEAD_CHARS} + {@link TASK_SCAN_TAIL_CHARS} characters) and
 * {@link CONTEXT_SCAN_CHARS} of the earlier turns, because instructions sit at the start or the end of
 * a long prompt. The complexity rules still read every turn in full: the math, reasoning and code
 * markers are searched over everything (each search stops at its first hit) and words are counted
 * until the seed's last threshold (500) is passed, so a 300k-token prompt costs a few linear scans.
 * @module
 */
import type { ChatMessage } from "../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "./classifier.js";
import { messageText } from "./conversation-text.js";
import {
  STRONG_PROBABILITY_BY_DIFFICULTY,
  classifyComplexity,
  readComplexitySignals,
} from "./heuristic-complexity.js";
import { classifyTask } from "./heuristic-task-classifier.js";

/** Characters from the start of the latest user message that the task rules read (~500 tokens). */
export const TASK_SCAN_HEAD_CHARS = 2_000;
/** Characters from the end of the latest user message that the task rules read (~500 tokens). */
export const TASK_SCAN_TAIL_CHARS = 2_000;
/** Characters of the system prompts, and separately of earlier user turns, that the task rules read (head and tail halves). */
export const CONTEXT_SCAN_CHARS = 2_000;

/** Creates the `heuristic` classifier. It is stateless and safe to share. */
export function createHeuristicClassifier(): ConversationClassifier {
  return { name: "heuristic", classify: classifyConversation };
}

function classifyConversation(messages: readonly ChatMessage[]): ConversationClassification {
  const { texts, latest, instructions, context } = splitConversation(messages);
  const signals = readComplexitySignals(texts);
  const difficulty = classifyComplexity(signals);
  const task = classifyTask({ latest: headAndTail(latest, TASK_SCAN_HEAD_CHARS, TASK_SCAN_TAIL_CHARS), instructions, context });
  return { task, difficulty, strongProbability: STRONG_PROBABILITY_BY_DIFFICULTY[difficulty.label] };
}

interface SplitConversation {
  /** Every user-authored turn (user, system, developer), for the complexity rules. */
  texts: string[];
  /** The latest user message. */
  latest: string;
  /** System and developer prompts, capped to an excerpt. */
  instructions: string;
  /** Earlier user turns, capped to an excerpt. */
  context: string;
}

function splitConversation(messages: readonly ChatMessage[]): SplitConversation {
  const texts: string[] = [];
  const isInstruction: boolean[] = [];
  let latestIndex = -1;
  for (const message of messages) {
    if (message.role !== "user" && message.role !== "system" && message.role !== "developer") continue;
    texts.push(messageText(message));
    isInstruction.push(message.role !== "user");
    if (message.role === "user") latestIndex = texts.length - 1;
  }
  const pick = (instruction: boolean): string[] =>
    texts.filter((text, i) => i !== latestIndex && isInstruction[i] === instruction && text.length > 0);
  return {
    texts,
    latest: latestIndex < 0 ? "" : texts[latestIndex]!,
    instructions: excerpt(pick(true), CONTEXT_SCAN_CHARS),
    context: excerpt(pick(false), CONTEXT_SCAN_CHARS),
  };
}

/** The texts joined, or when longer than `budget`, the first and last `budget / 2` characters of them. */
function excerpt(texts: readonly string[], budget: number): string {
  let total = 0;
  for (const text of texts) total += text.length + 1;
  if (total <= budget) return texts.join("\n");
  const half = budget / 2;
  let head = "";
  for (let i = 0; i < texts.length && head.length < half; i++) head += `${texts[i]!.slice(0, half - head.length)}\n`;
  let tail = "";
  for (let i = texts.length - 1; i >= 0 && tail.length < half; i--) tail = `${texts[i]!.slice(-(half - tail.length))}\n${tail}`;
  return head + tail;
}

/** The text itself when short, else its first `head` and last `tail` characters. */
function headAndTail(text: string, head: number, tail: number): string {
  if (text.length <= head + tail) return text;
  return `${text.slice(0, head)}\n${text.slice(text.length - tail)}`;
}
