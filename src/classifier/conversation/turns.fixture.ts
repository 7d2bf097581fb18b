/**
 * Conversation shapes the classifier's round tests (`generalization-*.test.ts`) build their cases from, so each
 * round writes only its own texts.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";

/** An ask, the model's answer, then the user's next turn (a follow-up read against what came before). */
export function afterText(ask: string, text: string, answer: string): ChatMessage[] {
  return [
    { role: "user", content: ask },
    { role: "assistant", content: answer },
    { role: "user", content: text },
  ];
}

/** An agent's turn: the system prompt, the user's ask, one tool call and its result, then the user's next turn. */
export function agentTurn(system: string, ask: string, tool: string, args: string, result: string, text: string): ChatMessage[] {
  return [
    { role: "system", content: system },
    { role: "user", content: ask },
    { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: tool, arguments: args } }] },
    { role: "tool", tool_call_id: "c1", content: result },
    { role: "user", content: text },
  ];
}
