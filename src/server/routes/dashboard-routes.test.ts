/**
 * The dashboard's server side through app.inject: sign-in and sign-out (and the sign-out page on GET), the session
 * cookie on /api, the Origin check, the failed sign-in throttle, the CSP, a missing bundle, and POST /api/route (no
 * upstream call).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { createMemoryDecisionLogBackend } from "../../storage/memory/memory-decision-log.js";
import { createMemoryKeyStore } from "../../storage/memory/memory-key-store.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createAdminSessions } from "../auth/admin-sessions.js";
import { createApp } from "../create-app.js";
import { registerAdminRoutes } from "./admin-routes.js";
import { DASHBOARD_CSP } from "./dashboard-html.js";
import { registerDashboardRoutes } from "./dashboard-routes.js";

const ADMIN = "dashboard-unit-admin-key";
const ORIGIN = "http://localhost:80";
const assets = mkdtempSync(path.join(tmpdir(), "switchyard-dashboard-assets-"));
writeFileSync(path.join(assets, "app.js"), "export {};");
writeFileSync(path.join(assets, "app.css"), "body{}");
afterAll(() => rmSync(assets, { recursive: true, force: true }));

async function buildApp(assetsDir = assets): Promise<FastifyInstance> {
  const config = parseConfig({});
  const sessions = createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN });
  const decisions = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
  // Nothing listens there: the playground must never call upstream.
  const upstream = createUpstreamClient({ baseUrl: "http://127.0.0.1:9/api/v1", connectTimeoutMs: 100, xTitle: "t" });
  return createApp({
    config,
    catalog: builtinCatalog(),
    upstream,
    plugins: [
      (app, gateway) => registerAdminRoutes(app, { adminKey: ADMIN, decisions, keys: createMemoryKeyStore(), clock: SYSTEM_CLOCK, sessions, router: gateway.router }),
      (app) => registerDashboardRoutes(app, { adminKey: ADMIN, sessions, clock: SYSTEM_CLOCK, assetsDir }),
    ],
  });
}

const signInBody = (key: string) => ({ method: "POST" as const, url: "/dashboard/sign-in", headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN }, payload: `admin_key=${encodeURIComponent(key)}` });

describe("dashboard routes", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp();
  });
  afterAll(() => app.close());

  it("redirects pages to sign-in and serves the sign-in form with a strict CSP", async () => {
    const page = await app.inject({ url: "/dashboard/models" });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe("/dashboard/sign-in?next=%2Fdashboard%2Fmodels");
    const form = await app.inject({ url: "/dashboard/sign-in" });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<label for="admin-key">Admin key</label>');
    expect(form.body).toContain('method="post"');
    expect(form.body).not.toMatch(/<script|style=/);
    expect(form.headers["content-security-policy"]).toContain("script-src 'self'");
    expect((await app.inject({ url: "/dashboard/assets/app.css" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/dashboard/assets/app.js" })).statusCode).toBe(401);
  });

  it("sends an asset gzipped to a browser that accepts it, and a 304 to one that has this build", async () => {
    // Every page load sent the whole bundle again: no validator, no encoding.
    const url = "/dashboard/assets/app.css";
    const zipped = await app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("accept-encoding");
    expect(gunzipSync(zipped.rawPayload).toString()).toBe("body{}");
    const plain = await app.inject({ url });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe("body{}");
    expect((await app.inject({ url, headers: { "accept-encoding": "gzip;q=0, identity" } })).headers["content-encoding"]).toBeUndefined();
    const etag = String(zipped.headers.etag);
    expect(etag).toBe(String(plain.headers.etag));
    const again = await app.inject({ url, headers: { "accept-encoding": "gzip", "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers["content-security-policy"]).toBe(DASHBOARD_CSP);
    expect((await app.inject({ url, headers: { "if-none-match": 'W/"another-build"' } })).statusCode).toBe(200);
    // The bundle stays behind the session: a validator does not open it.
    expect((await app.inject({ url: "/dashboard/assets/app.js", headers: { "if-none-match": etag } })).statusCode).toBe(401);
  });

  it("sends the admin security headers on an API error raised before routing (a URL with bad percent-encoding)", async () => {
    const response = await app.inject({ method: "GET", url: "/api/decisions/%E0%A4%A" });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: "invalid_url" } });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("answers a dashboard path that names no page with its own 404 page, signed in or not; every page the app has gets the app", async () => {
    // /dashboard/nope got the app shell with 200 and the app's own "Page not found", /dashboard/models/x the Models
    // page and /dashboard/sign-in/x the whole app: three answers for one mistake, and none a 404.
    const signedIn = await app.inject(signInBody(ADMIN));
    const cookie = String(signedIn.headers["set-cookie"]).split(";")[0] ?? "";
    for (const url of ["/dashboard/nope", "/dashboard/nope/deeper", "/dashboard/models/x", "/dashboard/keys/x", "/dashboard/live/x", "/dashboard/decisions/a/b", "/dashboard/sign-in/x", "/dashboard/assets", "/dashboard/%3Cb%3E"]) {
      for (const headers of [{ cookie }, {}]) {
        const response = await app.inject({ url, headers });
        expect(response.statusCode, url).toBe(404);
        expect(response.headers["content-type"], url).toBe("text/html; charset=utf-8");
        expect(response.body).toContain("<title>Page not found · Switchyard</title>");
        // Said on the page too, not only in the tab's title.
        expect(response.body).toContain("<h2>Page not found</h2>");
        expect(response.body).toMatch(/role="alert">There is no dashboard page at \/dashboard\//);
        expect(response.body).not.toContain("<b>");
        expect(response.body).toContain('<a href="/dashboard">');
        expect(response.headers["content-security-policy"]).toBe(DASHBOARD_CSP);
      }
    }
    for (const url of ["/dashboard", "/dashboard/", "/dashboard/decisions", "/dashboard/decisions/dec_1", "/dashboard/experiments/", "/dashboard/experiments/cheap%20arm", "/dashboard/models/?since=24h", "/dashboard/keys", "/dashboard/playground", "/dashboard/live"]) {
      const response = await app.inject({ url, headers: { cookie } });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('src="/dashboard/assets/app.js"');
    }
  });

  it("answers a dashboard URL with bad percent-encoding with the dashboard's own error page (400, its CSP), not JSON", async () => {
    for (const url of ["/dashboard/decisions/%E0%A4%A", "/dashboard/%"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(400);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.body).toContain('<link rel="stylesheet" href="/dashboard/assets/app.css">');
      expect(response.body).toMatch(/role="alert">This dashboard address has broken percent-encoding/);
      expect(response.body).toContain('<a href="/dashboard">');
      expect(response.headers["content-security-policy"]).toBe(DASHBOARD_CSP);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["cache-control"]).toBe("no-store");
    }
  });

  it("signs in with the admin key, opens /api with the cookie, and signs out", async () => {
    const wrong = await app.inject(signInBody("nope"));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
    const right = await app.inject(signInBody(ADMIN));
    expect(right.statusCode).toBe(303);
    const cookie = String(right.headers["set-cookie"]).split(";")[0] ?? "";
    expect(cookie).toMatch(/^switchyard_session=/);
    expect(String(right.headers["set-cookie"])).toContain("HttpOnly; SameSite=Strict");
    expect((await app.inject({ url: "/dashboard", headers: { cookie } })).body).toContain('src="/dashboard/assets/app.js"');
    expect((await app.inject({ url: "/api/keys", headers: { cookie } })).statusCode).toBe(200);
    // A change with the cookie needs the gateway's own Origin.
    const create = { method: "POST" as const, url: "/api/keys", payload: { name: "from-cookie" } };
    expect((await app.inject({ ...create, headers: { cookie } })).statusCode).toBe(403);
    expect((await app.inject({ ...create, headers: { cookie, origin: "https://evil.example" } })).statusCode).toBe(403);
    expect((await app.inject({ ...create, headers: { cookie, origin: ORIGIN } })).statusCode).toBe(201);
    const out = await app.inject({ method: "POST", url: "/dashboard/sign-out", headers: { cookie, origin: ORIGIN } });
    expect(out.statusCode).toBe(303);
    expect(String(out.headers["set-cookie"])).toContain("Max-Age=0");
    expect((await app.inject({ url: "/api/keys", headers: { cookie } })).statusCode).toBe(401);
  });

  it("marks the cookie Secure when the browser is on https behind a TLS-terminating proxy, and only then", async () => {
    // The load balancer speaks plain http to the gateway; the browser's page is https (its Origin, the proxy's header).
    const behindTls = async (headers: Record<string, string>) => {
      const response = await app.inject({ ...signInBody(ADMIN), headers: { "content-type": "application/x-www-form-urlencoded", host: "gw.example.com", ...headers } });
      expect(response.statusCode).toBe(303);
      return String(response.headers["set-cookie"]);
    };
    expect(await behindTls({ origin: "https://gw.example.com", "x-forwarded-proto": "https" })).toContain("; Secure");
    expect(await behindTls({ origin: "https://gw.example.com" })).toContain("; Secure");
    expect(await behindTls({ origin: "http://gw.example.com" })).not.toContain("Secure");
    const cookie = (await behindTls({ origin: "https://gw.example.com" })).split(";")[0] ?? "";
    const out = await app.inject({ method: "POST", url: "/dashboard/sign-out", headers: { cookie, host: "gw.example.com", origin: "https://gw.example.com" } });
    expect(String(out.headers["set-cookie"])).toMatch(/Max-Age=0; Secure/);
  });

  it("answers GET /dashboard/sign-out with a page whose button posts the sign-out, and never signs out on the GET", async () => {
    const cookie = String((await app.inject(signInBody(ADMIN))).headers["set-cookie"]).split(";")[0] ?? "";
    const page = await app.inject({ url: "/dashboard/sign-out", headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toMatch(/<form method="post" action="\/dashboard\/sign-out">\s*<button type="submit">Sign out<\/button>/);
    expect(page.body).not.toMatch(/<script|style=/);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(page.headers["set-cookie"]).toBeUndefined();
    // A cross-site GET (a link or an <img> on another site) leaves the session alone.
    expect((await app.inject({ url: "/dashboard/sign-out", headers: { cookie, origin: "https://evil.example" } })).headers["set-cookie"]).toBeUndefined();
    expect((await app.inject({ url: "/api/keys", headers: { cookie } })).statusCode).toBe(200);
    // Signed out already: straight to sign-in.
    const signedOut = await app.inject({ url: "/dashboard/sign-out" });
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.headers.location).toBe("/dashboard/sign-in");
  });

  it("returns to the page asked for after sign-in, and only to a dashboard page", async () => {
    const form = await app.inject({ url: "/dashboard/sign-in?next=%2Fdashboard%2Fdecisions%3Ftier%3Dbudget" });
    expect(form.body).toContain('name="next" value="/dashboard/decisions?tier=budget"');
    const post = (next: string) => app.inject({ ...signInBody(ADMIN), payload: `admin_key=${ADMIN}&next=${encodeURIComponent(next)}` });
    expect((await post("/dashboard/decisions?tier=budget")).headers.location).toBe("/dashboard/decisions?tier=budget");
    for (const hostile of ["//evil.example/dashboard", "https://evil.example/dashboard", "/dashboardx", "/dashboard/\\evil", "/api/keys"]) {
      expect((await post(hostile)).headers.location).toBe("/dashboard");
    }
  });

  it("refuses a sign-in posted from another origin, and throttles repeated wrong keys", async () => {
    const crossSite = await app.inject({ ...signInBody(ADMIN), headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
    expect(crossSite.statusCode).toBe(403);
    // Refused as a page that says why, never a session: the key was right, the origin was not.
    expect(crossSite.headers["content-type"]).toMatch(/text\/html/);
    expect(crossSite.body).toMatch(/did not come from this dashboard&#39;s own page|did not come from this dashboard's own page/);
    expect(crossSite.headers["set-cookie"]).toBeUndefined();
    const noOrigin = await app.inject({ ...signInBody(ADMIN), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(noOrigin.statusCode).toBe(403);
    expect(noOrigin.headers["content-type"]).toMatch(/text\/html/);
    const throttled = await buildApp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) statuses.push((await throttled.inject(signInBody(`wrong-${attempt}`))).statusCode);
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const refused = await throttled.inject({ ...signInBody(ADMIN), payload: `admin_key=${ADMIN}&next=${encodeURIComponent("/dashboard/decisions?tier=budget")}` });
    expect(refused.statusCode).toBe(429);
    // The form it shows again still returns to the page first asked for.
    expect(refused.body).toContain('name="next" value="/dashboard/decisions?tier=budget"');
    await throttled.close();
  });

  it("answers 503 with the fix when the bundle was not built", async () => {
    const bare = await buildApp(path.join(assets, "missing"));
    const right = await bare.inject(signInBody(ADMIN));
    const cookie = String(right.headers["set-cookie"]).split(";")[0] ?? "";
    const page = await bare.inject({ url: "/dashboard", headers: { cookie } });
    expect(page.statusCode).toBe(503);
    expect(page.json()).toMatchObject({ error: { message: expect.stringContaining("npm run build") } });
    await bare.close();
  });

  it("POST /api/route answers the decision, its reasons and the chain without an upstream call", async () => {
    const headers = { authorization: `Bearer ${ADMIN}` };
    const routed = await app.inject({ method: "POST", url: "/api/route", headers, payload: { prompt: "Write a Python function that merges two sorted lists.", tier: "budget" } });
    expect(routed.statusCode).toBe(200);
    const body = routed.json<{ decision: { tier: string; reasons: string[]; model: string }; chain: { id: string; worst_case_cost_usd: number }[] }>();
    expect(body.decision.tier).toBe("budget");
    expect(body.decision.reasons).toContain("The request names the tier budget.");
    expect(body.chain[0]?.id).toBe(body.decision.model);
    expect(body.chain[0]?.worst_case_cost_usd).toBeGreaterThan(0);
    const empty = await app.inject({ method: "POST", url: "/api/route", headers, payload: { prompt: "  " } });
    expect(empty.statusCode).toBe(400);
    const unknownTier = await app.inject({ method: "POST", url: "/api/route", headers, payload: { prompt: "hi", tier: "gold" } });
    expect(unknownTier.statusCode).toBe(400);
    expect(unknownTier.json()).toMatchObject({ error: { message: expect.stringContaining("Valid tiers") } });
    expect((await app.inject({ method: "POST", url: "/api/route", payload: { prompt: "hi" } })).statusCode).toBe(401);
  });

  it("POST /api/route refuses what the gateway would refuse, and a prompt beside messages, instead of deciding it", async () => {
    const headers = { authorization: `Bearer ${ADMIN}` };
    const route = (payload: object) => app.inject({ method: "POST", url: "/api/route", headers, payload });
    // Each is a 400 at /v1/chat/completions; the playground decided them as if they were fine.
    for (const [payload, param] of [
      [{ messages: [{ role: "user", content: 5 }] }, "messages[0].content"],
      [{ messages: [{ role: "user", content: [{ type: "text", text: 5 }] }] }, "messages[0].content[0].text"],
      [{ prompt: "hi", model: "openai/gpt\u0000-5" }, "model"],
    ] as const) {
      const refused = await route(payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.json<{ error: { param: string } }>().error.param, JSON.stringify(payload)).toBe(param);
    }
    // The prompt was dropped without a word and the messages decided.
    const both = await route({ prompt: "Translate hello into French", messages: [{ role: "user", content: "Write a Python function" }] });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ error: { param: "prompt", message: expect.stringContaining("give prompt or messages, not both") } });
    expect((await route({ messages: [{ role: "user", content: "Translate hello into French" }] })).statusCode).toBe(200);
  });

  it("POST /api/route takes the chat fields that change a decision, and every capability, as /v1/chat/completions does", async () => {
    const headers = { authorization: `Bearer ${ADMIN}` };
    type Routed = { decision: { model: string; reasons: string[] }; chain: { id: string; worst_case_cost_usd: number }[] };
    const route = async (payload: object): Promise<Routed> => {
      const answer = await app.inject({ method: "POST", url: "/api/route", headers, payload });
      expect(answer.statusCode, `${JSON.stringify(payload)}: ${answer.body}`).toBe(200);
      return answer.json<Routed>();
    };
    const plain = await route({ prompt: "look up today's rates", model: "openai/gpt-5-nano" });
    const searching = await route({ prompt: "look up today's rates", model: "openai/gpt-5-nano", plugins: [{ id: "web" }] });
    // The web plugin's five results are billed beside the tokens ($0.004 each): the chain showed the tokens alone.
    expect((searching.chain[0]?.worst_case_cost_usd ?? 0) - (plain.chain[0]?.worst_case_cost_usd ?? 0)).toBeGreaterThanOrEqual(0.02);
    const tools = await route({ prompt: "What is the weather in Paris?", tools: [{ type: "function", function: { name: "weather", parameters: { type: "object" } } }] });
    expect(tools.decision.reasons.join(" ")).toContain("so the model must support tools");
    for (const need of ["structured_outputs", "reasoning"]) {
      const needing = await route({ prompt: "Summarize this memo", requires: [need] });
      expect(needing.decision.reasons.join(" "), need).toContain(`switchyard.requires asks for ${need}`);
    }
    const listed = await route({ prompt: "hi", models: ["openai/gpt-5-nano", "openai/gpt-4.1-nano"] });
    expect(listed.decision.model).toBe("openai/gpt-5-nano");
    // Read as the chat door reads them: a tools field that is no list is the same 400; a misspelt field is still one.
    const badTools = await app.inject({ method: "POST", url: "/api/route", headers, payload: { prompt: "hi", tools: "weather" } });
    expect(badTools.statusCode).toBe(400);
    const typo = await app.inject({ method: "POST", url: "/api/route", headers, payload: { prompt: "hi", plugin: [{ id: "web" }] } });
    expect(typo.statusCode).toBe(400);
  });

  it("repeats a hostile since, until or decision id escaped, on every admin route that reads one (round 26)", async () => {
    // A line separator, a direction override or a C1 control in them came back raw in the 400 or 404.
    const auth = { authorization: `Bearer ${ADMIN}` };
    const actedOn = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    const hostile = encodeURIComponent("x\u2028\u202e\u009b31m");
    const urls = ["/api/decisions", "/api/report", "/api/report/timeseries", "/api/experiments", "/api/router/shadow", "/api/models/stats"].flatMap((route) => [`${route}?since=${hostile}`, `${route}?until=${hostile}`]);
    for (const url of [...urls, `/api/decisions/dec_${hostile}`]) {
      const answer = await app.inject({ url, headers: auth });
      expect(answer.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(answer.json<{ error: { message: string } }>().error.message, url).not.toMatch(actedOn);
    }
  });

  it("answers a long decision id or experiment name (past Fastify's 100-character default) as unknown, not 414", async () => {
    const auth = { authorization: `Bearer ${ADMIN}` };
    const decision = await app.inject({ url: `/api/decisions/dec_${"x".repeat(300)}`, headers: auth });
    expect(decision.statusCode).toBe(404);
    expect(decision.json()).toMatchObject({ error: { message: expect.stringMatching(/^No decision dec_x+…\.$/) } });
    const experiment = await app.inject({ url: `/api/experiments/${"e".repeat(500)}/report`, headers: auth });
    expect(experiment.statusCode).toBe(404);
  });
});
