/**
 * `POST /v1/responses/compact` (the `openai` SDK's `responses.compact`, Codex's remote compaction): not served, and
 * said so. OpenAI answers it with an encrypted `compaction` item only OpenAI's servers can read back; the gateway
 * routes each turn to any provider, so it could only make an item of its own (a routed, charged summary that this
 * gateway alone would accept back), which it does not do (ADR 0069). Without this route the path matched
 * `/v1/responses/{response_id}` and was answered 405 "Allowed: GET, DELETE", as if the client had used the wrong
 * method. The answer is a 404 (an SDK does not retry it, where it retries a 501), `unsupported_endpoint`, naming what
 * works instead. Behind the `/v1` key guard like every `/v1` route: a bad key hears about its key first.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { GatewayError } from "../../core/errors/index.js";

/** The path, as registered. */
export const COMPACT_PATH = "/v1/responses/compact";

/** The refusal. */
export function compactNotServed(): GatewayError {
  return new GatewayError({
    message:
      "POST /v1/responses/compact is not served by this gateway: OpenAI's compaction returns an encrypted item only OpenAI's servers can read, and Switchyard routes each turn to a model of any provider. " +
      "Continue with previous_response_id (the gateway keeps the whole conversation), or compact in your client: summarize older turns into a message and send that as input.",
    status: 404,
    type: "invalid_request_error",
    code: "unsupported_endpoint",
  });
}

/** Registers the route. */
export function registerResponsesCompact(app: FastifyInstance): void {
  app.post(COMPACT_PATH, async () => {
    throw compactNotServed();
  });
}
