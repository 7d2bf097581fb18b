/**
 * A long system prompt is read as the declaration it is (round 44, dev-200 and dev-203): Claude Code's, Codex's or
 * Cursor's prompt is pages of tone, tool and safety rules ("Refuse to write code or explain code that may be used
 * maliciously", "Verify the solution with tests"), and the learned model reads its first 2,000 characters with the turn
 * under one norm. Those words named code work for every turn of the run: "Write the 404 page copy, whimsical", "which
 * module does each of these user reports belong to?" and "do you ever get bored of fixing selectors" were read as code to
 * write or review. What such a prompt tells the task reading is that a coding agent is at work, so the model reads it as
 * that one sentence, the way the team's own agent conversations declare one. Another agent's long prompt (an on-call
 * assistant's tool policy, escalation and tone rules; dev-203) is read as its opening sentence, which declares the agent.
 * A prompt that sets the task of what is sent to it (a pipeline) is read whole. Only the learned model's reading changes;
 * the guards read the conversation as sent, and the heuristic (the seed's baseline) reads the prompt by its own rules.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassifier } from "../classifier.js";
import { messageText } from "../conversation-text.js";
import { CODING_SYSTEM_MEMO } from "./agent-context.js";
import { readAsOriginal, readConversationCached } from "./read-conversation.js";

/** The declaration a long coding-agent prompt is read as. */
export const CODING_AGENT_DECLARATION = "You are a coding agent working in the user's repository.";
/** A system prompt this long at least is a product's prompt of rules, not a one-line declaration of the task. */
export const MIN_PROMPT_CHARS = 400;

const isSystem = (message: ChatMessage): boolean => message.role === "system" || message.role === "developer";

/** The opening sentence an agent's long prompt is read as, at most this long. */
const MAX_OPENING_CHARS = 240;

/**
 * `messages` with each long system prompt read as its declaration: a coding agent's as {@link CODING_AGENT_DECLARATION},
 * another agent's as its opening sentence ("You are an on-call assistant for a database reliability team…"). A prompt
 * that sets the task of what is sent (a pipeline) is kept whole. `messages` itself when nothing is replaced.
 */
export function withPromptsDeclared(messages: readonly ChatMessage[]): readonly ChatMessage[] {
  // A decision reads the same conversation several times (rereads, follow-ups): the same array gets the same answer.
  // An array changed in place (a library caller's) is read again: its length, first and last messages are compared.
  const first = messages[0];
  const last = messages[messages.length - 1];
  if (messages === remembered.input && messages.length === remembered.length && first === remembered.first && first?.content === remembered.firstContent && last === remembered.last && last?.content === remembered.lastContent) return remembered.output;
  const output = declaredPrompts(messages);
  remembered = { input: messages, length: messages.length, first, firstContent: first?.content, last, lastContent: last?.content, output };
  return output;
}

interface Remembered {
  input: readonly ChatMessage[] | undefined;
  length: number;
  first: ChatMessage | undefined;
  firstContent: unknown;
  last: ChatMessage | undefined;
  lastContent: unknown;
  output: readonly ChatMessage[];
}
let remembered: Remembered = { input: undefined, length: 0, first: undefined, firstContent: undefined, last: undefined, lastContent: undefined, output: [] };

function declaredPrompts(messages: readonly ChatMessage[]): readonly ChatMessage[] {
  let out: ChatMessage[] | undefined;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    if (!isSystem(message)) continue;
    const text = messageText(message);
    if (text.length < MIN_PROMPT_CHARS || text === CODING_AGENT_DECLARATION) continue;
    const coding = CODING_SYSTEM_MEMO.answer(text);
    const declared = coding ? CODING_AGENT_DECLARATION : openingSentence(text);
    if (declared === undefined) continue;
    // A coding agent's declaration is no pipeline; another prompt is read for one only when it would be replaced.
    if (!coding && readConversationCached(messages).systemPipeline !== undefined) return messages;
    out ??= [...messages];
    out[i] = { role: message.role, content: declared };
  }
  // The reading looks at the turns, the tools and whether a coding agent is declared, which the declaration keeps: the
  // model's features read the original's reading instead of reading the conversation again (~20 µs at 10 agent turns).
  if (out !== undefined) readAsOriginal(out, messages);
  return out ?? messages;
}

/** Lines a prompt may open with before its first sentence: blank lines, headings, tags, rules ("# Role", "<system>", "---"). */
const LEADING_MARKUP = /^(?:[ \t]*(?:(?:#{1,6} [^\n]{0,60}|<\/?[\w-]{1,30}>|-{3,}|={3,})[ \t]*)?\n)+/u;

/** Characters the opening of a prompt that declares its work runs to. */
const MAX_DECLARATION_CHARS = 300;

/**
 * A long prompt's declaration of its work: its first two sentences past any opening markup ("You are Übersetzer-Bot.
 * Translate every message into German."), at most {@link MAX_DECLARATION_CHARS} characters.
 */
export function declarationOf(text: string): string {
  const start = LEADING_MARKUP.exec(text.slice(0, MAX_OPENING_CHARS))?.[0].length ?? 0;
  const body = text.slice(start, start + MAX_DECLARATION_CHARS);
  const first = body.search(/[.!。！]\s|\n/u);
  if (first < 0) return body;
  const second = body.slice(first + 1).search(/[.!。！]\s|\n/u);
  return second < 0 ? body : body.slice(0, first + 1 + second + 1);
}

/** The prompt's first sentence past any opening markup, when it is a short one. */
function openingSentence(text: string): string | undefined {
  const start = LEADING_MARKUP.exec(text.slice(0, MAX_OPENING_CHARS))?.[0].length ?? 0;
  const body = text.slice(start, start + MAX_OPENING_CHARS);
  const end = body.search(/[.!。！]\s|\n/u);
  return end > 0 ? body.slice(0, end + 1).trim() : undefined;
}

/** `base`, reading each long system prompt as the declaration it is (see the module comment). */
export function longPromptsDeclared(base: ConversationClassifier): ConversationClassifier {
  // The heuristic (the seed's baseline) reads the prompt's words by its own rules, not under one norm with the turn.
  if (base.name !== "learned") return base;
  return { name: base.name, classify: (messages) => base.classify(withPromptsDeclared(messages)) };
}
