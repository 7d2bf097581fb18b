/**
 * A decision's way back to the list, beyond the plain walk in dashboard-journey: the list it was opened from, not
 * whichever list this tab showed last (a decision opened from Live, Back and Forward across two lists, a reload), and
 * never anywhere but the dashboard's own list, whatever the history entry holds.
 */
import { describe, expect, it } from "vitest";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

const back = () => page.locator("main a[data-back]");

describe.skipIf(!chromiumForTests())("dashboard in chromium: a decision's way back to the list", () => {
  useDashboardSession({ signedIn: true });

  it("offers no filtered list to a decision opened from Live, though this tab showed one earlier", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions?task=code_generation");
    await page.locator("tr[data-decision]").first().waitFor();
    await page.locator("nav").getByRole("link", { name: "Live" }).click();
    await page.locator("#live-list tr[data-decision] a").first().click();
    await page.locator("[data-reasons]").waitFor();
    // It said "← Back to the list" and led to code_generation's list, which the decision was not opened from.
    expect(await back().textContent()).toBe("← All decisions");
    expect(await back().getAttribute("href")).toBe("/dashboard/decisions");
  });

  it("links back to the list a decision was opened from after Back and Forward across two lists, and after a reload", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions?task=code_generation");
    await page.locator("tr[data-decision] a").first().click();
    await page.locator("[data-reasons]").waitFor();
    await page.locator("nav").getByRole("link", { name: "Decisions" }).click();
    await page.locator("tr[data-decision]").first().waitFor();
    await page.goBack();
    await page.locator("[data-reasons]").waitFor();
    // The whole list, shown last, took the place of the list the decision was opened from.
    expect(await back().getAttribute("href")).toBe("/dashboard/decisions?task=code_generation");
    await page.reload();
    await back().waitFor();
    expect(await back().getAttribute("href")).toBe("/dashboard/decisions?task=code_generation");
  });

  it("goes only to the dashboard's own list, whatever the history entry says the decision came from", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    const id = (await page.locator("tr[data-decision]").first().getAttribute("data-decision")) ?? "";
    for (const from of ["//evil.example/dashboard/decisions?task=x", "/\\evil.example/dashboard/decisions?task=x", "https://evil.example/dashboard/decisions?task=x", "javascript:alert(1)//?x", "/dashboard/decisions/../../evil?task=x", "/dashboard/live?task=x", 42]) {
      // A history entry of this tab, as the router would push it, holding what no router pushes.
      await page.evaluate(`history.pushState({ from: ${JSON.stringify(from)} }, "", ${JSON.stringify(`/dashboard/decisions/${encodeURIComponent(id)}`)}); dispatchEvent(new PopStateEvent("popstate"));`);
      await back().waitFor();
      expect(await back().getAttribute("href"), String(from)).toBe("/dashboard/decisions");
      await openPage(page, fixture.url, "/dashboard/decisions");
    }
  });
});
