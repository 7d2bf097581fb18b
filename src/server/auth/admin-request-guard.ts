/**
 * Who may call the admin API: a request with the admin key in `Authorization` (scripts, the CLI), or one with a
 * dashboard session cookie. A cookie rides along with any request the browser makes, so a cookie-authenticated
 * request that changes something must also come from the dashboard's own origin (CSRF defence on top of
 * SameSite=Strict).
 * @module
 */
import type { FastifyRequest } from "fastify";
import { AuthenticationError, PermissionDeniedError } from "../../core/errors/index.js";
import type { AdminAuthenticator } from "./create-admin-auth.js";
import { sessionCookieName, sessionIdFromCookie, type AdminSessions } from "./admin-sessions.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Throws 401 (no key, no session) or 403 (cross-origin change with a cookie); returns when the caller is the admin. */
export function checkAdminRequest(request: FastifyRequest, checkKey: AdminAuthenticator, sessions: AdminSessions | undefined): void {
  if (request.headers.authorization !== undefined || !sessions) {
    checkKey(request.headers.authorization);
    return;
  }
  if (!sessions.isValid(sessionTokenOf(request))) {
    // Same message as without a key, plus the browser's way in.
    try {
      checkKey(undefined);
    } catch (error) {
      if (error instanceof AuthenticationError && !error.message.includes("disabled")) {
        throw new AuthenticationError(`${error.message} Or sign in to the dashboard at /dashboard.`);
      }
      throw error;
    }
  }
  if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
}

/** The session token the request carries in this gateway's own cookie (named by the port it is reached on). */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return sessionIdFromCookie(request.headers.cookie, sessionCookieName(request.headers.host));
}

/** True when the request's Origin is this gateway's own. */
export function isSameOrigin(request: FastifyRequest): boolean {
  const { origin, host } = request.headers;
  return Boolean(origin && host && sameHost(origin, host));
}

/** Refuses a request whose Origin is missing or is not this gateway's own (the dashboard's fetches always send it). */
export function assertSameOrigin(request: FastifyRequest): void {
  if (!isSameOrigin(request)) {
    throw new PermissionDeniedError("This change came with a dashboard session but not from the dashboard's origin, so it was refused.", "csrf_origin_mismatch");
  }
}

function sameHost(origin: string, host: string): boolean {
  try {
    // Parse both the same way, so a default port (":80" for http) compares equal with or without it.
    const from = new URL(origin);
    return from.host === new URL(`${from.protocol}//${host}`).host;
  } catch {
    return false;
  }
}
