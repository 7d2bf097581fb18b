/**
 * A session that ends while a page is open (it expired, the admin key was rotated, another instance's sign-out): the
 * page's next read goes to sign-in, which said nothing of why, so a team lead watching Live found a bare sign-in form
 * and could not tell a rotated key from a dashboard that had failed. The form now says the session ended, once.
 */
import { describe, expect, it } from "vitest";
import { sessionCookieName } from "../../src/server/auth/admin-sessions.js";
import { ADMIN_KEY } from "./dashboard-fixture.js";
import { browser, chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage, signIn } from "./sign-in.js";

const ENDED = /Your session ended/;

describe.skipIf(!chromiumForTests())("dashboard in chromium: a session that ends while a page is open", () => {
  useDashboardSession({ signedIn: true });

  it("says on the sign-in form that the session ended, signs in back to Live, and says it only once", async () => {
    await openPage(page, fixture.url, "/dashboard/live");
    await page.locator("#live-list tr[data-decision]").first().waitFor();
    // The gateway no longer accepts the cookie the browser holds, as after a rotated admin key or an expiry.
    const { hostname, host } = new URL(fixture.url);
    await browser.context.addCookies([{ name: sessionCookieName(host), value: "expired.0000.forged", domain: hostname, path: "/", httpOnly: true, sameSite: "Strict" }]);
    // Live's next poll answers 401 and the page goes to sign-in.
    await page.waitForURL(/\/dashboard\/sign-in\?next=%2Fdashboard%2Flive$/, { timeout: 10_000 });
    await page.getByLabel("Admin key", { exact: true }).waitFor();
    // Said as a status beside the form, not as a wrong key.
    expect(await page.locator("main [role=status]").allTextContents()).toEqual([expect.stringMatching(ENDED)]);
    // The stale cookie is gone: a reload of the form, or a visit after signing out, does not say it again.
    await page.reload();
    await page.getByLabel("Admin key", { exact: true }).waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(ENDED);
    await page.getByLabel("Admin key", { exact: true }).fill(ADMIN_KEY);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard\/live$/);
    await page.locator("#live-list tr[data-decision]").first().waitFor();
  });

  it("says nothing of an ended session to a browser that never signed in, or that signed out", async () => {
    await browser.context.clearCookies();
    await signIn(page, fixture.url, ADMIN_KEY);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/dashboard\/sign-in$/);
    expect(await page.locator("main").textContent()).not.toMatch(ENDED);
    await browser.context.clearCookies();
    await page.goto(`${fixture.url}/dashboard/models`);
    await page.getByLabel("Admin key", { exact: true }).waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(ENDED);
  });
});
