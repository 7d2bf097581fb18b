/**
 * `GET /dashboard`: the sign-in page, sign-out (a page with a button on GET, the sign-out itself on POST), the app
 * shell for every dashboard path and the bundled assets (built into `dist/dashboard/` by `npm run build`, served
 * from the package, no CDN). Without a session every page redirects to sign-in and every asset except the
 * stylesheet and icon answers 401.
 * @module
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../core/clock.js";
import { GatewayError } from "../../core/errors/index.js";
import { assertSameOrigin, isSameOrigin, sessionTokenOf } from "../auth/admin-request-guard.js";
import { SESSION_COOKIE, sessionCookie, sessionCookieName, sessionIdFromCookie, type AdminSessions } from "../auth/admin-sessions.js";
import { matchesAdminKey } from "../auth/create-admin-auth.js";
import { ADMIN_KEY_RETRY_AFTER_SECONDS, adminKeyRefusalMessage, createAdminKeyThrottle, type AdminKeyThrottle } from "../auth/admin-key-throttle.js";
import { DASHBOARD_CSP, appShell, dashboardErrorPage, signInPage, signOutPage } from "./dashboard-html.js";
import { dashboardPageAt } from "../../core/dashboard-page-path.js";
import { setSafeHeaders } from "../safe-header.js";

/** Options of registerDashboardRoutes. */
export interface DashboardDeps {
  adminKey: string | undefined;
  sessions: AdminSessions;
  clock: Clock;
  /** Wrong admin keys counted per address and overall (shared with the admin API's). Default: its own. */
  keyThrottle?: AdminKeyThrottle;
  /** Where the built bundle is. Default: `dist/dashboard` of this package. */
  assetsDir?: string;
  /** `Secure` on every session cookie (`server.secure_cookies: always`), not only when the request shows https. */
  alwaysSecure?: boolean;
}

/**
 * How long the browser keeps the cookie after its session expires, so the sign-in page can say the session ended:
 * a cookie that lived exactly as long as its session was dropped by the browser the moment it expired, and the page
 * open on Live went to a bare form. The token carries its own signed expiry, so the gateway refuses it all the same.
 */
const ENDED_NOTICE_SECONDS = 24 * 60 * 60;

/** Assets a signed-out browser may load (the sign-in page's look); they hold no data. */
const PUBLIC_ASSETS = new Set(["app.css", "favicon.svg"]);
const CONTENT_TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml" };

/** Registers the dashboard routes in their own scope (with a form parser for the sign-in). */
export async function registerDashboardRoutes(app: FastifyInstance, deps: DashboardDeps): Promise<void> {
  const assets = loadAssets(deps.assetsDir ?? defaultAssetsDir());
  const throttle = deps.keyThrottle ?? createAdminKeyThrottle({ clock: deps.clock });
  const secure = (request: FastifyRequest) => deps.alwaysSecure === true || browserOnHttps(request);
  const setCookie = (request: FastifyRequest, token: string, maxAgeSeconds: number) => sessionCookie(sessionCookieName(request.headers.host), token, maxAgeSeconds, secure(request));
  await app.register(async (scope) => {
    scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 4096 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.addHook("onSend", async (_request, reply) => {
      // same-origin, not no-referrer: with no-referrer Chrome sends "Origin: null" on form posts, which the CSRF check refuses.
      setSafeHeaders(reply, { "content-security-policy": DASHBOARD_CSP, "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "same-origin" });
      if (!reply.hasHeader("cache-control")) setSafeHeaders(reply, { "cache-control": "no-store" });
    });
    const signedIn = (request: FastifyRequest) => deps.sessions.isValid(sessionTokenOf(request));
    const sessionCookieSeconds = Math.floor(deps.sessions.ttlInMs / 1000) + ENDED_NOTICE_SECONDS;
    // A session from before the per-port names (ADR 0083), valid here, is moved under this port's name (ADR 0087).
    const carriedOver = (request: FastifyRequest, reply: FastifyReply): boolean => {
      const token = legacySession(request, deps.sessions);
      if (token !== undefined) setSafeHeaders(reply, { "set-cookie": setCookie(request, token, sessionCookieSeconds) });
      return token !== undefined;
    };
    const html = (reply: FastifyReply, status: number, body: string) => reply.code(status).type("text/html; charset=utf-8").send(body);

    scope.get("/dashboard/sign-in", async (request, reply) => {
      const next = safeNext((request.query as Record<string, unknown> | undefined)?.next);
      if (signedIn(request) || carriedOver(request, reply)) return reply.redirect(next ?? "/dashboard", 303);
      // A cookie the gateway no longer accepts: the session ended under an open page. Said once, and the cookie
      // cleared, so a reload of the form (or the next visit) does not say it again.
      const sessionEnded = sessionTokenOf(request) !== undefined;
      if (sessionEnded) setSafeHeaders(reply, { "set-cookie": setCookie(request, "", 0) });
      // Not said without an admin key: "sign in again" under "nobody can sign in" (the cookie is cleared all the same).
      return html(reply, 200, signInPage({ adminKeyConfigured: Boolean(deps.adminKey), sessionEnded: sessionEnded && Boolean(deps.adminKey), ...(next ? { next } : {}) }));
    });

    scope.post("/dashboard/sign-in", async (request, reply) => {
      // A browser always sends Origin with this form: without it (a script, a proxy that strips it) the answer is
      // still the sign-in page, saying what is wrong, not the admin API's JSON error.
      if (!isSameOrigin(request)) {
        return html(reply, 403, signInPage({ adminKeyConfigured: Boolean(deps.adminKey), problem: "This sign-in did not come from this dashboard's own page (its Origin header is missing or another site's). Sign in from the form below." }));
      }
      // The client's address as `server.trust_proxy` reads it: the socket's unless a trusted proxy forwarded it.
      const client = request.ip;
      const body = request.body as Record<string, unknown> | undefined;
      // Kept on every answer that shows the form again, so the sign-in that follows still returns to the page asked for.
      const next = safeNext(body?.next);
      const refusal = throttle.refusal(client);
      if (refusal) {
        setSafeHeaders(reply, { "retry-after": String(ADMIN_KEY_RETRY_AFTER_SECONDS) });
        return html(reply, 429, signInPage({ adminKeyConfigured: Boolean(deps.adminKey), problem: adminKeyRefusalMessage(refusal), ...(next ? { next } : {}) }));
      }
      const candidate = typeof body?.admin_key === "string" ? body.admin_key : "";
      if (!matchesAdminKey(deps.adminKey, candidate)) {
        throttle.fail(client);
        const problem = deps.adminKey ? "That is not the admin key. Check SWITCHYARD_ADMIN_KEY in the gateway's environment." : "The gateway has no admin key set.";
        return html(reply, 401, signInPage({ adminKeyConfigured: Boolean(deps.adminKey), problem, ...(next ? { next } : {}) }));
      }
      const id = deps.sessions.create();
      setSafeHeaders(reply, { "set-cookie": setCookie(request, id, sessionCookieSeconds) });
      return reply.redirect(next ?? "/dashboard", 303);
    });

    // A typed or linked sign-out URL gets a page with the button that posts, never a sign-out: a GET that signed
    // out could be set off by any other site (an <img src>), and the wildcard below would show "Page not found".
    scope.get("/dashboard/sign-out", async (request, reply) => {
      if (!signedIn(request) && !carriedOver(request, reply)) return reply.redirect("/dashboard/sign-in", 303);
      return html(reply, 200, signOutPage());
    });

    scope.post("/dashboard/sign-out", async (request, reply) => {
      assertSameOrigin(request);
      const own = sessionTokenOf(request);
      // The plain-name cookie this session may have been carried over from (ADR 0087) goes too: the token is revoked
      // on this instance only, so left in the browser it signed the admin in again on another instance, or here
      // after a restart. One another admin key signed is not this gateway's, and is left alone.
      const old = legacyCookieOnSignOut(request, deps.sessions, own);
      deps.sessions.destroy(own);
      setSafeHeaders(reply, { "set-cookie": setCookie(request, "", 0) });
      if (old !== undefined) {
        deps.sessions.destroy(old);
        setSafeHeaders(reply, { "set-cookie": sessionCookie(SESSION_COOKIE, "", 0, secure(request)) });
      }
      return reply.redirect("/dashboard/sign-in", 303);
    });

    scope.get<{ Params: { file: string } }>("/dashboard/assets/:file", async (request, reply) => {
      const { file } = request.params;
      const asset = assets.get(file);
      if (!asset) throw notFoundAsset(file, assets.size === 0);
      if (!PUBLIC_ASSETS.has(file) && !signedIn(request)) {
        throw new GatewayError({ message: "Sign in to the dashboard first.", status: 401, type: "authentication_error", code: "no_session" });
      }
      // Revalidated on every load (no-cache), but a browser that has this build gets a bodiless 304; one that accepts
      // gzip gets the bundle in about 40% of its size (it went out whole on every page load: no validator, no encoding).
      setSafeHeaders(reply, { "cache-control": "no-cache", etag: asset.etag, vary: "accept-encoding" });
      if (request.headers["if-none-match"]?.split(",").some((tag) => tag.trim() === asset.etag)) return reply.code(304).send();
      if (!acceptsGzip(request.headers["accept-encoding"])) return reply.type(asset.type).send(asset.body);
      setSafeHeaders(reply, { "content-encoding": "gzip" });
      return reply.type(asset.type).send(asset.gzip);
    });

    const shell = async (request: FastifyRequest, reply: FastifyReply) => {
      // A path that names no page gets a 404 page, signed in or not (the list of pages is no secret), never the app
      // with a 200 and a page of its own, or a page the path does not name (/dashboard/models/x got Models).
      const pathname = request.url.split("?", 1)[0] ?? request.url;
      if (!dashboardPageAt(pathname)) return html(reply, 404, dashboardErrorPage("Page not found", notFoundMessage(pathname)));
      if (!signedIn(request) && !carriedOver(request, reply)) {
        // Come back to the same page after signing in (a dashboard path only: never an open redirect).
        const target = request.url === "/dashboard" ? "" : `?next=${encodeURIComponent(request.url)}`;
        return reply.redirect(`/dashboard/sign-in${target}`, 302);
      }
      if (!assets.has("app.js")) throw notFoundAsset("app.js", true);
      return html(reply, 200, appShell());
    };
    scope.get("/dashboard", shell);
    scope.get("/dashboard/*", shell);
  });
}

interface Asset {
  type: string;
  body: Buffer;
  /** The body gzipped once, when the bundle is loaded. */
  gzip: Buffer;
  /** A weak validator (the same content in either encoding): a digest of the body. */
  etag: string;
}

/** True unless the client does not name gzip, or refuses it with `q=0`. */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    return (coding === "gzip" || coding === "*") && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

/**
 * The token of a session under the plain name every gateway used before ADR 0083, when this gateway's own cookie is
 * absent and the token is valid here: signed with this admin key, unexpired, not signed out here. The name only
 * chooses a cookie; the token is what proves the admin key, so one from a gateway with the same key is as good as
 * this one's own (ADR 0010), and one from another gateway on the host (another key) is not valid and left alone.
 */
function legacySession(request: FastifyRequest, sessions: AdminSessions): string | undefined {
  if (sessionCookieName(request.headers.host) === SESSION_COOKIE || sessionTokenOf(request) !== undefined) return undefined;
  const token = sessionIdFromCookie(request.headers.cookie, SESSION_COOKIE);
  return sessions.isValid(token) ? token : undefined;
}

/** The token of a plain-name cookie to clear on sign-out: this session's own, or any other this gateway would carry over. */
function legacyCookieOnSignOut(request: FastifyRequest, sessions: AdminSessions, own: string | undefined): string | undefined {
  if (sessionCookieName(request.headers.host) === SESSION_COOKIE) return undefined;
  const token = sessionIdFromCookie(request.headers.cookie, SESSION_COOKIE);
  return token !== undefined && (token === own || sessions.isValid(token)) ? token : undefined;
}

/**
 * True when the browser reached the dashboard over https: TLS here, or (the usual deployment, a load balancer that
 * terminates TLS and speaks http to the gateway) a page whose Origin is https or a proxy's `X-Forwarded-Proto: https`.
 * The cookie then gets `Secure`; judged by this connection alone it went out without it behind every TLS proxy. A
 * forged header can only add `Secure`, which makes the forger's own cookie stricter. A page load sends no Origin, so
 * behind a proxy that sends no `X-Forwarded-Proto` a session carried over on one (ADR 0087) cannot tell: for that,
 * `server.secure_cookies: always` (ADR 0091).
 */
function browserOnHttps(request: FastifyRequest): boolean {
  const forwarded = request.headers["x-forwarded-proto"];
  const firstHop = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase();
  return request.protocol === "https" || firstHop === "https" || request.headers.origin?.startsWith("https://") === true;
}

/**
 * A same-site dashboard path to return to after sign-in, or undefined. It becomes the `Location` header, so it is
 * printable ASCII only (what a browser's own URLs are): Node refuses a header with a control character or a
 * character past Latin-1, which made the redirect a 500 in Fastify's format and lost the sign-in's cookie.
 */
function safeNext(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 2048 || !/^[\x21-\x7e]+$/.test(value)) return undefined;
  if (!/^\/dashboard(\/|\?|$)/.test(value) || value.startsWith("/dashboard/sign-")) return undefined;
  return /[\\\s]|\/\//.test(value) ? undefined : value;
}

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  for (const name of readdirSync(dir)) {
    const type = CONTENT_TYPES[path.extname(name)];
    if (!type) continue;
    const body = readFileSync(path.join(dir, name));
    assets.set(name, { type, body, gzip: gzipSync(body, { level: 9 }), etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` });
  }
  return assets;
}

/** `dist/dashboard` beside the compiled server (dist/server/routes → dist/dashboard), also when run from src/. */
function defaultAssetsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const besideBuild = path.resolve(here, "../../dashboard");
  return existsSync(path.join(besideBuild, "app.js")) ? besideBuild : path.resolve(here, "../../../dist/dashboard");
}

/** What the 404 page says, for the server's answer and the app's alike; a path past 200 characters is cut. */
function notFoundMessage(pathname: string): string {
  const shown = pathname.length > 200 ? `${pathname.slice(0, 200)}…` : pathname;
  return `There is no dashboard page at ${shown}. Check the link, or start again from the dashboard.`;
}

function notFoundAsset(file: string, bundleMissing: boolean): GatewayError {
  const message = bundleMissing ? "The dashboard bundle is missing from this install. Run `npm run build` in the package." : `No dashboard asset ${file}.`;
  return new GatewayError({ message, status: bundleMissing ? 503 : 404, type: "invalid_request_error", code: "not_found" });
}
