/**
 * The Responses API's read-back routes over the Responses door's stored responses:
 * - `GET /v1/responses/{response_id}`: the Response object as it was answered (the non-streaming body, or a
 *   stream's final `response.completed`);
 * - `DELETE /v1/responses/{response_id}`: deletes it, answering `{id, object: "response", deleted: true}` as OpenAI
 *   does; `previous_response_id` naming it is then not found;
 * - `GET /v1/responses/{response_id}/input_items`: the items it was generated from, in OpenAI's list shape;
 * - `POST /v1/responses/{response_id}/cancel`: a 400, as OpenAI answers for a response not created with
 *   `background: true` (the door refuses `background`, so none is); an id this key cannot read is the same 404 as GET.
 * Each answers only the virtual key that created the response (another key's id is a 404, as an unknown one is),
 * authenticated and rate-limited as `POST /v1/responses` is: the door's own credential (`Authorization: Bearer`).
 * See docs/decisions/0065-responses-read-back-storage.md.
 * @module
 */
import { escapeSentText } from "../../core/quote-sent-text.js";
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from "fastify";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import type { KeyAuthenticator } from "../auth/create-key-auth.js";
import { createKeyAuthHook } from "../auth/key-auth-hook.js";
import type { ResponsesDoor } from "../doors/responses/responses-door.js";
import { assertIncludables, inputItemPage, queryValues } from "../doors/responses/input-item-page.js";

/** The paths, as registered (the key hook of the other `/v1` routes passes over them). */
export const READ_BACK_PATHS = ["/v1/responses/:response_id", "/v1/responses/:response_id/input_items", "/v1/responses/:response_id/cancel"] as const;

/** Registers the four routes. */
export function registerResponsesReadBack(app: FastifyInstance, door: ResponsesDoor, authenticate: KeyAuthenticator | undefined): void {
  const onRequest: onRequestHookHandler[] = authenticate ? [createKeyAuthHook(authenticate, door)] : [];
  const [one, items, cancel] = READ_BACK_PATHS;
  app.get(one, { onRequest }, async (request) => {
    assertNoReplay(request.query);
    assertIncludables(request.query);
    const stored = await door.stored.readable(callerKey(request), responseIdOf(request));
    return stored.response;
  });
  app.delete(one, { onRequest }, async (request) => {
    const id = responseIdOf(request);
    const keyId = callerKey(request);
    await door.stored.delete(keyId, id);
    // An operator answering a deletion request can show when it was done (ids only: nothing of the conversation).
    request.log.info({ responseId: id, keyId }, "a stored response was deleted");
    return { id, object: "response", deleted: true };
  });
  app.get(items, { onRequest }, async (request) => {
    const id = responseIdOf(request);
    const stored = await door.stored.readable(callerKey(request), id);
    if (!stored.inputItems) {
      throw new GatewayError({
        message: `The input items of response '${escapeSentText(id, 256)}' are not known: it continues a response stored before this gateway could read responses back, whose items were not kept. The response itself can be read with GET /v1/responses/${id}.`,
        status: 404,
        type: "invalid_request_error",
        code: "not_found",
      });
    }
    return inputItemPage(stored.inputItems, request.query);
  });
  app.post(cancel, { onRequest }, async (request) => {
    const id = responseIdOf(request);
    await door.stored.readable(callerKey(request), id);
    // A 404 told an SDK's responses.cancel that a response it had just read was not there (round 26).
    throw new InvalidRequestError(`Only responses created with background=true can be cancelled: response '${escapeSentText(id, 256)}' was answered in the foreground, as every response here is (this gateway does not run responses in the background), so it has finished and there is nothing to cancel.`);
  });
}

/** Who is asking: the key the hook found, or none (a gateway without keys stores under no key). */
function callerKey(request: FastifyRequest): string | null {
  return request.keyIdentity?.keyId ?? null;
}

function responseIdOf(request: FastifyRequest): string {
  const id = (request.params as { response_id?: unknown }).response_id;
  if (typeof id !== "string" || id === "" || id.length > 256) throw new InvalidRequestError("response_id must be a response id (resp_..., at most 256 characters).", { param: "response_id" });
  return id;
}

/** `stream=true` asks OpenAI to replay a background response's events: nothing here runs in the background. */
function assertNoReplay(query: unknown): void {
  const stream = queryValues(query, "stream");
  if (stream.some((value) => value !== "false")) {
    throw new InvalidRequestError("stream=true replays a background response's events, and this gateway does not run responses in the background: omit stream to read the Response object.", { param: "stream" });
  }
}
