/**
 * Dashboard sessions: a random id in an HttpOnly, SameSite=Strict cookie, and a server-side store of the ids'
 * SHA-256 with an expiry. Signing in takes the admin key once; the key itself is never stored in the browser.
 * @module
 */
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../../core/clock.js";

/** The cookie that carries the session id. */
export const SESSION_COOKIE = "switchyard_session";
/** Twelve hours: a working day, after which the admin key is asked for again. */
export const DEFAULT_SESSION_TTL_IN_MS = 12 * 60 * 60 * 1000;
/** Signed-in sessions kept at most; the oldest is dropped beyond it (a flood of sign-ins cannot exhaust memory). */
const MAX_SESSIONS = 1_000;

/** The server-side session store (one gateway process; see docs/decisions for why that is enough). */
export interface AdminSessions {
  /** Starts a session; returns the id to put in the cookie. */
  create(): string;
  /** True when the id belongs to a live session. */
  isValid(id: string | undefined): boolean;
  /** Ends the session (sign-out). */
  destroy(id: string | undefined): void;
  readonly ttlInMs: number;
}

/** Creates an in-memory session store. */
export function createAdminSessions({ clock, ttlInMs = DEFAULT_SESSION_TTL_IN_MS }: { clock: Clock; ttlInMs?: number }): AdminSessions {
  // Map order is insertion order, so the first entry is always the oldest session.
  const expiries = new Map<string, number>();
  const sweep = (now: number) => {
    for (const [hash, expiresAt] of expiries) if (expiresAt <= now) expiries.delete(hash);
  };
  return {
    ttlInMs,
    create() {
      const now = clock.now();
      sweep(now);
      while (expiries.size >= MAX_SESSIONS) {
        const oldest = expiries.keys().next().value;
        if (oldest === undefined) break;
        expiries.delete(oldest);
      }
      const id = randomBytes(32).toString("base64url");
      expiries.set(hashOf(id), now + ttlInMs);
      return id;
    },
    isValid(id) {
      if (!id) return false;
      const hash = hashOf(id);
      const expiresAt = expiries.get(hash);
      if (expiresAt === undefined) return false;
      if (expiresAt > clock.now()) return true;
      expiries.delete(hash);
      return false;
    },
    destroy(id) {
      if (id) expiries.delete(hashOf(id));
    },
  };
}

/** The session id in a Cookie header, if any. */
export function sessionIdFromCookie(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || undefined;
  }
  return undefined;
}

/** The Set-Cookie value that starts (or, with maxAgeSeconds 0, clears) a session. */
export function sessionCookie(id: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

function hashOf(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}
