/**
 * Signing in to the dashboard and what happens when a session ends, in a real browser: refusal without a session,
 * sign-in through the Admin key field (an HttpOnly, SameSite=Strict cookie; the key in no URL, storage or log), a
 * page sent to sign-in and back, a typed prompt kept, and the sign-out page.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { sessionCookieName } from "../../src/server/auth/admin-sessions.js";
import { browser, chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { ADMIN_KEY } from "./dashboard-fixture.js";
import { openPage, signIn } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: sign-in and sessions", () => {
  useDashboardSession({ signedIn: false });

  it("refuses without a session: pages redirect to sign-in, data and the bundle answer 401, a wrong key is refused", async () => {
    for (const path of ["/api/report", "/api/decisions", "/api/keys", "/api/overview"]) {
      const response = await fetch(`${fixture.url}${path}`);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { type: string } }).error.type).toBe("authentication_error");
    }
    const shell = await fetch(`${fixture.url}/dashboard/decisions`, { redirect: "manual" });
    expect(shell.status).toBe(302);
    expect(shell.headers.get("location")).toBe("/dashboard/sign-in?next=%2Fdashboard%2Fdecisions");
    expect((await fetch(`${fixture.url}/dashboard/assets/app.js`)).status).toBe(401);
    const forged = await fetch(`${fixture.url}/api/keys`, { headers: { cookie: `${sessionCookieName(new URL(fixture.url).host)}=forged` } });
    expect(forged.status).toBe(401);

    await page.goto(`${fixture.url}/dashboard/keys`);
    expect(new URL(page.url()).pathname).toBe("/dashboard/sign-in");
    await page.getByLabel("Admin key", { exact: true }).fill("not-the-admin-key");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("That is not the admin key");
    expect(new URL(page.url()).pathname).toBe("/dashboard/sign-in");
    expect(page.url()).not.toContain("not-the-admin-key");
  });

  it("signs in through the Admin key field with an HttpOnly, SameSite=Strict session cookie; the key is in no URL, storage or log", async () => {
    const label = page.locator('label[for="admin-key"]');
    expect(await label.textContent()).toBe("Admin key");
    expect(await page.locator("#admin-key").getAttribute("type")).toBe("password");
    await signIn(page, fixture.url, ADMIN_KEY);
    await page.locator('[data-figure="requests"]').waitFor();
    const cookies = await browser.context.cookies(fixture.url);
    const session = cookies.find((cookie) => cookie.name === sessionCookieName(new URL(fixture.url).host));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(session?.value).not.toContain(ADMIN_KEY);
    expect(page.url()).not.toContain(ADMIN_KEY);
    expect(await page.evaluate("JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie")).not.toContain(ADMIN_KEY);
    expect(fixture.logs.join("")).not.toContain(ADMIN_KEY);

    // The cookie works for the API, but a cookie-authenticated change from another origin is refused (CSRF).
    const cookie = `${session?.name}=${session?.value ?? ""}`;
    expect((await fetch(`${fixture.url}/api/keys`, { headers: { cookie } })).status).toBe(200);
    const crossSite = await fetch(`${fixture.url}/api/keys`, { method: "POST", headers: { cookie, origin: "https://evil.example", "content-type": "application/json" }, body: JSON.stringify({ name: "csrf" }) });
    expect(crossSite.status).toBe(403);
  });

  it("sends a page whose session ended to sign-in and back to the same page afterwards", async () => {
    await openPage(page, fixture.url, "/dashboard/live");
    await browser.context.clearCookies(); // the session ends (expiry, a restart, sign-out elsewhere)
    await page.waitForURL(/\/dashboard\/sign-in/, { timeout: 8_000 }); // the next poll gets a 401
    expect(new URL(page.url()).searchParams.get("next")).toBe("/dashboard/live");
    await page.getByLabel("Admin key", { exact: true }).fill(ADMIN_KEY);
    await Promise.all([page.waitForURL(`${fixture.url}/dashboard/live`), page.getByRole("button", { name: "Sign in" }).click()]);
    await page.locator("#live-list tr[data-decision]").first().waitFor();
  });

  it("keeps a typed prompt when the session ends mid-use, with a link to sign in beside the page", async () => {
    // A POST's 401 used to send the page to sign-in at once, and the prompt typed into the playground was gone.
    await openPage(page, fixture.url, "/dashboard/playground");
    const prompt = "Typed before the session ended: write a Rust function that parses ISO 8601 dates, with tests.";
    await page.getByLabel("Prompt").fill(prompt);
    await browser.context.clearCookies();
    await page.getByRole("button", { name: "Route it" }).click();
    const alert = page.locator("#playground-result [role=alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Your session ended, so this was not done");
    expect(page.url()).toBe(`${fixture.url}/dashboard/playground`);
    expect(await page.getByLabel("Prompt").inputValue()).toBe(prompt);
    // Signing in through the link's new tab lets the same button work again.
    const [tab] = await Promise.all([browser.context.waitForEvent("page"), alert.getByRole("link").click()]);
    await tab.getByLabel("Admin key", { exact: true }).fill(ADMIN_KEY);
    await Promise.all([tab.waitForURL(`${fixture.url}/dashboard`), tab.getByRole("button", { name: "Sign in" }).click()]);
    await tab.close();
    await page.getByRole("button", { name: "Route it" }).click();
    await page.locator("#playground-result table").waitFor();
  });

  it("opens the sign-out URL from a link as the server's page with a button; only the button signs out", async () => {
    await openPage(page, fixture.url, "/dashboard/models");
    const session = (await browser.context.cookies(fixture.url)).find((cookie) => cookie.name === sessionCookieName(new URL(fixture.url).host));
    const cookie = `${session?.name}=${session?.value ?? ""}`;
    // A link to the address (a bookmark, a typed URL) loads the server's page, not the app's "Page not found".
    await page.evaluate(`document.querySelector("main").append(Object.assign(document.createElement("a"), { id: "leave", href: "/dashboard/sign-out", textContent: "Leave" }))`);
    await Promise.all([page.waitForURL(`${fixture.url}/dashboard/sign-out`), page.locator("#leave").click()]);
    await expect.poll(() => page.title()).toBe("Sign out · Switchyard");
    expect(await page.getByText("Page not found").count()).toBe(0);
    expect((await fetch(`${fixture.url}/api/keys`, { headers: { cookie } })).status).toBe(200);
    await Promise.all([page.waitForURL(/\/dashboard\/sign-in$/), page.getByRole("button", { name: "Sign out" }).click()]);
    expect((await fetch(`${fixture.url}/api/keys`, { headers: { cookie } })).status).toBe(401);
    await signIn(page, fixture.url, ADMIN_KEY);
  });
});
