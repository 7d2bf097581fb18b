/**
 * A chat message whose `content` is an empty list says nothing, and OpenAI's API refuses it ("Invalid
 * 'messages[0].content': empty array. Expected an array with minimum length 1"); forwarded, a laxer provider read an
 * empty user turn and the model answered a question nobody asked, at the client's cost. An assistant message is
 * left alone: with `tool_calls` its content may be empty, and some frameworks write that as `[]`.
 * @module
 */
import type { z } from "zod";
import { InvalidRequestError } from "../../core/errors/index.js";

/** Throws a 400 naming `messages[i].content` for the first non-assistant message whose content is `[]`. */
export function assertNoEmptyContentList(messages: readonly unknown[]): void {
  messages.forEach((entry, index) => {
    const message = entry as { role?: unknown; content?: unknown };
    if (message.role === "assistant" || !Array.isArray(message.content) || message.content.length > 0) return;
    throw new InvalidRequestError(
      `Invalid 'messages[${index}].content': empty array. Expected an array with minimum length 1 (a text part, an image, ...), or a string.`,
      { param: `messages[${index}].content`, code: "invalid_request" },
    );
  });
}

/**
 * The same in a door's list (Messages `messages`, Responses `input`): the index of the first message (an entry with
 * a `role`) other than an assistant's whose `content` is `[]`, when another entry holds something. The Messages door
 * dropped such a turn without a word (the conversation then began with the assistant), and the Responses door sent
 * it as `[]`, which OpenAI and Anthropic refuse upstream. A list of nothing else is left to the door's "nothing to
 * send".
 */
export function emptyListBesideOthers(list: readonly unknown[]): number | undefined {
  const isEmpty = (entry: unknown): boolean => {
    const message = entry as { role?: unknown; content?: unknown } | null;
    return typeof message === "object" && message !== null && typeof message.role === "string" && message.role !== "assistant" && Array.isArray(message.content) && message.content.length === 0;
  };
  const index = list.findIndex(isEmpty);
  return index >= 0 && !list.every(isEmpty) ? index : undefined;
}

/** A zod refinement of a door's list with {@link emptyListBesideOthers}'s rule, naming `[i].content`. */
export function refineEmptyContentLists(list: readonly unknown[], context: z.RefinementCtx): void {
  const index = emptyListBesideOthers(list);
  if (index !== undefined) context.addIssue({ code: "custom", path: [index, "content"], message: "an empty content list says nothing: give the message a string or at least one part, or leave the message out" });
}
