/**
 * Fastify glue for key auth: an `onRequest` hook that authenticates `/v1/*` requests and puts the caller's
 * identity on `request.keyIdentity`.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { RateLimitError } from "../../core/errors/index.js";
import type { KeyAuthenticator, KeyHeader, KeyIdentity, KeyUse } from "./create-key-auth.js";
import { setSafeHeaders } from "../safe-header.js";
import { anthropicCredential, setAsideAuthorization } from "../doors/messages/messages-door.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the key-auth hook: who is calling (anonymous when the gateway has no keys). */
    keyIdentity?: KeyIdentity;
  }
}

/** Where a route reads its key from, when not as every `/v1` route does (a door's own routes read it as the door). */
export interface RouteCredential {
  credential(headers: FastifyRequest["headers"]): string | undefined;
  keyHeader: KeyHeader;
}

/**
 * The hook. Errors are thrown for the server's error handler (401 / 429 envelopes); a 429 also gets its
 * `Retry-After` header here, and allowed requests under a limit get `x-ratelimit-remaining`.
 */
export function createKeyAuthHook(authenticate: KeyAuthenticator, only?: RouteCredential, use: KeyUse = "call") {
  return async function keyAuthHook(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      // A random id per request (Fastify's own ids restart at each process start), so a resent hit counts once.
      if (only) request.keyIdentity = await authenticate(only.credential(request.headers), randomUUID(), only.keyHeader, undefined, use);
      else {
        // Anthropic SDKs send the key as x-api-key (count_tokens, models): accepted like a Bearer token.
        const keyHeader = request.url.startsWith("/v1/messages") ? "x-api-key" : "both";
        request.keyIdentity = await authenticate(anthropicCredential(request.headers), randomUUID(), keyHeader, setAsideAuthorization(request.headers), use);
      }
    } catch (error) {
      if (error instanceof RateLimitError) setSafeHeaders(reply, { "retry-after": error.retryAfterSeconds });
      throw error;
    }
    if (request.keyIdentity.rateLimitRemaining !== null) {
      setSafeHeaders(reply, { "x-ratelimit-limit-requests": String(request.keyIdentity.rpm), "x-ratelimit-remaining-requests": request.keyIdentity.rateLimitRemaining });
    }
  };
}
