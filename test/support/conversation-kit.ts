/**
 * Builders for conversation-reading tests: messages by role, a tool call and its result, and a base classifier that
 * reads one fixed task, so a test sees exactly what the conversation layer changes.
 */
import type { ConversationClassification, ConversationClassifier } from "../../src/classifier/classifier.js";
import { readingConversations } from "../../src/classifier/conversation/conversation-classifier.js";
import type { ChatMessage } from "../../src/core/types.js";

export const u = (content: string): ChatMessage => ({ role: "user", content });
export const a = (content: string): ChatMessage => ({ role: "assistant", content });
export const sys = (content: string): ChatMessage => ({ role: "system", content });
export const call = (name: string): ChatMessage => ({ role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name, arguments: "{}" } }] });
export const tool = (content: string): ChatMessage => ({ role: "tool", tool_call_id: "t1", content });

/** A base classifier that reads `label` (with `confidence`) for any conversation. */
export function stub(label: string, confidence = 0.5): ConversationClassifier {
  return {
    name: "stub",
    classify: () => ({ task: { label, confidence }, difficulty: { label: "mid", confidence: 0.5 }, strongProbability: 0.3 }) as ConversationClassification,
  };
}

/** The task the conversation layer reads over a base that says `label`. */
export const read = (label: string, messages: ChatMessage[], confidence = 0.5): string => readingConversations(stub(label, confidence)).classify(messages).task.label;
