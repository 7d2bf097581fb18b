/**
 * The admin surface's guard and the browser policy: every registered `/api/*` route (enumerated from the app, so a
 * route added later is covered without touching this test) refuses without the admin key; admin answers carry
 * security headers; CORS is off by default and follows `server.cors_allow_origins` when set; keys never reach logs.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { ADMIN_SECURITY_HEADERS } from "../../src/server/browser-policy.js";
import { registeredRoutes } from "../../src/server/route-registry.js";
import { checkAnswer, checkLogs, FUZZ_ADMIN_KEY, send, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => target.close());

const ADMIN = { authorization: `Bearer ${FUZZ_ADMIN_KEY}` };

function concrete(url: string): string {
  return url.replace(/:[^/]+/g, "x").replace(/\*/g, "x");
}

describe("/api/* refuses without the admin key", () => {
  it("on every registered route, with no key, a wrong key, a virtual key, or the key in the URL", async () => {
    // A target of its own behind a trusted "proxy" (loopback), each attempt from its own forwarded address: the
    // wrong-key throttle (admin-key-throttle.e2e.test.ts) would otherwise answer 429 in the guard's place, here and
    // for the right key in the tests after this one.
    const target = await startFuzzTarget({ server: { trust_proxy: ["loopback"] } });
    onTestFinished(() => target.close());
    let address = 0;
    const nextAddress = () => ({ "x-forwarded-for": `198.18.${Math.floor(++address / 250)}.${address % 250}` });
    const routes = registeredRoutes(target.server.app).filter((route) => route.url.startsWith("/api"));
    const urls = new Set(routes.map((route) => route.url));
    for (const known of ["/api/report", "/api/decisions", "/api/decisions/:id", "/api/keys", "/api/budgets", "/api/experiments"]) expect(urls).toContain(known);
    for (const { method, url } of routes) {
      const path = concrete(url);
      const body = method === "GET" || method === "HEAD" ? undefined : "{}";
      const headers: Record<string, string> = body ? { "content-type": "application/json" } : {};
      const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong-admin-key" }, { authorization: "Bearer sk-sy-some-virtual-key" }, { authorization: FUZZ_ADMIN_KEY }];
      for (const auth of attempts) {
        const answer = await send(target, method, path, body, { ...headers, ...auth, ...nextAddress() });
        expect(answer.status, `${method} ${path} ${JSON.stringify(auth)}`).toBe(401);
        if (method !== "HEAD") {
          checkAnswer(answer, `${method} ${path}`);
          expect(JSON.parse(answer.body)).toMatchObject({ error: { type: "authentication_error" } });
        }
      }
      const inUrl = await send(target, method, `${path}?key=${FUZZ_ADMIN_KEY}&admin_key=${FUZZ_ADMIN_KEY}`, body, headers);
      expect(inUrl.status, `${method} ${path} with the key in the URL`).toBe(401);
    }
  });

  it("admin answers carry the security headers, refused or served", async () => {
    for (const headers of [{}, ADMIN]) {
      const answer = await send(target, "GET", "/api/keys", undefined, headers);
      for (const [name, value] of Object.entries(ADMIN_SECURITY_HEADERS)) expect(answer.headers[name], name).toBe(value);
    }
    expect((await send(target, "GET", "/api/keys", undefined, ADMIN)).status).toBe(200);
  });

  it("no key material reaches a log line: admin key, virtual key secrets, upstream key", async () => {
    const from = target.logs.length;
    const created = await send(target, "POST", "/api/keys", JSON.stringify({ name: "log-probe" }), { ...ADMIN, "content-type": "application/json" });
    expect(created.status).toBe(201);
    const { secret } = JSON.parse(created.body) as { secret: string };
    await send(target, "POST", "/v1/chat/completions", JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }), { authorization: `Bearer ${secret}`, "content-type": "application/json" });
    await send(target, "POST", "/v1/chat/completions", "{}", { authorization: `Bearer ${secret}x`, "content-type": "application/json" });
    await send(target, "DELETE", "/api/keys/log-probe", undefined, ADMIN);
    checkLogs(target.logs, from);
    expect(target.logs.slice(from).join("")).not.toContain(secret.slice(6));
  });
});

describe("CORS", () => {
  it("is off by default: no browser origin is allowed, preflights get no CORS headers", async () => {
    const origin = { origin: "https://evil.example" };
    const simple = await send(target, "GET", "/v1/models", undefined, origin);
    expect(simple.headers["access-control-allow-origin"]).toBeUndefined();
    const preflight = await send(target, "OPTIONS", "/v1/chat/completions", undefined, { ...origin, "access-control-request-method": "POST" });
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    checkAnswer(preflight, "preflight");
  });

  it("follows server.cors_allow_origins when set", async () => {
    const open = await startFuzzTarget({ server: { cors_allow_origins: ["https://app.example"] } });
    try {
      const allowed = await send(open, "OPTIONS", "/v1/chat/completions", undefined, { origin: "https://app.example", "access-control-request-method": "POST" });
      expect(allowed.status).toBe(204);
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://app.example");
      expect(String(allowed.headers["access-control-allow-headers"])).toContain("authorization");
      expect(String(allowed.headers["access-control-allow-headers"])).toContain("x-switchyard-session");
      // A browser app on the OpenAI SDK preflights its own headers: all are allowed, as the trusted origin asked.
      const sdkHeaders = "authorization,content-type,x-stainless-lang,x-stainless-os,x-stainless-retry-count,x-switchyard-session";
      const sdk = await send(open, "OPTIONS", "/v1/chat/completions", undefined, { origin: "https://app.example", "access-control-request-method": "POST", "access-control-request-headers": sdkHeaders });
      expect(sdk.status).toBe(204);
      expect(String(sdk.headers["access-control-allow-headers"])).toBe(sdkHeaders);
      const odd = await send(open, "OPTIONS", "/v1/chat/completions", undefined, { origin: "https://app.example", "access-control-request-method": "POST", "access-control-request-headers": "x-a; set-cookie=1" });
      expect(String(odd.headers["access-control-allow-headers"])).not.toContain("set-cookie"); // not a header list: the default list
      const served = await send(open, "GET", "/v1/models", undefined, { origin: "https://app.example" });
      expect(served.headers["access-control-allow-origin"]).toBe("https://app.example");
      expect(String(served.headers["access-control-expose-headers"])).toMatch(/x-switchyard-door.*x-switchyard-affinity/);
      const other = await send(open, "GET", "/v1/models", undefined, { origin: "https://evil.example" });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});

describe("a percent-encoded path is the route it decodes to, with that route's guard", () => {
  /** `/v1/feedback` → `/%76%31/feedback`: the router decodes it to the same route. */
  const encoded = (path: string): string => path.replace(/^\/(\w)(\w)/, (_all, first: string, second: string) => `/%${first.charCodeAt(0).toString(16)}%${second.charCodeAt(0).toString(16)}`);

  it("needs a virtual key on every /v1 route once keys exist, and rates only the caller's own decisions", async () => {
    const json = { "content-type": "application/json" };
    const created = await send(target, "POST", "/api/keys", JSON.stringify({ name: "encoded-path-probe" }), { ...ADMIN, ...json });
    expect(created.status).toBe(201);
    const { secret } = JSON.parse(created.body) as { secret: string };
    try {
      const served = await send(target, "POST", "/v1/chat/completions", JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }), { authorization: `Bearer ${secret}`, ...json });
      expect(served.status).toBe(200);
      const decisionId = String(served.headers["x-switchyard-decision-id"]);
      const bodies: Record<string, string> = {
        "/v1/feedback": JSON.stringify({ decision_id: decisionId, score: 0 }),
        "/v1/messages/count_tokens": JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }),
      };
      const routes = registeredRoutes(target.server.app).filter((route) => route.url.startsWith("/v1/") && route.method !== "HEAD");
      expect(routes.map((route) => route.url)).toEqual(expect.arrayContaining(["/v1/feedback", "/v1/models", "/v1/messages/count_tokens", "/v1/chat/completions"]));
      for (const { method, url } of routes) {
        const path = concrete(url);
        const body = method === "POST" ? (bodies[url] ?? "{}") : undefined;
        const attempts: Record<string, string>[] = [{}, { authorization: "Bearer sk-sy-not-a-real-key-000000000000" }];
        for (const auth of attempts) {
          const plain = await send(target, method, path, body, { ...(body ? json : {}), ...auth });
          const sneaked = await send(target, method, encoded(path), body, { ...(body ? json : {}), ...auth });
          expect(plain.status, `${method} ${path} ${JSON.stringify(auth)}`).toBe(401);
          expect(sneaked.status, `${method} ${encoded(path)} ${JSON.stringify(auth)}: ${sneaked.body}`).toBe(401);
        }
      }
      // Nobody rated the decision on the way.
      const record = await send(target, "GET", `/api/decisions/${decisionId}`, undefined, ADMIN);
      expect(JSON.parse(record.body)).toMatchObject({ id: decisionId, feedbackScore: null });
    } finally {
      await send(target, "DELETE", "/api/keys/encoded-path-probe", undefined, ADMIN);
    }
  });

  it("answers in the route's own envelope and headers: Anthropic's on /v1/messages, the admin headers on /api", async () => {
    for (const path of ["/v1/messages", "/v1/messages/count_tokens"]) {
      const plain = await send(target, "POST", path, "{}", { "content-type": "application/json" });
      const sneaked = await send(target, "POST", encoded(path), "{}", { "content-type": "application/json" });
      expect(sneaked.status).toBe(plain.status);
      expect(JSON.parse(sneaked.body), encoded(path)).toMatchObject({ type: "error", error: { type: expect.any(String) as unknown } });
    }
    for (const headers of [{}, ADMIN]) {
      const answer = await send(target, "GET", encoded("/api/keys"), undefined, headers);
      expect(answer.status).toBe(Object.keys(headers).length > 0 ? 200 : 401);
      for (const [name, value] of Object.entries(ADMIN_SECURITY_HEADERS)) expect(answer.headers[name], `${name} on ${encoded("/api/keys")}`).toBe(value);
    }
  });
});
