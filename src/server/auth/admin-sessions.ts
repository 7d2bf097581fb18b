/**
 * Dashboard sessions: a signed token in an HttpOnly, SameSite=Strict cookie. The token is its expiry, a random
 * nonce and an HMAC over both, keyed by a key derived from the admin key (scrypt), so every gateway instance that shares
 * `SWITCHYARD_ADMIN_KEY` accepts it: N instances behind any load balancer (PRODUCT §9) need no sticky routing,
 * where an in-memory session store sent a signed-in user back to the sign-in page whenever the balancer picked
 * another instance. Signing in takes the admin key once; the key itself is never stored in the browser.
 * Sign-out clears the cookie and revokes the token on the instance that served it; rotating the admin key
 * revokes every session on every instance (ADR 0010, amended).
 * @module
 */
import { createHmac, randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import type { Clock } from "../../core/clock.js";

/** The session cookie's name on a default port; elsewhere the port is added (sessionCookieName). */
export const SESSION_COOKIE = "switchyard_session";
/** Twelve hours: a working day, after which the admin key is asked for again. */
export const DEFAULT_SESSION_TTL_IN_MS = 12 * 60 * 60 * 1000;
/** Signed-out tokens remembered at most (until they expire); past it the oldest are dropped. */
const MAX_REVOKED = 10_000;

/** The session authority (stateless: any instance with the same admin key validates a token). */
export interface AdminSessions {
  /** Starts a session; returns the token to put in the cookie. */
  create(): string;
  /** True when the token is signed with this admin key, unexpired, and not signed out here. */
  isValid(token: string | undefined): boolean;
  /** Ends the session (sign-out) on this instance. */
  destroy(token: string | undefined): void;
  readonly ttlInMs: number;
}

/**
 * Creates the session authority. `secret` is the admin key (the dashboard signs in with it); without one no token
 * is ever valid, since nobody can sign in.
 */
export function createAdminSessions({ clock, secret, ttlInMs = DEFAULT_SESSION_TTL_IN_MS }: { clock: Clock; secret: string | undefined; ttlInMs?: number }): AdminSessions {
  // A key of its own for signing, never the admin key itself: a token reveals nothing usable against /api. Derived
  // with scrypt, so a stolen token is no cheap offline test of guesses at a weak admin key.
  const signingKey = secret ? scryptSync(secret, "switchyard dashboard session", 32, { N: 2 ** 14, r: 8, p: 1 }) : undefined;
  const sign = (payload: string): string => createHmac("sha256", signingKey ?? Buffer.alloc(32)).update(payload).digest("base64url");
  // Map order is insertion order; expired entries are swept as new ones arrive.
  const revoked = new Map<string, number>();
  const parse = (token: string | undefined): { payload: string; expiresAt: number; mac: string } | undefined => {
    if (!token || !signingKey) return undefined;
    const parts = token.split(".");
    if (parts.length !== 3) return undefined;
    const [expiry = "", nonce = "", mac = ""] = parts;
    if (!/^[0-9a-z]{1,12}$/.test(expiry) || !/^[A-Za-z0-9_-]{43}$/.test(nonce)) return undefined;
    return { payload: `${expiry}.${nonce}`, expiresAt: Number.parseInt(expiry, 36), mac };
  };
  return {
    ttlInMs,
    create() {
      const payload = `${(clock.now() + ttlInMs).toString(36)}.${randomBytes(32).toString("base64url")}`;
      return `${payload}.${sign(payload)}`;
    },
    isValid(token) {
      const parsed = parse(token);
      if (!parsed || parsed.expiresAt <= clock.now()) return false;
      const expected = Buffer.from(sign(parsed.payload));
      const given = Buffer.from(parsed.mac);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
      return !revoked.has(parsed.payload);
    },
    destroy(token) {
      const parsed = parse(token);
      if (!parsed) return;
      const now = clock.now();
      for (const [payload, expiresAt] of revoked) if (expiresAt <= now) revoked.delete(payload);
      while (revoked.size >= MAX_REVOKED) {
        const oldest = revoked.keys().next().value;
        if (oldest === undefined) break;
        revoked.delete(oldest);
      }
      revoked.set(parsed.payload, parsed.expiresAt);
    },
  };
}

/**
 * The name of the session cookie for a gateway the browser reaches at `host` (the Host header): `switchyard_session`
 * plus the port when the address names one (`switchyard_session_8787`). A browser keeps one cookie jar per host
 * whatever the port, so with one name for all, signing in at a second gateway on the same host overwrote the first's
 * session. The port is the gateway's address, so a restart keeps the name (and the session), and every instance
 * behind one load balancer shares it. An address on the default port keeps the plain name, the same over http and
 * https (a same-origin GET carries no Origin to tell them apart behind a TLS proxy).
 */
export function sessionCookieName(host: string | undefined): string {
  const written = /:(\d{1,5})$/.exec(host ?? "")?.[1];
  // One address, one name: `gw:443` (nginx's `$host:$server_port`) is `gw`, and `gw:08787` is `gw:8787`.
  const port = written === undefined ? undefined : Number(written);
  return port === undefined || port === 80 || port === 443 ? SESSION_COOKIE : `${SESSION_COOKIE}_${port}`;
}

/** The session token in a Cookie header under `name`, if any. */
export function sessionIdFromCookie(cookieHeader: string | undefined, name: string = SESSION_COOKIE): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=") || undefined;
  }
  return undefined;
}

/** The Set-Cookie value that starts (or, with maxAgeSeconds 0, clears) a session under `name`. */
export function sessionCookie(name: string, id: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}
