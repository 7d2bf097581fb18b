/**
 * The library's answers as OpenAI's types read them: `message.content` and `delta.content` are text. Some providers
 * answer `content` as a list of parts (`[{"type": "text", "text": ...}]`); the gateway passes the upstream's body on,
 * but `router.chat()` and `router.stream()` join the text parts, so a caller reads the answer without a cast.
 * @module
 */
import { contentText } from "./core/content-text.js";
import type { ChatCompletionBody } from "./routing/fallback/run-chat-completion.js";
import type { StreamChunk, StreamDelta } from "./routing/fallback/stream-chunk.js";

/** `router.chat()`'s completion: the upstream's body, with each choice's `message.content` as text (or null). */
export interface LibraryCompletion extends ChatCompletionBody {
  choices: { index?: number; message?: { role?: string; content: string | null; refusal?: unknown; tool_calls?: unknown; [key: string]: unknown }; finish_reason?: string | null }[];
}

/**
 * A chunk of `router.stream()`: OpenAI's `chat.completion.chunk`, whose `delta.content` is text. A provider that
 * streams `content` as a list of parts has its text parts joined, so `delta.content ?? ""` is always a string.
 */
export interface ChatStreamChunk extends StreamChunk {
  choices?: { index?: number; delta?: StreamDelta & { content?: string | null }; finish_reason?: string | null }[];
}

/** The chunk with each choice's `delta.content` as text (a list of parts joined). */
export function chunkWithTextContent(chunk: StreamChunk): ChatStreamChunk {
  // A provider's odd chunk (`choices: "x"`, a null choice) is passed on as it came: nothing in it to join.
  if (!Array.isArray(chunk.choices) || !chunk.choices.some((choice) => isObject(choice) && Array.isArray(choice.delta?.content))) return chunk as ChatStreamChunk;
  const choices = chunk.choices.map((choice) => (isObject(choice) && choice.delta && Array.isArray(choice.delta.content) ? { ...choice, delta: { ...choice.delta, content: contentText(choice.delta.content) } } : choice));
  return { ...chunk, choices } as ChatStreamChunk;
}

/** The completion with each choice's `message.content` as text: a string as sent, a list's text parts joined, else null. */
export function completionWithTextContent(body: ChatCompletionBody): LibraryCompletion {
  if (!Array.isArray(body.choices)) return body as LibraryCompletion;
  const choices = body.choices.map((choice) => {
    // Only `choices[0]` is checked upstream of here; an extra choice may be anything a provider sent.
    if (!isObject(choice)) return choice;
    if (!choice.message) return { ...choice, message: undefined };
    const { content } = choice.message;
    return { ...choice, message: { ...choice.message, content: typeof content === "string" || Array.isArray(content) ? contentText(content) : null } };
  });
  return { ...body, choices };
}

function isObject<T>(value: T): value is T & object {
  return typeof value === "object" && value !== null;
}
