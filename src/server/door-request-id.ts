/**
 * The request id of every answer a door gives, set as the request arrives: Anthropic's `request-id` on
 * `/v1/messages*`, OpenAI's `x-request-id` on `/v1/chat/completions` and `/v1/responses*`. The SDKs expose it (an
 * error's `requestID`, `_request_id`) and clients log it to report a failure, so a refusal made before the door reads
 * the body (413, 415, bad JSON, a key refused by the `/v1` hook) and the token counters carry it too (round 28). On a
 * door's own route the id is the decision's (`x-switchyard-decision-id`): the handler reads it back.
 * @module
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { IdGenerator } from "../core/id-generator.js";
import { setSafeHeaders } from "./safe-header.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The id sent in the door's request-id header; the decision's id on a door's route. */
    doorRequestId?: string;
  }
}

/** The header a path's API names its request id by, or none for a path that is no door's. */
export function requestIdHeader(path: string | undefined): "request-id" | "x-request-id" | undefined {
  if (path === undefined) return undefined;
  if (path === "/v1/messages" || path.startsWith("/v1/messages/")) return "request-id";
  if (path === "/v1/chat/completions" || path === "/v1/responses" || path.startsWith("/v1/responses/")) return "x-request-id";
  return undefined;
}

/** The first `onRequest` hook: names the request before anything (a drain, the key, the body) can refuse it. */
export function registerDoorRequestIds(app: FastifyInstance, generateId: IdGenerator): void {
  // A callback hook, not an async one: it runs on every request, and waits for nothing.
  app.addHook("onRequest", (request, reply, done) => {
    const header = requestIdHeader(routeOf(request));
    if (header !== undefined) {
      const id = generateId();
      request.doorRequestId = id;
      setSafeHeaders(reply, { [header]: id });
    }
    done();
  });
}

/** The route's pattern (a 404 has none), so an unknown path under a door's prefix is not named. */
function routeOf(request: FastifyRequest): string | undefined {
  return request.is404 ? undefined : request.routeOptions.url;
}
