/**
 * `POST /v1/responses/input_tokens`: the Responses API's token counter (the `openai` SDK's
 * `responses.inputTokens.count`), answered locally as `POST /v1/messages/count_tokens` is: the gateway's own estimate
 * of the conversation the Responses door would send, `{"object": "response.input_tokens", "input_tokens": N}`.
 * The body is read by the door itself, so a count refuses what `POST /v1/responses` refuses (hosted state, unknown
 * fields, an unknown `previous_response_id`, a Switchyard model, task or tier the config does not have; a model id the
 * door was refused lately, as a 404) and counts a
 * `previous_response_id`'s stored turns, for the key that stored them. `model` may be left out, as OpenAI allows.
 * Authenticated and rate-limited as `POST /v1/responses` is: the door's own credential (`Authorization: Bearer`).
 * @module
 */
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from "fastify";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { countedPromptTokens } from "../../routing/counted-prompt-tokens.js";
import { readWhatWasAsked } from "../../routing/read-what-was-asked.js";
import type { KeyAuthenticator } from "../auth/create-key-auth.js";
import { createKeyAuthHook } from "../auth/key-auth-hook.js";
import type { ResponsesDoor } from "../doors/responses/responses-door.js";
import { headerText } from "./chat-completions.js";
import { withUpstreamToolCallIds } from "../doors/door-tool-call-id.js";
import type { HintCatalog } from "../../routing/fallback/unknown-model-hint.js";
import { assertCountableModel } from "./counted-model.js";
import type { RefusedModelIds } from "./refused-model-ids.js";

/** The path, as registered. */
export const INPUT_TOKENS_PATH = "/v1/responses/input_tokens";

/** What a count without `model` is read as: routing is not asked, only the conversation counted. */
const COUNTED_AS = "switchyard/auto";

/** Registers the route. */
export function registerResponsesInputTokens(app: FastifyInstance, door: ResponsesDoor, config: SwitchyardConfig, counted: { catalog: () => HintCatalog; refused: RefusedModelIds }, authenticate: KeyAuthenticator | undefined): void {
  const names = { config, tiers: Object.keys(config.tiers), tasks: Object.keys(config.tasks) };
  const onRequest: onRequestHookHandler[] = authenticate ? [createKeyAuthHook(authenticate, door)] : [];
  app.post(INPUT_TOKENS_PATH, { onRequest }, async (request) => {
    const body = request.body;
    const withModel = typeof body === "object" && body !== null && !Array.isArray(body) && !("model" in body) ? { ...body, model: COUNTED_AS } : body;
    const { chat } = await door.read(withModel, { headers: request.headers, keyId: callerKey(request) });
    // The engine's own check of a named model, task or tier, as count_tokens makes it.
    const taskHeader = request.headers["x-switchyard-task"];
    const asked = readWhatWasAsked(names, chat, typeof taskHeader === "string" && taskHeader.trim() !== "" ? { taskHeader: headerText(taskHeader) } : {});
    // An id the door was refused is the door's 404 model_not_found (counted-model.ts).
    await assertCountableModel(counted.catalog(), config, asked, counted.refused);
    // The count the engine reserves on (images at their worst case; not files: counted-prompt-tokens.ts), on the ids it sends upstream.
    return { object: "response.input_tokens", input_tokens: countedPromptTokens({ ...chat, messages: withUpstreamToolCallIds(chat.messages) }) };
  });
}

/** The key the `/v1` hook found, or none (a gateway without keys stores under no key). */
function callerKey(request: FastifyRequest): string | null {
  return request.keyIdentity?.keyId ?? null;
}
