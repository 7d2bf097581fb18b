/**
 * A short question asked under a long system prompt (round 43, dev-196): "経費精算の締め日は？", "¿Familiares?", "what's
 * redis's default port again?". The learned model reads the system prompt's first 2,000 characters with the turn, under
 * one norm: a company assistant's page of rules ("summaries only for confidential drawings", "cite the policy") outweighs
 * a four-word question, and the question was read as the work the rules name. Such a turn is read again without the
 * system prompt; when that reading is a question for a fact, it stands. A system prompt that defines a pipeline
 * (translate, label, extract what is sent) still sets the task of what is sent to it (`system-task-guard.ts`).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { messageText } from "../conversation-text.js";
import { estimateRememberedTokens } from "../estimate-tokens.js";
import { readConversationCached } from "./read-conversation.js";

/** A system prompt this long at least (in estimated tokens, so CJK rules count as they read) outweighs a short turn's words. */
const MIN_SYSTEM_TOKENS = 100;
/** A question this long at most is short enough to be outweighed. */
const MAX_QUESTION_CHARS = 120;
/** One question: it ends with a question mark (a Spanish one may open with "¿"), with no line break in it. */
const QUESTION = /^[^\n]{1,120}[?？]\s*$/u;

const isSystem = (message: ChatMessage): boolean => message.role === "system" || message.role === "developer";

/** `base`, reading a short question under a long system prompt without that prompt (see the module comment). */
export function questionsPastSystem(base: ConversationClassifier): ConversationClassifier {
  return {
    name: base.name,
    classify: (messages) => {
      const result = base.classify(messages);
      return result.task.label === "simple_qa" ? result : (factQuestionPastSystem(base, messages) ?? result);
    },
  };
}

function factQuestionPastSystem(base: ConversationClassifier, messages: readonly ChatMessage[]): ConversationClassification | undefined {
  const reading = readConversationCached(messages);
  if (reading.latestLower.length > 2 * MAX_QUESTION_CHARS) return undefined;
  const turn = reading.latestLower.trim();
  if (turn.length > MAX_QUESTION_CHARS || !QUESTION.test(turn) || reading.agent.coding || reading.agent.toolLog || reading.systemPipeline !== undefined) return undefined;
  let systemTokens = 0;
  for (const message of messages) if (isSystem(message)) systemTokens += estimateRememberedTokens(messageText(message));
  if (systemTokens < MIN_SYSTEM_TOKENS) return undefined;
  const again = base.classify(messages.filter((message) => !isSystem(message)));
  return again.task.label === "simple_qa" ? again : undefined;
}
