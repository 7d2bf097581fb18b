/**
 * Makes a classifier read the conversation as the unit: a short follow-up takes its task from the
 * turn it follows (or shifts it, as "now in French" does), numbers are not read as maths when they
 * are a log or business metrics, and a coding agent's conversation is read as code work. Each result
 * says which turn or signal set the task (`taskReason`), for the decision's `reasons`.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";
import { agentTurnReading } from "./agent-turn.js";
import { referredReading } from "./referred-turn.js";
import { isClosing } from "./closing.js";
import { codeQuestionReading } from "./code-question.js";
import { withoutRuledOutClauses } from "./negated-cues.js";
import { withoutPresentingSentence } from "./presented.js";
import { withoutOpeningGreeting } from "./opening-greeting.js";
import { topicSwitchReading } from "./topic-switch.js";
import { normalizeToolBlocks } from "./tool-blocks.js";
import { CODE_TASKS, classifyFollowUp } from "./follow-up-turn.js";
import { guarded, readTurns, source, withLatestText, withTask } from "./guarded-reading.js";
import { asksForArtifact } from "./artifact-ask.js";
import { listedByCondition } from "./filtered-list.js";
import { questionsPastSystem } from "./system-question.js";
import { longPromptsDeclared } from "./long-system-prompt.js";
import { withoutAnswerLanguage } from "./answer-language.js";
import { withoutPlainLanguage } from "./plain-language.js";
import { withoutLanguageSubject } from "./language-subject.js";
import { withoutAnswerLength } from "./answer-length.js";
import { acknowledgesAnswer } from "./acknowledged-answer.js";
import { turnOwnAsk } from "./own-ask.js";
import { periodRerun } from "./period-rerun.js";
import { approvedSendTask } from "./approved-send.js";
import { messageText } from "../conversation-text.js";

/** Wraps `base` so that it reads whole conversations (see the module comment). Same name as `base`. */
export function readingConversations(base: ConversationClassifier): ConversationClassifier {
  const reader = questionsPastSystem(longPromptsDeclared(base));
  return { name: base.name, classify: (messages) => classifyConversation(reader, messages) };
}

function classifyConversation(base: ConversationClassifier, input: readonly ChatMessage[], alone = false): ConversationClassification {
  const messages = normalizeToolBlocks(input);
  const reading = readConversationCached(messages);
  const result = readWhole(base, messages, reading, (turns) => classifyConversation(base, turns));
  // An approval that sends or ships the answer asks no work of its own (round 58): the run's reading stands.
  if (alone || approvedSendTask(reading) !== undefined) return result;
  // "brb coffee ☕", "label each commit: feat / fix / chore" in a coding run, a sum below a table: the turn's own work (ADR 0049).
  // The turn is read alone once: that reading asks for no other.
  const own = turnOwnAsk(messages, reading, result, (turns) => classifyConversation(base, turns, true));
  if (own === undefined) return result;
  // Small talk is answered from its own words: its difficulty is the turn's, not the run's (ADR 0049).
  return withTask(own.task.label === "chat" ? own : result, own.task, `task ${own.task.label} ${source(reading)}: the turn asks its own work, read on its own${ownSignal(own)}`);
}

/** What set the task of a turn read alone ("cue 'poem' (en)"), from its reason. */
function ownSignal(own: ConversationClassification): string {
  const at = own.taskReason?.indexOf(": ") ?? -1;
  return at < 0 || own.taskReason === undefined ? "" : `; ${own.taskReason.slice(at + 2)}`;
}

/** The whole reading of a conversation cut after an earlier turn: a follow-up's anchor is read as it was answered (round 48). */
type ReadAnchor = (turns: readonly ChatMessage[]) => ConversationClassification;

function readWhole(base: ConversationClassifier, messages: readonly ChatMessage[], reading: ConversationReading, readAnchor: ReadAnchor): ConversationClassification {
  // "looks good, ship it" after a coding agent's change, "可以，发吧" after a drafted reply: the run's work carried on (round 58).
  const approved = approvedSendTask(reading);
  if (approved !== undefined) return withTask(base.classify(messages), { label: approved, confidence: APPROVED_CONFIDENCE }, `task ${approved} ${source(reading)}: approves the answer of turn ${reading.latestIndex} and asks it ${approved === "chat" ? "sent by the agent's tool; nothing new is written" : "shipped; the coding run's change goes on"}`);
  // "ok cool" after an answer that offered nothing: an acknowledgement, nothing asked (round 43).
  if (acknowledgesAnswer(messages, reading)) return acknowledged(base.classify(messages), reading);
  // "run the numbers again but for October", "十月的再算一遍" after a query's figures: the anchor's work over another period (round 57).
  const period = periodRerun(reading);
  if (period !== undefined) {
    // The anchor's words read where the turn stands, over the figures the run brought back since.
    const anchor = readAnchor(withLatestText(messages, reading.latestIndex, messageText(messages[reading.anchorIndex]!)));
    // A sum asked again is left to the follow-up's own reading, as before (the period changes the figures, not the work).
    if (anchor.task.label !== "chat" && anchor.task.label !== "math") return withTask(anchor, anchor.task, `task ${anchor.task.label} ${source(reading)}: the turn asks the work of turn ${reading.anchorIndex + 1} again for another period ('${period}')`);
  }
  // A turn that announces another subject ("side question — what's postgres's default port again?") is no follow-up.
  const switched = topicSwitchReading(base, messages, reading);
  // "only the rows where november is below october, list them" after a tool result picks rows of it, whatever it follows.
  if (switched === undefined && reading.followUp !== undefined && reading.anchorIndex >= 0 && !isClosing(reading.latestLower) && listedByCondition(reading) === undefined && !asksForArtifact(reading)) return classifyFollowUp(base, messages, reading, readAnchor);
  // An aside in an agent's run, or a what-if after a sum, is read as the turn it refers to (nineteenth round).
  const referred = switched === undefined ? referredReading(messages, reading, (turns) => readTurns(base, turns)) : undefined;
  if (referred !== undefined) return withTask(referred.result, referred.result.task, referred.reason);
  // Guarded as the one turn it is read as, and named by its place in the conversation.
  if (switched !== undefined) return guarded(switched.result, readConversationCached([switched.turn]), "the turn changes the subject; it was read on its own", source(reading));
  const result = base.classify(messages);
  const reread = toolContextReread(base, messages, reading, result);
  if (reread !== undefined) return guarded(reread, reading, TOOL_CONTEXT_WHY);
  // A reading named only by a word that is not the ask ("Here's the k6 summary … what's going wrong?", "não é preciso
  // traduzir, só quero saber o essencial") is read again without that sentence or clause.
  const task = result.task.label;
  const part = withoutPresentingSentence(reading, task) ?? withoutRuledOutClauses(reading, task) ?? withoutOpeningGreeting(reading, task) ?? withoutAnswerLanguage(reading) ?? withoutPlainLanguage(reading, task) ?? withoutAnswerLength(reading, task) ?? withoutLanguageSubject(reading, task);
  const again = part === undefined ? undefined : rereadTurn(base, messages, reading, part.text, task, part.why);
  if (again !== undefined) return again;
  const own = agentTurnReading(base, messages, reading, result) ?? codeQuestionReading(messages, reading, result);
  return guarded(own?.result ?? result, reading, own?.why);
}

/** Words (or, in Chinese and Japanese, characters) a turn with a part taken out must keep to be read on its own. */
const MIN_REREAD_WORDS = 3;
const MIN_REREAD_CHARS = 8;

/**
 * The latest turn read again as `text` (a sentence or clause taken out), guarded as the turn it now is, when enough is
 * left and the reading names other work than `task`; undefined otherwise.
 */
function rereadTurn(base: ConversationClassifier, messages: readonly ChatMessage[], reading: ConversationReading, text: string, task: string, why: string): ConversationClassification | undefined {
  if (text.split(/\s+/u).length < MIN_REREAD_WORDS && text.length < MIN_REREAD_CHARS) return undefined;
  const rewritten = withLatestText(messages, reading.latestIndex, text);
  const again = base.classify(rewritten);
  return again.task.label === task ? undefined : guarded(again, readConversationCached(rewritten), why, source(reading));
}

const TOOL_CONTEXT_WHY = "the tool results of an agent that is not a coding agent are not code work; the turn was read without them";

/**
 * A code reading of a turn in a conversation with tools but no coding agent (no coding system prompt, no code tools,
 * no code in context): an order status, an inbox or a refund record pulled it towards code. The turn is read again
 * with the system prompt alone; a reading that is still code work stands.
 */
function toolContextReread(
  base: ConversationClassifier,
  messages: readonly ChatMessage[],
  reading: ConversationReading,
  result: ConversationClassification,
): ConversationClassification | undefined {
  const { agent } = reading;
  if (agent.coding || agent.toolLog || agent.toolMessages + agent.toolCalls === 0 || reading.latestIndex < 0 || !CODE_TASKS.has(result.task.label)) return undefined;
  const turn = messages[reading.latestIndex] as ChatMessage;
  const alone = [turn];
  const again = base.classify(alone);
  return CODE_TASKS.has(again.task.label) ? undefined : again;
}

function acknowledged(result: ConversationClassification, reading: ConversationReading): ConversationClassification {
  return withTask(result, { label: "chat", confidence: ACKNOWLEDGED_CONFIDENCE }, `task chat from turn ${reading.latestIndex + 1}: acknowledges the answer before it, which offered nothing; nothing is asked`);
}

/** Confidence of a reading set by an approval that sends or ships (the model's own confidence was for the turn alone). */
const APPROVED_CONFIDENCE = 0.8;
/** Confidence of a chat reading set by an acknowledgement alone (the model's own confidence was for another label). */
const ACKNOWLEDGED_CONFIDENCE = 0.8;
