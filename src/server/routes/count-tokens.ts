/**
 * `POST /v1/messages/count_tokens`: Anthropic's token counter (Claude Code calls it), answered locally with the
 * gateway's own estimate of the translated conversation: `{"input_tokens": N}`. Guarded by the key hook.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { estimateMessagesTokens } from "../../classifier/estimate-tokens.js";
import { readDoorBody } from "../doors/read-door-body.js";
import { assertKnownFields } from "../doors/messages/messages-fields.js";
import { messagesRequestSchema } from "../doors/messages/messages-request.js";
import { messagesToChat } from "../doors/messages/messages-to-chat.js";

/** The count request is a Messages request without `max_tokens`. */
const countTokensSchema = messagesRequestSchema.extend({ max_tokens: messagesRequestSchema.shape.max_tokens.optional() });

/** Registers the route. */
export function registerCountTokensRoute(app: FastifyInstance): void {
  app.post("/v1/messages/count_tokens", async (request) => {
    // The same 400 as /v1/messages for a field Anthropic's API does not have: a count that ignored it would differ
    // from what the request it counts is answered (or refused) with.
    if (typeof request.body === "object" && request.body !== null && !Array.isArray(request.body)) assertKnownFields(request.body);
    const body = readDoorBody(countTokensSchema, request.body, "an Anthropic Messages request with `model` and `messages`");
    const chat = messagesToChat({ ...body, max_tokens: body.max_tokens ?? 1 });
    const toolTokens = Math.ceil(JSON.stringify(chat.tools ?? []).length / 4);
    return { input_tokens: estimateMessagesTokens(chat.messages) + (chat.tools ? toolTokens : 0) };
  });
}
