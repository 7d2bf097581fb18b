/**
 * Every route the app registers, recorded as it is added: the not-found handler uses it to tell a wrong method
 * (405 with `Allow`) from an unknown path (404), and tests enumerate it (every `/api/*` route must refuse without
 * the admin key, including routes added later).
 * @module
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { GatewayError } from "../core/errors/index.js";

/** One registered route. */
export interface RegisteredRoute {
  method: string;
  url: string;
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Starts recording; call before any route is added. */
export function recordRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registries.set(app, routes);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url ?? route.path });
  });
}

/** The routes registered on `app` so far. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registries.get(app) ?? [];
}

/** Methods that have a route matching `path` (`:param` and `*` patterns), for a 405's `Allow`. */
export function methodsForPath(app: FastifyInstance, path: string): string[] {
  const methods = new Set<string>();
  for (const route of registeredRoutes(app)) if (patternMatches(route.url, path)) methods.add(route.method);
  return [...methods];
}

function patternMatches(pattern: string, path: string): boolean {
  const patternParts = pattern.split("/");
  const pathParts = path.split("/");
  for (let index = 0; index < patternParts.length; index += 1) {
    const part = patternParts[index] ?? "";
    if (part === "*") return true;
    const actual = pathParts[index];
    if (actual === undefined) return false;
    if (part.startsWith(":")) {
      if (actual === "") return false;
      continue;
    }
    if (part !== actual) return false;
  }
  return patternParts.length === pathParts.length;
}

/**
 * The path a request is served by, for every decision made on it (which guard, which envelope, which headers): the
 * matched route's pattern (`/v1/models/*`), else the URL's path percent-decoded. The router decodes a path before it
 * matches, so `/%76%31/feedback` is served by `/v1/feedback`; a check of the raw URL let it past the key guard.
 */
export function routePath(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (pattern !== undefined) return pattern;
  const raw = request.url.split("?")[0] ?? "/";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** 405 with `Allow` when the path exists under other methods, else 404. */
export function routeNotFound(app: FastifyInstance, request: FastifyRequest): GatewayError {
  const path = request.url.split("?")[0] ?? "/";
  const allowed = methodsForPath(app, path);
  if (allowed.length > 0) {
    return new MethodNotAllowedError(`${request.method} is not allowed on ${cut(path)}. Allowed: ${allowed.join(", ")}.`, allowed);
  }
  const shown = cut(path);
  const meant = baseUrlSlip(app, request.method, path);
  // The Responses API's other routes (compact, a misspelt one): say what is served instead of pointing elsewhere.
  const hint = /^\/v1\/responses\/[^/]+/.test(path)
    ? "Stored responses are served at GET and DELETE /v1/responses/{response_id} and GET /v1/responses/{response_id}/input_items, cancelled (a 400: nothing runs in the background here) at POST /v1/responses/{response_id}/cancel, continued with previous_response_id on POST /v1/responses, and counted on POST /v1/responses/input_tokens; POST /v1/responses/compact answers why it is not served."
    : meant !== undefined
      ? `Did you mean ${request.method} ${cut(meant)}? ${baseUrlAdvice(meant, reachedAt(request))}`
      : "See GET /v1/models, POST /v1/chat/completions, POST /v1/messages and POST /v1/responses.";
  return new GatewayError({ message: `No route for ${request.method} ${shown}. ${hint}`, status: 404, type: "invalid_request_error", code: "not_found" });
}

/** A path as an error message shows it: its first 200 characters (a request line may carry 16 KB). */
function cut(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** How each kind of client takes the gateway's base URL (`origin`): the fix for a path that lacks or repeats `/v1`. */
function baseUrlAdvice(meant: string, origin: string): string {
  return meant.startsWith("/v1/messages")
    ? `Anthropic SDKs and Claude Code take the base URL without /v1 (${origin}, ANTHROPIC_BASE_URL), and add /v1/messages themselves.`
    : `OpenAI SDKs take the base URL with /v1 (${origin}/v1), and add /chat/completions or /responses themselves.`;
}

/**
 * The origin the client reached the gateway at, from its Host header (a team's gateway is not on the caller's
 * 127.0.0.1); the default address when the header is no plain host[:port]. Only an example in a message: no decision
 * reads it.
 */
function reachedAt(request: FastifyRequest): string {
  const host = request.headers.host ?? "";
  const plain = host.length > 0 && host.length <= 255 && [...host].every((char) => HOST_CHARS.includes(char.toLowerCase()));
  if (!plain) return "http://127.0.0.1:8787";
  const forwarded = String(request.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim();
  return `${request.protocol === "https" || forwarded === "https" ? "https" : "http"}://${host}`;
}

const HOST_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789.-_:[]";

/**
 * The route a client meant when its base URL lacks `/v1` (`/chat/completions`), repeats it (`/v1/v1/messages`) or
 * keeps OpenRouter's `/api/v1`: that path with one `/v1`, when a route serves it for this method.
 */
function baseUrlSlip(app: FastifyInstance, method: string, path: string): string | undefined {
  const candidates = [`/v1${path}`];
  if (path.startsWith("/v1/v1/")) candidates.push(path.slice(3));
  if (path.startsWith("/api/v1/")) candidates.push(path.slice(4));
  return candidates.find((candidate) => candidate.startsWith("/v1/") && methodsForPath(app, candidate).includes(method));
}

/** A 405; the error handler sends its `Allow` header. */
export class MethodNotAllowedError extends GatewayError {
  readonly allow: readonly string[];
  constructor(message: string, allow: readonly string[]) {
    super({ message, status: 405, type: "invalid_request_error", code: "method_not_allowed" });
    this.allow = allow;
  }
}
