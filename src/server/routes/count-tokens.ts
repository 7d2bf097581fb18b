/**
 * `POST /v1/messages/count_tokens`: Anthropic's token counter (Claude Code calls it), answered locally with the
 * gateway's own estimate of the translated conversation: `{"input_tokens": N}`. Guarded by the key hook. The body
 * is read by the Messages door itself (a count has no `max_tokens`), so a count refuses exactly what `/v1/messages`
 * refuses (an unknown field, empty content, an unanswered tool_use, a tool_choice no tool can meet, a Switchyard
 * model, task or tier the config does not have; a model id the door was refused lately, as a 404) and counts the
 * conversation the door would send (context edits applied).
 * @module
 */
import type { FastifyInstance } from "fastify";
import { countedPromptTokens } from "../../routing/counted-prompt-tokens.js";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { readWhatWasAsked } from "../../routing/read-what-was-asked.js";
import { headerText } from "./chat-completions.js";
import { MESSAGES_DOOR } from "../doors/messages/messages-door.js";
import { assertKnownFields } from "../doors/messages/messages-fields.js";
import { readDoorBody } from "../doors/read-door-body.js";
import { messagesRequestSchema } from "../doors/messages/messages-request.js";
import { withUpstreamToolCallIds } from "../doors/door-tool-call-id.js";
import type { HintCatalog } from "../../routing/fallback/unknown-model-hint.js";
import { assertCountableModel } from "./counted-model.js";
import type { RefusedModelIds } from "./refused-model-ids.js";

/** The count request is a Messages request without `max_tokens`. */
const countTokensSchema = messagesRequestSchema.extend({ max_tokens: messagesRequestSchema.shape.max_tokens.optional() });

/** The `max_tokens` a count without one is read with: no cap, so no thinking budget is refused against it. */
const UNCAPPED = Number.MAX_SAFE_INTEGER;

/** Registers the route. */
export function registerCountTokensRoute(app: FastifyInstance, config: SwitchyardConfig, catalog: () => HintCatalog, refused: RefusedModelIds): void {
  const names = { config, tiers: Object.keys(config.tiers), tasks: Object.keys(config.tasks) };
  app.post("/v1/messages/count_tokens", async (request) => {
    // The same 400 as /v1/messages for a field Anthropic's API does not have: a count that ignored it would differ
    // from what the request it counts is answered (or refused) with.
    if (typeof request.body === "object" && request.body !== null && !Array.isArray(request.body)) assertKnownFields(request.body);
    const body = readDoorBody(countTokensSchema, request.body, "an Anthropic Messages request with `model` and `messages`");
    const { chat } = await MESSAGES_DOOR.read({ ...(request.body as object), max_tokens: body.max_tokens ?? UNCAPPED }, { headers: request.headers, keyId: null });
    // The engine's own check of a named model, task or tier: `switchyard/tier/premum` was counted, and only the
    // message it was counted for was refused.
    const taskHeader = request.headers["x-switchyard-task"];
    const asked = readWhatWasAsked(names, chat, typeof taskHeader === "string" && taskHeader.trim() !== "" ? { taskHeader: headerText(taskHeader) } : {});
    // An id the door was refused is Anthropic's 404, as its own counter answers it (counted-model.ts).
    await assertCountableModel(catalog(), config, asked, refused);
    // The count the engine reserves on (images at their worst case; not files: counted-prompt-tokens.ts), on the ids it sends upstream.
    return { input_tokens: countedPromptTokens({ ...chat, messages: withUpstreamToolCallIds(chat.messages) }) };
  });
}
