/**
 * Where the focus lands when the router shows another view (src/dashboard/view-focus.ts). It stayed where the old
 * view left it: on the body after a link of the old view (a decision of the list, "Older →") and after Back, so the
 * next Tab started again at the top of the navigation, and on a navigation link, so a screen reader said nothing of
 * the page now shown.
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EXPERIMENT } from "./dashboard-fixture.js";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

/** What has focus: "h1:<its text>", "#<id>", "a:<its href>", or the tag. */
const focused = () =>
  page.evaluate(`(() => {
    const e = document.activeElement;
    if (!e) return "";
    if (e.tagName === "H1") return "h1:" + e.textContent;
    if (e.id) return "#" + e.id;
    if (e.tagName === "A") return "a:" + e.getAttribute("href");
    return e.tagName.toLowerCase();
  })()`);

/** What the router's live region says. */
const status = () => page.locator("[data-view-status]").textContent();

/** Opens the decision `link` leads to as a keyboard user does (focus, Enter) and waits for its heading to take the focus. */
async function openByKeyboard(link: Locator): Promise<void> {
  await link.focus();
  await page.keyboard.press("Enter");
  await expect.poll(focused).toMatch(/^h1:Decision /);
}

describe.skipIf(!chromiumForTests())("dashboard in chromium: focus after a change of view", () => {
  useDashboardSession({ signedIn: true });

  it("leaves the focus alone on a page opened afresh", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    await page.locator("tr[data-decision] a").first().waitFor();
    expect(await focused()).toBe("body");
  });

  it("puts the focus on a decision's heading when its link in the list is followed, and back on that link after Back", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    const link = page.locator("tr[data-decision] a").nth(3);
    const href = await link.getAttribute("href");
    await link.focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-reasons]").waitFor();
    await expect.poll(focused).toMatch(/^h1:Decision /);
    await page.goBack();
    await page.locator("tr[data-decision] a").first().waitFor();
    await expect.poll(focused).toBe(`a:${href}`);
    // The link is on screen, not scrolled away by the focus.
    const box = await page.locator(`tr[data-decision] a[href="${href}"]`).boundingBox();
    const height = page.viewportSize()?.height ?? 0;
    expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
    // Tab goes on from there (the next row), not from the top of the navigation.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(`document.activeElement?.closest("main") !== null`)).toBe(true);
  });

  it("gives Forward's view its heading, not its link back to the view left, and Back its row again", async () => {
    // The whole list: its decisions link back with "← All decisions", to the very URL Forward leaves.
    await openPage(page, fixture.url, "/dashboard/decisions");
    const link = page.locator("tr[data-decision] a").nth(2);
    const href = await link.getAttribute("href");
    await openByKeyboard(link);
    await page.goBack();
    await expect.poll(focused).toBe(`a:${href}`);
    await page.goForward();
    await page.locator("[data-reasons]").waitFor();
    await page.waitForLoadState("networkidle");
    // It went to "← All decisions": the link to where the user just was, not the page now shown.
    await expect.poll(focused).toMatch(/^h1:Decision /);
    expect(await focused()).toMatch(/^h1:Decision /);
    // And Back again still lands on the row, however often the two are walked.
    await page.goBack();
    await expect.poll(focused).toBe(`a:${href}`);
    // An experiment's report, whose "← All experiments" leads to the list Forward leaves.
    await openPage(page, fixture.url, "/dashboard/experiments");
    const report = `/dashboard/experiments/${encodeURIComponent(EXPERIMENT)}`;
    await page.locator(`main a[href="${report}"]`).click();
    await expect.poll(focused).toMatch(/^h1:Experiment /);
    await page.goBack();
    await expect.poll(focused).toBe(`a:${report}`);
    await page.goForward();
    await page.waitForLoadState("networkidle");
    await expect.poll(focused).toMatch(/^h1:Experiment /);
    expect(await focused()).toMatch(/^h1:Experiment /);
  });

  it("tells Forward from Back past an entry a link to a part of the page added (#attempts), which the router did not push", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    const link = page.locator("tr[data-decision] a").nth(1);
    const href = await link.getAttribute("href");
    await openByKeyboard(link);
    // As following a decision's "(attempts)" link does: a history entry of the browser's own, with no state.
    await page.evaluate(`location.hash = "attempts"`);
    await page.getByRole("link", { name: "← All decisions" }).click();
    await expect.poll(focused).toMatch(/^h1:Decisions/);
    await page.goBack();
    await expect.poll(() => page.evaluate("location.hash")).toBe("#attempts");
    await expect.poll(focused).toMatch(/^a:\/dashboard\/decisions/);
    await page.goForward();
    await page.waitForLoadState("networkidle");
    // It was taken for Back (the entry it came from had no place): the focus went to the row of the decision just left.
    await expect.poll(focused).toMatch(/^h1:Decisions/);
    expect(await focused()).not.toBe(`a:${href}`);
  });

  it("goes Back from an experiment's report to its link in the list, and says an unknown page's heading", async () => {
    await openPage(page, fixture.url, "/dashboard/experiments");
    const href = `/dashboard/experiments/${encodeURIComponent(EXPERIMENT)}`;
    await page.locator(`main a[href="${href}"]`).click();
    await expect.poll(focused).toMatch(/^h1:Experiment /);
    await page.goBack();
    await expect.poll(focused).toBe(`a:${href}`);
    // A link of the page to no page: the heading that says so, not the body.
    await page.evaluate(`document.querySelector("main").append(Object.assign(document.createElement("a"), { href: "/dashboard/no-such-page", textContent: "stale" }))`);
    await page.getByRole("link", { name: "stale" }).click();
    await expect.poll(focused).toBe("h1:Page not found");
  });

  it("goes Back from a decision opened on Live to its row there", async () => {
    await openPage(page, fixture.url, "/dashboard/live");
    const link = page.locator("#live-list tr[data-decision] a").nth(2);
    const href = await link.getAttribute("href");
    await openByKeyboard(link);
    await page.goBack();
    await page.locator("#live-list tr[data-decision] a").first().waitFor();
    // Live's rows come from its first poll, after the view has otherwise settled: the focus was left on the heading.
    await expect.poll(focused).toBe(`a:${href}`);
  });

  it("puts the focus on the new page's heading when a link of the navigation is followed", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    await page.locator("nav").getByRole("link", { name: "Models" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("h1:Models");
    // The heading says it: nothing more to announce.
    expect(await status()).toBe("");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(`document.activeElement?.closest("main") !== null`)).toBe(true);
  });

  it("keeps the focus on Older → while paging, and gives it to the heading at the end of the list", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    const older = page.getByRole("link", { name: "Older →" });
    await older.focus();
    // Every element the focus lands on: the link comes back after the rows, and the heading must not take the
    // focus meanwhile (a screen reader read out "Decisions, heading level 1" before "Older →" on every page).
    await page.evaluate(`window.focusMoves = []; document.addEventListener("focusin", (event) => window.focusMoves.push(event.target.tagName + (event.target.id ? "#" + event.target.id : "")))`);
    const first = page.url();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.toString() !== first);
    await page.locator("tr[data-decision]").first().waitFor();
    await expect.poll(focused).toBe("#pager-older");
    expect(await page.evaluate("window.focusMoves")).toEqual(["A#pager-older"]);
    // The focus stayed, so a screen reader hears from the live region that the rows changed.
    expect(await status()).toBe("Updated: Decisions");
    // On to the last page: "Older →" is gone there, and the focus is not left on the body.
    while (await page.locator("#pager-older").count()) {
      const before = page.url();
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.toString() !== before);
      await page.locator("tr[data-decision]").first().waitFor();
    }
    await page.getByText("End of the list").waitFor();
    await expect.poll(focused).toBe("h1:Decisions");
  });

  it("opens the next page at its top when Older → is clicked, the focus kept on the link below", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    await page.getByRole("link", { name: "Older →" }).click();
    await page.waitForURL(/cursor=/);
    // The link kept the focus (Chromium focuses a clicked link), but the page is not scrolled down to it: the
    // router scrolls a new view to its top, and focusing the link without preventScroll undid that.
    await expect.poll(focused).toBe("#pager-older");
    expect(await page.evaluate("window.scrollY")).toBe(0);
    const first = await page.locator("tr[data-decision]").first().boundingBox();
    expect(first && first.y >= 0 && first.y < (page.viewportSize()?.height ?? 0)).toBe(true);
  });

  it("says the view changed under a picker that kept the focus", async () => {
    await openPage(page, fixture.url, "/dashboard/models");
    await page.getByLabel("Period").focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForURL((url) => url.search !== "");
    await expect.poll(status).toBe("Updated: Models");
    expect(await focused()).toBe("#select-since");
  });

  it("does not take the focus from a control the user moved to while the page loaded", async () => {
    await openPage(page, fixture.url, "/dashboard/models");
    // The list's answer waits until the user has moved on to another link.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/decisions?*", async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.locator("nav").getByRole("link", { name: "Decisions" }).click();
      await page.getByText("Loading…").waitFor();
      await page.locator("nav").getByRole("link", { name: "Router" }).focus();
      release();
      await page.locator("tr[data-decision]").first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await focused()).toBe("a:/dashboard/router");
    } finally {
      release();
      await page.unroute("**/api/decisions?*");
    }
  });
});
