/**
 * A session that expires while a page is open, the commonest way one ends (twelve hours, a working day). The browser
 * dropped the cookie at the moment the gateway stopped accepting it (its Max-Age was the session's lifetime), so the
 * sign-in page never got a cookie to judge and said nothing of why it was shown: "Your session ended" was said only
 * after a rotated key. A gateway with a session of a second and a half, and the stub bundle: only the server's
 * pages are used.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createAdminSessions } from "../../src/server/auth/admin-sessions.js";
import { createApp } from "../../src/server/create-app.js";
import { registerDashboardRoutes } from "../../src/server/routes/dashboard-routes.js";
import { createUpstreamClient } from "../../src/upstream/upstream-client.js";
import { launchBrowser, type Browser } from "./browser.js";
import { chromiumForTests } from "./dashboard-session.js";

const ADMIN = "session-expiry-admin-key-0123456789";
const TTL_MS = 1500;
const ENDED = /Your session ended/;

describe.skipIf(!chromiumForTests())("dashboard in chromium: a session that expires while a page is open", () => {
  const assets = mkdtempSync(path.join(tmpdir(), "switchyard-expiry-assets-"));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    writeFileSync(path.join(assets, "app.js"), "export {};");
    writeFileSync(path.join(assets, "app.css"), "body{}");
    const sessions = createAdminSessions({ clock: SYSTEM_CLOCK, secret: ADMIN, ttlInMs: TTL_MS });
    // Nothing listens there, and nothing here calls upstream.
    const upstream = createUpstreamClient({ baseUrl: "http://127.0.0.1:9/api/v1", connectTimeoutMs: 100, xTitle: "t" });
    app = await createApp({
      config: parseConfig({}),
      catalog: builtinCatalog(),
      upstream,
      plugins: [(instance) => registerDashboardRoutes(instance, { adminKey: ADMIN, sessions, clock: SYSTEM_CLOCK, assetsDir: assets })],
    });
    url = await app.listen({ host: "127.0.0.1", port: 0 });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(assets, { recursive: true, force: true });
  });

  it("says on the sign-in form that the session ended once it has expired, and only once", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${url}/dashboard/sign-in`);
    await page.getByLabel("Admin key", { exact: true }).fill(ADMIN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.waitForTimeout(TTL_MS + 1000);
    // The page's next read (here a page of its own) finds the session over.
    await page.goto(`${url}/dashboard/models`);
    await page.waitForURL(/\/dashboard\/sign-in\?next=%2Fdashboard%2Fmodels$/);
    expect(await page.locator("main [role=status]").allTextContents()).toEqual([expect.stringMatching(ENDED)]);
    await page.reload();
    await page.getByLabel("Admin key", { exact: true }).waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(ENDED);
  });
});
