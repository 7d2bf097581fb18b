/**
 * What browsers may do with the gateway. CORS is off unless config `server.cors_allow_origins` lists an origin
 * (an exact origin such as `https://app.example.com`, or `*`); admin responses (`/api/*`, `/dashboard`) carry
 * security headers that stop framing, sniffing, caching and referrer leaks. A small hook rather than
 * @fastify/cors and @fastify/helmet (docs/decisions/0016-hostile-input-edge.md): the policy is a dozen lines.
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { setSafeHeaders } from "./safe-header.js";

/** Headers every admin response gets (unless the route set its own value, e.g. a dashboard's CSP). */
export const ADMIN_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "cross-origin-resource-policy": "same-origin",
};

const CORS_METHODS = "GET, POST, DELETE, OPTIONS";
const CORS_HEADERS = "authorization, content-type, x-switchyard-task, x-switchyard-user";
const EXPOSED = "x-switchyard-decision-id, x-switchyard-model, x-switchyard-tier, x-switchyard-task, x-switchyard-attempts, x-switchyard-cost-usd, retry-after";

/** True for the admin surface. */
export function isAdminPath(url: string): boolean {
  return url.startsWith("/api/") || url === "/api" || url.startsWith("/dashboard");
}

/** Registers the hooks. */
export function registerBrowserPolicy(app: FastifyInstance, allowOrigins: readonly string[]): void {
  const anyOrigin = allowOrigins.includes("*");
  const allowed = new Set(allowOrigins);
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    setSafeHeaders(reply, isAdminPath(request.url) ? ADMIN_SECURITY_HEADERS : { "x-content-type-options": "nosniff" });
    const origin = request.headers.origin;
    if (typeof origin !== "string" || (!anyOrigin && !allowed.has(origin))) return;
    setSafeHeaders(reply, { "access-control-allow-origin": anyOrigin ? "*" : origin, vary: "Origin", "access-control-expose-headers": EXPOSED });
    if (request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined) {
      setSafeHeaders(reply, { "access-control-allow-methods": CORS_METHODS, "access-control-allow-headers": CORS_HEADERS, "access-control-max-age": "600" });
      await reply.code(204).send();
    }
  });
}
