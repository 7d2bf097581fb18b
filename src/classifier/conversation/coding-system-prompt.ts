/**
 * A coding agent's long system prompt is read as the declaration it is (round 44, dev-200): Claude Code's, Codex's or
 * Cursor's prompt is pages of tone, tool and safety rules ("Refuse to write code or explain code that may be used
 * maliciously", "Verify the solution with tests"), and the learned model reads its first 2,000 characters with the turn
 * under one norm. Those words named code work for every turn of the run: "Write the 404 page copy, whimsical", "which
 * module does each of these user reports belong to?" and "do you ever get bored of fixing selectors" were read as code to
 * write or review. What such a prompt tells the task reading is that a coding agent is at work, so the model reads it as
 * that one sentence, the way the team's own agent conversations declare one. The guards read the conversation as sent.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassifier } from "../classifier.js";
import { messageText } from "../conversation-text.js";
import { CODING_SYSTEM_MEMO } from "./agent-context.js";

/** The declaration a long coding-agent prompt is read as. */
export const CODING_AGENT_DECLARATION = "You are a coding agent working in the user's repository.";
/** A system prompt this long at least is a product's prompt of rules, not a one-line declaration of the task. */
export const MIN_PROMPT_CHARS = 400;

const isSystem = (message: ChatMessage): boolean => message.role === "system" || message.role === "developer";

/** `messages` with each long coding-agent system prompt replaced by {@link CODING_AGENT_DECLARATION}, or `messages` itself. */
export function withCodingPromptsDeclared(messages: readonly ChatMessage[]): readonly ChatMessage[] {
  let out: ChatMessage[] | undefined;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    if (!isSystem(message)) continue;
    const text = messageText(message);
    if (text.length < MIN_PROMPT_CHARS || text === CODING_AGENT_DECLARATION || !CODING_SYSTEM_MEMO.answer(text)) continue;
    out ??= [...messages];
    out[i] = { role: message.role, content: CODING_AGENT_DECLARATION };
  }
  return out ?? messages;
}

/** `base`, reading each long coding-agent system prompt as the declaration it is (see the module comment). */
export function codingPromptsDeclared(base: ConversationClassifier): ConversationClassifier {
  // The heuristic (the seed's baseline) reads the prompt's words by its own rules, not under one norm with the turn.
  if (base.name !== "learned") return base;
  return { name: base.name, classify: (messages) => base.classify(withCodingPromptsDeclared(messages)) };
}
