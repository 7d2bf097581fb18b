/**
 * The sign-in form's "Your session ended" (dashboard-routes.ts): said beside a cookie the gateway no longer accepts,
 * never where signing in again cannot be done. A gateway restarted without an admin key told a browser holding its
 * old cookie "Sign in again to go back to the page you were on" under "nobody can sign in".
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createAdminSessions } from "../auth/admin-sessions.js";
import { createApp } from "../create-app.js";
import { registerDashboardRoutes } from "./dashboard-routes.js";

const assets = mkdtempSync(path.join(tmpdir(), "switchyard-session-ended-assets-"));
writeFileSync(path.join(assets, "app.css"), "body{}");
afterAll(() => rmSync(assets, { recursive: true, force: true }));

async function gateway(adminKey: string | undefined) {
  const sessions = createAdminSessions({ clock: SYSTEM_CLOCK, secret: adminKey });
  // Nothing listens there, and nothing here calls upstream.
  const upstream = createUpstreamClient({ baseUrl: "http://127.0.0.1:9/api/v1", connectTimeoutMs: 100, xTitle: "t" });
  return createApp({ config: parseConfig({}), catalog: builtinCatalog(), upstream, plugins: [(app) => registerDashboardRoutes(app, { adminKey, sessions, clock: SYSTEM_CLOCK, assetsDir: assets })] });
}

/** A token signed with another admin key, as after a rotation. */
const stale = () => createAdminSessions({ clock: SYSTEM_CLOCK, secret: "the-admin-key-before-the-rotation" }).create();

describe("sign-in form: a session that ended", () => {
  it("says so beside a cookie signed with a rotated key, and clears the cookie as it was set", async () => {
    const app = await gateway("the-admin-key-after-the-rotation-0123");
    const answer = await app.inject({ url: "/dashboard/sign-in", headers: { cookie: `switchyard_session=${stale()}` } });
    expect(answer.body).toContain("Your session ended");
    expect(String(answer.headers["set-cookie"])).toBe("switchyard_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    await app.close();
  });

  it("does not tell a gateway's visitor to sign in again when no admin key is set, and still clears the cookie", async () => {
    const app = await gateway(undefined);
    const answer = await app.inject({ url: "/dashboard/sign-in", headers: { cookie: `switchyard_session=${stale()}` } });
    expect(answer.body).toContain("nobody can sign in");
    expect(answer.body).not.toContain("Sign in again");
    expect(String(answer.headers["set-cookie"])).toContain("Max-Age=0");
    await app.close();
  });
});
