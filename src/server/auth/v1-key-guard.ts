/**
 * The key guard of the `/v1` routes: every `/v1/*` request is authenticated by the shared key hook, except on the
 * paths that authenticate as their door does (the doors inside their handler, so a refused request gets a decision
 * record too; the Responses read-back routes with the door's own credential, routes/responses-read-back.ts).
 * @module
 */
import type { FastifyInstance } from "fastify";
import { routePath } from "../route-registry.js";
import type { KeyAuthenticator } from "./create-key-auth.js";
import { createKeyAuthHook } from "./key-auth-hook.js";

/** The route a key reads its own status on: counted apart from its calls (`KeyUse` "status"). */
const KEY_STATUS_PATH = "/v1/key";

/** Adds the `onRequest` hook guarding `/v1/*` routes other than `ownPaths` (registered route patterns). */
export function guardV1Routes(app: FastifyInstance, authenticate: KeyAuthenticator, ownPaths: readonly string[]): void {
  const hook = createKeyAuthHook(authenticate);
  const statusHook = createKeyAuthHook(authenticate, undefined, "status");
  app.addHook("onRequest", async (request, reply) => {
    const path = routePath(request);
    if (path === KEY_STATUS_PATH) await statusHook(request, reply);
    else if (path.startsWith("/v1/") && !ownPaths.includes(path)) await hook(request, reply);
  });
}
