/**
 * The latest user turn of an agent that is not a coding agent, read from the turn itself (sixth round). Tool calls,
 * tool results and retrieved documents are context: they say what the agent did for the turn, not what the turn
 * asks. The turn's own reading decides when the whole conversation's reading is chat (not small talk); a turn the
 * agent answered by calling a tool, and that still reads as chat, asked for something to be looked up: a quick
 * answer (unless the turn's own cue words name a task). An unsure reading of another task is left alone: replacing
 * it too won one row on each of the sets it was written on and lost two on the next fresh set (docs/routing-quality.md).
 * A quick-answer or chat reading of a turn that asks what the figures a tool returned mean is analysis (seventh round).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { messageText } from "../conversation-text.js";
import { isClosing } from "./closing.js";
import { countNumbers, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import { isSmallTalk } from "./small-talk.js";

/** Confidence of a quick-answer reading set by the agent's tool call. */
const LOOKUP_CONFIDENCE = 0.6;

/** A reading and why it replaced the conversation's. */
export interface AgentTurnReading {
  result: ConversationClassification;
  why: string;
}

/** Quick-answer readings of a question about figures. */
const SHALLOW = new Set(["simple_qa", "chat"]);
/** Figures in a tool result that make it a table or a report to read, not one value looked up. */
const MIN_TOOL_FIGURES = 6;
/** A turn longer than this carries its own material. */
const SHORT_TURN_CHARS = 300;
/** English interpretive asks the numeric guard's list lacks: "what's behind the dip", "anything stand out?". */
const BEHIND_ASK = /\b(?:what'?s behind|what is behind|stands? out|explains? (?:the|this|that))\b/;

/**
 * The turn asks what the figures a tool returned mean ("what's behind the dip in March?", "¿a qué se debe la caída?")
 * about a table or report of figures that is not a log: analysis, not a lookup (seventh round).
 */
function asksWhatFiguresMean(messages: readonly ChatMessage[], reading: ConversationReading): boolean {
  const turn = reading.latestLower;
  if (reading.agent.toolLog || turn.length >= SHORT_TURN_CHARS || !(BEHIND_ASK.test(turn) || readNumericDomain(turn).interpret)) return false;
  for (let i = reading.latestIndex - 1; i >= 0; i--) {
    const message = messages[i] as ChatMessage;
    if (message.role === "user") return false;
    if (message.role === "tool") return countNumbers(messageText(message).slice(0, TOOL_TEXT_CHARS), MIN_TOOL_FIGURES) >= MIN_TOOL_FIGURES;
  }
  return false;
}
/** Characters of a tool result read for its figures. */
const TOOL_TEXT_CHARS = 1_500;

/** A short question for one fact: when, what time, where, who, which day ("¿a qué hora…?", "何時…？", "언제…?"). */
const ONE_FACT_QUESTION =
  /^(?:(?:hey|hi|ok|oye|oi|so|and|y|e)[,!]?\s+)?(?:(?:when(?:'s| is| does| do| did)?|what time|what day|where(?:'s| is)|who(?:'s| is)|a qu[eé] hora|cu[aá]ndo|d[oó]nde|wann|um wie viel uhr|wo ist|quand|à quelle heure|o[uù] est|que horas|quando|onde|a che ora|dove|во сколько|когда|где)(?![\p{L}\p{N}])|几点|什么时候|在哪|何時|いつ|どこ|몇 시|언제|어디)[^\n]{0,100}[?？]/u;
/** Asks for one fact: a short question of {@link ONE_FACT_QUESTION}'s forms, with no extraction cue of its own. */
function asksOneFact(reading: ConversationReading): boolean {
  const turn = reading.latestLower.trim();
  return turn.length <= SHORT_QUESTION_CHARS && ONE_FACT_QUESTION.test(turn) && !reading.cues.some((cue) => cue.task === "extraction");
}
/** A question longer than this brings material or several asks. */
const SHORT_QUESTION_CHARS = 140;

/** Whether the conversation is a tool-using agent's that is not a coding agent's, with a user turn to read. */
function isToolAgentTurn(reading: ConversationReading): boolean {
  const { agent } = reading;
  return !agent.coding && agent.toolMessages + agent.toolCalls > 0 && reading.latestIndex >= 0 && !isClosing(reading.latestLower);
}

/**
 * The turn's own reading, or a quick answer when the agent looked it up, in place of a chat reading of a
 * tool-using agent's conversation (see the module comment); undefined when the conversation's reading stands.
 */
export function agentTurnReading(
  base: ConversationClassifier,
  messages: readonly ChatMessage[],
  reading: ConversationReading,
  result: ConversationClassification,
): AgentTurnReading | undefined {
  if (!isToolAgentTurn(reading)) return undefined;
  const label = result.task.label;
  if (SHALLOW.has(label) && asksWhatFiguresMean(messages, reading)) {
    return { result: { ...result, task: { label: "analysis", confidence: LOOKUP_CONFIDENCE } }, why: "asks what the figures the agent's tools returned mean" };
  }
  const lookedUp = reading.agent.toolCallsAfterLatest > 0;
  // "oye a qué hora es lo del dentista esta semana?": one fact asked and looked up by the agent, not items pulled out of a
  // text (nineteenth round). A list asked for ("which invoices are overdue?") names its own extraction cue or plural.
  if (label === "extraction" && lookedUp && asksOneFact(reading)) {
    return { result: { ...result, task: { label: "simple_qa", confidence: LOOKUP_CONFIDENCE } }, why: "one fact asked and looked up by the agent's tool call" };
  }
  const chat = label === "chat" && (lookedUp || !isSmallTalk(reading.latestLower.trim()));
  if (!chat) return undefined;
  const alone = base.classify([messages[reading.latestIndex] as ChatMessage]);
  const own = alone.task.label;
  if (own !== label && own !== "chat") {
    return { result: alone, why: "the turn read on its own (tool results and the agent's context are context, not the task)" };
  }
  // A turn whose own words name a task ("reply to Karen…", "churn went up — dig into why") is left to them.
  const named = reading.cues.some((cue) => cue.task !== "chat");
  if (lookedUp && !named) {
    return { result: { ...result, task: { label: "simple_qa", confidence: LOOKUP_CONFIDENCE } }, why: "the agent answered the turn with a tool call: a request to look something up" };
  }
  return undefined;
}
