/**
 * What browsers may do with the gateway. CORS is off unless config `server.cors_allow_origins` lists an origin
 * (an exact origin such as `https://app.example.com`, or `*`); admin responses (`/api/*`, `/dashboard`) carry
 * security headers that stop framing, sniffing, caching and referrer leaks. A small hook rather than
 * @fastify/cors and @fastify/helmet (docs/decisions/0016-hostile-input-edge.md): the policy is a dozen lines.
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { routePath } from "./route-registry.js";
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
/** Request headers allowed when a preflight names none: ours, and what the OpenAI and Anthropic SDKs send. */
const CORS_HEADERS = "authorization, content-type, x-api-key, anthropic-version, anthropic-beta, x-switchyard-task, x-switchyard-user, x-switchyard-session";
const EXPOSED =
  "x-switchyard-decision-id, x-switchyard-model, x-switchyard-tier, x-switchyard-task, x-switchyard-attempts, x-switchyard-cost-usd, x-switchyard-door, x-switchyard-affinity, x-ratelimit-limit-requests, x-ratelimit-remaining-requests, retry-after, request-id, x-request-id";
/** A preflight's header list as browsers send it: comma-separated header names, nothing else. */
const REQUESTED_HEADERS = /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/;

/** True for the admin surface. */
export function isAdminPath(url: string): boolean {
  return url.startsWith("/api/") || url === "/api" || url.startsWith("/dashboard");
}

/** Registers the hooks. */
export function registerBrowserPolicy(app: FastifyInstance, allowOrigins: readonly string[]): void {
  const anyOrigin = allowOrigins.includes("*");
  const allowed = new Set(allowOrigins);
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    setSafeHeaders(reply, isAdminPath(routePath(request)) ? ADMIN_SECURITY_HEADERS : { "x-content-type-options": "nosniff" });
    const origin = request.headers.origin;
    if (typeof origin !== "string" || (!anyOrigin && !allowed.has(origin))) return;
    setSafeHeaders(reply, { "access-control-allow-origin": anyOrigin ? "*" : origin, vary: "Origin", "access-control-expose-headers": EXPOSED });
    if (request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined) {
      // The origin is trusted by config, so the headers its preflight asks for are allowed as asked: the OpenAI and
      // Anthropic SDKs send their own (x-stainless-*, anthropic-dangerous-direct-browser-access), and a fixed list
      // failed their preflight, so a browser app could not "change only the base URL".
      const requested = request.headers["access-control-request-headers"];
      const headers = typeof requested === "string" && requested.length <= 2048 && REQUESTED_HEADERS.test(requested.trim()) ? requested.trim() : CORS_HEADERS;
      setSafeHeaders(reply, { "access-control-allow-methods": CORS_METHODS, "access-control-allow-headers": headers, "access-control-max-age": "600" });
      await reply.code(204).send();
    }
  });
}
