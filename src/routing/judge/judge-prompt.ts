/**
 * What the sampled judge is asked, and how its answer is read. The conversation is sent to the judge model
 * (through the same upstream as the request itself); it is never stored.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";

const INSTRUCTIONS =
  "You grade an AI assistant's answer to a user's request. Judge correctness, completeness and helpfulness. " +
  "Reply with one number from 0 (useless or wrong) to 1 (fully correct and helpful), and nothing else.";

/** At most this many characters of conversation and answer are sent, to bound the judge's cost. */
const MAX_CHARS = 12_000;

/** The judge's messages for a conversation and the answer it got. */
export function buildJudgeMessages(conversation: readonly ChatMessage[], answer: string): ChatMessage[] {
  const transcript = conversation.map((message) => `${message.role}: ${textOf(message)}`).join("\n\n");
  const request = transcript.length > MAX_CHARS ? `${transcript.slice(0, MAX_CHARS)} ...` : transcript;
  const reply = answer.length > MAX_CHARS ? `${answer.slice(0, MAX_CHARS)} ...` : answer;
  return [
    { role: "system", content: INSTRUCTIONS },
    { role: "user", content: `Conversation:\n${request}\n\nAnswer to grade:\n${reply}\n\nScore (0 to 1):` },
  ];
}

/** The first number from 0 to 1 in the judge's reply, or undefined. */
export function parseJudgeScore(text: string): number | undefined {
  for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const value = Number(match[0]);
    if (value >= 0 && value <= 1) return value;
  }
  return undefined;
}

function textOf(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (part.type === "text" && typeof part["text"] === "string" ? part["text"] : `[${part.type}]`)).join("");
}
