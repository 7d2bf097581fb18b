/**
 * Two gateways on one host, on different ports, in one browser: a browser keeps one cookie jar per host whatever the
 * port, so with one cookie name the sign-in at the second overwrote the first's session, and the first sent its user
 * back to sign-in ("Your session ended"). Each gateway's cookie is named by the port the browser reaches it on, which
 * a restart keeps; signing out of one leaves the other signed in.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/commands/serve.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createAdminSessions } from "../../src/server/auth/admin-sessions.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { launchBrowser, type Browser } from "./browser.js";
import { chromiumForTests } from "./dashboard-session.js";

type Gateway = Awaited<ReturnType<typeof startServe>>;

const KEY_A = "a".repeat(40);
const KEY_B = "b".repeat(40);

describe.runIf(chromiumForTests())("dashboard sessions of two gateways on one host", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-two-gateways-"));
  const gateways: Gateway[] = [];
  let browser: Browser;
  let page: Page;
  const start = async (adminKey: string, port = "0"): Promise<Gateway> => {
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: { SWITCHYARD_ADMIN_KEY: adminKey }, cwd };
    const gateway = await startServe({ simulate: true, port }, io);
    gateways.push(gateway);
    return gateway;
  };
  const signIn = async (url: string, adminKey: string) => {
    await page.goto(`${url}/dashboard/sign-in`);
    await page.getByLabel("Admin key", { exact: true }).fill(adminKey);
    await Promise.all([page.waitForURL(`${url}/dashboard`), page.getByRole("button", { name: "Sign in" }).click()]);
  };
  /** The path the browser ends on after asking for the dashboard: /dashboard when signed in. */
  const landing = async (url: string) => {
    await page.goto(`${url}/dashboard`);
    return new URL(page.url()).pathname;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const gateway of gateways) await gateway.close().catch(() => {});
    rmSync(cwd, { recursive: true, force: true });
  });

  it("keeps both signed in, survives a restart on the same port, and signs out of one only", async () => {
    const a = await start(KEY_A);
    const b = await start(KEY_B);
    const [urlA, urlB] = [a.server.url, b.server.url];
    expect(new URL(urlA).hostname).toBe(new URL(urlB).hostname);
    await signIn(urlA, KEY_A);
    await signIn(urlB, KEY_B);
    expect(await landing(urlA)).toBe("/dashboard");
    expect(await page.getByText("Your session ended").count()).toBe(0);
    expect(await landing(urlB)).toBe("/dashboard");

    // A restart on the same port (same admin key) keeps the session: the cookie's name does not change with it.
    const port = new URL(urlA).port;
    await a.close();
    await start(KEY_A, port);
    expect(await landing(urlA)).toBe("/dashboard");

    // Signing out of B clears B's cookie alone.
    await page.goto(`${urlB}/dashboard/sign-out`);
    await Promise.all([page.waitForURL(`${urlB}/dashboard/sign-in`), page.getByRole("button", { name: "Sign out" }).click()]);
    expect(await landing(urlB)).toBe("/dashboard/sign-in");
    expect(await landing(urlA)).toBe("/dashboard");
  }, 60_000);

  it("carries a session under the name from before the per-port names over to the port's name when it is this gateway's (ADR 0087)", async () => {
    const a = await start(KEY_A);
    const url = a.server.url;
    const port = new URL(url).port;
    const plain = (token: string) => ({ name: "switchyard_session", value: token, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Strict" as const });
    // Another gateway on this host, with another admin key, left its session under the plain name: not this one's.
    await browser.context.clearCookies();
    const foreign = createAdminSessions({ clock: SYSTEM_CLOCK, secret: KEY_B }).create();
    await browser.context.addCookies([plain(foreign)]);
    expect(await landing(url)).toBe("/dashboard/sign-in");
    expect(await page.getByText("Your session ended").count()).toBe(0);
    expect((await browser.context.cookies()).map((cookie) => cookie.name)).toEqual(["switchyard_session"]);
    // This gateway's own session from before the upgrade (the same admin key signed it): the page opens, and the
    // session moves under the port's name; the plain cookie stays for whatever older gateway set it.
    await browser.context.clearCookies();
    const own = createAdminSessions({ clock: SYSTEM_CLOCK, secret: KEY_A }).create();
    await browser.context.addCookies([plain(own)]);
    expect(await landing(url)).toBe("/dashboard");
    await page.locator("main#main h1").first().waitFor();
    const jar = await browser.context.cookies();
    expect(jar.find((cookie) => cookie.name === `switchyard_session_${port}`)?.value).toBe(own);
    expect(jar.find((cookie) => cookie.name === "switchyard_session")?.value).toBe(own);
  }, 60_000);
});
