/**
 * The team lead's weekly look (journey 2) walked in chromium against seeded traffic, and what that walk found: the way
 * back from a decision dropped the list's filters, and the Live page claimed an empty log while the gateway was down.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { browser, chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { launchBrowser } from "./browser.js";
import { ADMIN_KEY } from "./dashboard-fixture.js";
import { openPage, signIn } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: the team lead's weekly look", () => {
  useDashboardSession({ signedIn: true });

  it("goes back from a decision to the list as it was filtered, not to the whole list", async () => {
    // Journey 2.2: from the week's tasks to one expensive task, then a few of its decisions one after another.
    await openPage(page, fixture.url, "/dashboard?period=7d&by=task");
    await page.locator("main table").getByRole("link", { name: "code_generation", exact: true }).click();
    await page.locator("tr[data-decision]").first().waitFor();
    await page.getByLabel("Cost above (USD)").fill("0.00001");
    await page.getByLabel("Cost above (USD)").press("Enter");
    await page.waitForURL(/min_cost_usd=0\.00001/);
    await page.locator("tr[data-decision]").first().waitFor();
    const filtered = new URL(page.url());
    for (const row of [0, 1]) {
      await page.locator("tr[data-decision] a").nth(row).click();
      await page.locator("[data-reasons]").waitFor();
      const back = page.getByRole("link", { name: /^← / });
      const said = await back.textContent();
      await back.click();
      await page.locator("tr[data-decision]").first().waitFor();
      expect(new URL(page.url()).search).toBe(filtered.search);
      expect(said).toBe("← Back to the list");
      expect(await page.getByLabel("Task").inputValue()).toBe("code_generation");
      expect(await page.getByLabel("Cost above (USD)").inputValue()).toBe("0.00001");
    }
    // A decision opened by its address alone has no list to go back to: the whole list.
    const id = await page.locator("tr[data-decision]").first().getAttribute("data-decision");
    await openPage(page, fixture.url, `/dashboard/decisions/${id ?? ""}`);
    expect(await page.getByRole("link", { name: /^← / }).textContent()).toBe("← All decisions");
    expect(await page.getByRole("link", { name: /^← / }).getAttribute("href")).toBe("/dashboard/decisions");
  });

  it("keeps the Router page's load time inside its card on a 320 px phone, so the page does not scroll sideways", async () => {
    // 320 CSS px is the width WCAG's reflow asks for; the Loaded card kept "Dec 5, 01:20 PM" (American English) on one line.
    const american = await launchBrowser({ viewport: { width: 320, height: 800 }, locale: "en-US" });
    try {
      const phone = await american.context.newPage();
      await signIn(phone, fixture.url, ADMIN_KEY);
      await openPage(phone, fixture.url, "/dashboard/router");
      const card = phone.locator(".stat", { hasText: "Loaded" });
      const [cardBox, timeBox] = [await card.boundingBox(), await card.locator("time").boundingBox()];
      expect(timeBox!.x + timeBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
      expect(await phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).toBe(0);
    } finally {
      await american.close();
    }
  });

  it("says nothing of an empty log on the Live page while its first read fails, and lists the decisions once one answers", async () => {
    const probe = await browser.context.newPage();
    try {
      await probe.route(/\/api\/decisions/, (route) => route.abort("connectionrefused"));
      await probe.goto(`${fixture.url}/dashboard/live`);
      await expect.poll(() => probe.locator("#live-state").textContent(), { timeout: 8_000 }).toContain("not updating");
      const alert = await probe.locator("main [role=alert]").textContent();
      expect(alert).toContain("Could not reach the gateway");
      // Live tries again by itself: the box said "Reload to try again" beside a badge saying it was retrying.
      expect(alert).not.toMatch(/reload/i);
      expect(alert).toContain("tries again every 2 seconds");
      // "Waiting for requests…, send one" stood here, over a log that holds the fixture's traffic.
      expect(await probe.locator("main").textContent()).not.toContain("Waiting for requests");
      await probe.unrouteAll({ behavior: "ignoreErrors" });
      await probe.locator("#live-list tr[data-decision]").first().waitFor({ timeout: 8_000 });
      expect(await probe.locator("main [role=alert]").count()).toBe(0);
    } finally {
      await probe.close();
    }
  });
});
