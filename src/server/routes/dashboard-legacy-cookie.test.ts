/**
 * A session under the plain cookie name from before the per-port names (ADR 0083) is carried over once to this
 * gateway's own name when its token is valid here (signed with this admin key), so an upgrade does not send a
 * signed-in admin back to sign-in; one signed by another gateway on the same host (another admin key) is left
 * alone: not accepted, not cleared, and no "Your session ended" (ADR 0087).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createAdminSessions, type AdminSessions } from "../auth/admin-sessions.js";
import { createApp } from "../create-app.js";
import { registerDashboardRoutes } from "./dashboard-routes.js";

const ADMIN_KEY = "the-admin-key-of-this-gateway-0123456789";
const assets = mkdtempSync(path.join(tmpdir(), "switchyard-legacy-cookie-assets-"));
writeFileSync(path.join(assets, "app.js"), "void 0;");
writeFileSync(path.join(assets, "app.css"), "body{}");
afterAll(() => rmSync(assets, { recursive: true, force: true }));

async function gateway(sessions: AdminSessions) {
  // Nothing listens there, and nothing here calls upstream.
  const upstream = createUpstreamClient({ baseUrl: "http://127.0.0.1:9/api/v1", connectTimeoutMs: 100, xTitle: "t" });
  return createApp({ config: parseConfig({}), catalog: builtinCatalog(), upstream, plugins: [(app) => registerDashboardRoutes(app, { adminKey: ADMIN_KEY, sessions, clock: SYSTEM_CLOCK, assetsDir: assets })] });
}

const HOST = "127.0.0.1:8787";

describe("dashboard: a session cookie under the name from before ADR 0083", () => {
  it("carries a valid one over to this port's name: the page opens, and the old cookie is left for any older gateway", async () => {
    const sessions = createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN_KEY });
    const app = await gateway(sessions);
    const token = sessions.create();
    const page = await app.inject({ url: "/dashboard/models", headers: { host: HOST, cookie: `switchyard_session=${token}` } });
    expect(page.statusCode).toBe(200);
    const set = [page.headers["set-cookie"]].flat().map(String);
    expect(set).toHaveLength(1);
    expect(set[0]).toMatch(new RegExp(`^switchyard_session_8787=${token.replaceAll(".", "\\.")}; Path=/; HttpOnly; SameSite=Strict; Max-Age=\\d+$`));
    // The sign-in form sends it on too, rather than asking for the key.
    const form = await app.inject({ url: "/dashboard/sign-in?next=%2Fdashboard%2Fkeys", headers: { host: HOST, cookie: `switchyard_session=${token}` } });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe("/dashboard/keys");
    expect(String(form.headers["set-cookie"])).toContain("switchyard_session_8787=");
    // And the sign-out page: it sent a signed-in admin to sign-in, which sent them on to the dashboard, not to sign-out.
    const signOut = await app.inject({ url: "/dashboard/sign-out", headers: { host: HOST, cookie: `switchyard_session=${token}` } });
    expect(signOut.statusCode).toBe(200);
    expect(String(signOut.headers["set-cookie"])).toContain("switchyard_session_8787=");
    await app.close();
  });

  it("leaves alone one this gateway did not sign (another gateway on the host, another admin key), and a signed-out one", async () => {
    const sessions = createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN_KEY });
    const app = await gateway(sessions);
    const foreign = createAdminSessions({ clock: SYSTEM_CLOCK, secret: "another-gateway-on-this-host-0123456789" }).create();
    const page = await app.inject({ url: "/dashboard/models", headers: { host: HOST, cookie: `switchyard_session=${foreign}` } });
    expect(page.statusCode).toBe(302);
    expect(page.headers["set-cookie"]).toBeUndefined();
    const form = await app.inject({ url: "/dashboard/sign-in", headers: { host: HOST, cookie: `switchyard_session=${foreign}` } });
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain("Your session ended");
    expect(form.headers["set-cookie"]).toBeUndefined();
    const revoked = sessions.create();
    sessions.destroy(revoked);
    expect((await app.inject({ url: "/dashboard", headers: { host: HOST, cookie: `switchyard_session=${revoked}` } })).statusCode).toBe(302);
    // Signed with this key but expired, and one whose signature was tampered with: neither is carried over.
    const expired = createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN_KEY, ttlInMs: -1000 }).create();
    const valid = sessions.create();
    const tampered = `${valid.slice(0, -1)}${valid.endsWith("A") ? "B" : "A"}`;
    for (const token of [expired, tampered]) {
      const refused = await app.inject({ url: "/dashboard", headers: { host: HOST, cookie: `switchyard_session=${token}` } });
      expect(refused.statusCode).toBe(302);
      expect(refused.headers["set-cookie"]).toBeUndefined();
    }
    await app.close();
  });

  it("prefers this port's own cookie: a valid old one does not stand in for one this gateway refused", async () => {
    const sessions = createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN_KEY });
    const app = await gateway(sessions);
    const own = sessions.create();
    sessions.destroy(own); // signed out here
    const old = sessions.create();
    const page = await app.inject({ url: "/dashboard", headers: { host: HOST, cookie: `switchyard_session_8787=${own}; switchyard_session=${old}` } });
    expect(page.statusCode).toBe(302);
    await app.close();
  });

  it("lets no old cookie revive a session signed out here: sign-out clears the plain one it was carried over from", async () => {
    // Two instances with one admin key (behind a load balancer, or this one after a restart): a signed-out token is
    // revoked only on the instance that served the sign-out, so a plain cookie left in the browser signed it in again.
    const [here, there] = [createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN_KEY }), createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN_KEY })];
    const [a, b] = [await gateway(here), await gateway(there)];
    const jar = new Map([["switchyard_session", here.create()]]);
    const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const keep = (response: { headers: Record<string, unknown> }) => {
      for (const line of [response.headers["set-cookie"] ?? []].flat().map(String)) {
        const [pair = ""] = line.split(";");
        const [name = "", value = ""] = pair.split("=");
        if (/Max-Age=0(;|$)/.test(line)) jar.delete(name);
        else jar.set(name, value);
      }
    };
    const opened = await a.inject({ url: "/dashboard", headers: { host: HOST, cookie: cookie() } });
    expect(opened.statusCode).toBe(200);
    keep(opened);
    expect(jar.has("switchyard_session_8787")).toBe(true);
    const signOut = await a.inject({ method: "POST", url: "/dashboard/sign-out", headers: { host: HOST, origin: `http://${HOST}`, cookie: cookie() } });
    expect(signOut.statusCode).toBe(303);
    keep(signOut);
    for (const [instance, app] of [["the one signed out of", a], ["another", b]] as const) {
      const page = await app.inject({ url: "/dashboard", headers: { host: HOST, cookie: cookie() } });
      expect(page.statusCode, instance).toBe(302);
      expect(page.headers.location).toBe("/dashboard/sign-in");
    }
    await Promise.all([a.close(), b.close()]);
  });

  it("signing out leaves another admin key's plain cookie alone (another gateway's session on this host)", async () => {
    const sessions = createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN_KEY });
    const app = await gateway(sessions);
    const foreign = createAdminSessions({ clock: SYSTEM_CLOCK, secret: "another-gateway-on-this-host-0123456789" }).create();
    const own = sessions.create();
    const signOut = await app.inject({ method: "POST", url: "/dashboard/sign-out", headers: { host: HOST, origin: `http://${HOST}`, cookie: `switchyard_session_8787=${own}; switchyard_session=${foreign}` } });
    expect(signOut.statusCode).toBe(303);
    expect([signOut.headers["set-cookie"]].flat().map(String)).toEqual(["switchyard_session_8787=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"]);
    // On a default port the plain name is this gateway's own: one Set-Cookie clears it, and nothing is carried over.
    const plain = sessions.create();
    const page = await app.inject({ url: "/dashboard", headers: { host: "127.0.0.1", cookie: `switchyard_session=${plain}` } });
    expect([page.statusCode, page.headers["set-cookie"]]).toEqual([200, undefined]);
    const onDefault = await app.inject({ method: "POST", url: "/dashboard/sign-out", headers: { host: "127.0.0.1", origin: "http://127.0.0.1", cookie: `switchyard_session=${plain}` } });
    expect([onDefault.headers["set-cookie"]].flat().map(String)).toEqual(["switchyard_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"]);
    await app.close();
  });
});
