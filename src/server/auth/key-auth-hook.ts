/**
 * Fastify glue for key auth: an `onRequest` hook that authenticates `/v1/*` requests and puts the caller's
 * identity on `request.keyIdentity`.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { RateLimitError } from "../../core/errors/index.js";
import type { KeyAuthenticator, KeyIdentity } from "./create-key-auth.js";
import { setSafeHeaders } from "../safe-header.js";
import { anthropicCredential, setAsideAuthorization } from "../doors/messages/messages-door.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the key-auth hook: who is calling (anonymous when the gateway has no keys). */
    keyIdentity?: KeyIdentity;
  }
}

/**
 * The hook. Errors are thrown for the server's error handler (401 / 429 envelopes); a 429 also gets its
 * `Retry-After` header here, and allowed requests under a limit get `x-ratelimit-remaining`.
 */
export function createKeyAuthHook(authenticate: KeyAuthenticator) {
  return async function keyAuthHook(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      // Anthropic SDKs send the key as x-api-key (count_tokens, models): accepted like a Bearer token.
      // A random id per request (Fastify's own ids restart at each process start), so a resent hit counts once.
      const keyHeader = request.url.startsWith("/v1/messages") ? "x-api-key" : "both";
      request.keyIdentity = await authenticate(anthropicCredential(request.headers), randomUUID(), keyHeader, setAsideAuthorization(request.headers));
    } catch (error) {
      if (error instanceof RateLimitError) setSafeHeaders(reply, { "retry-after": error.retryAfterSeconds });
      throw error;
    }
    if (request.keyIdentity.rateLimitRemaining !== null) {
      setSafeHeaders(reply, { "x-ratelimit-limit-requests": String(request.keyIdentity.rpm), "x-ratelimit-remaining-requests": request.keyIdentity.rateLimitRemaining });
    }
  };
}
