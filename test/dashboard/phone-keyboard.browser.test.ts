/**
 * A keyboard-only reader on a phone (390×844) in dark mode, measured in chromium. The header with the navigation
 * stays at the top of the screen (sticky) and is about 150 px tall at this width, three lines of links: going back
 * with Shift+Tab through a long list (the decisions table, the overview's groups) scrolled each link just into view,
 * at the very top, under the header, so the focused link could not be seen. The journey through filters, a decision,
 * back, an experiment and the revoke dialog (Escape) is kept working here too. The fields' placeholders, which say
 * what an empty field means ("none" for a key without a daily budget, "no limit", "all" tiers), were chromium's own
 * grey, #757575: 4.06:1 on the dark page's fields and 4.27:1 on the light one's, under WCAG AA's 4.5:1.
 */
import { describe, expect, it } from "vitest";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

const PHONE = { width: 390, height: 844 };

/** Where the focused element is against the sticky header and the viewport. */
async function focusedPlace(): Promise<{ what: string; top: number; bottom: number; headerBottom: number; height: number }> {
  return (await page.evaluate(`(() => {
    const e = document.activeElement;
    const box = e.getBoundingClientRect();
    return { what: e.tagName + " " + (e.textContent || "").trim().slice(0, 30), top: box.top, bottom: box.bottom, headerBottom: document.querySelector(".top").getBoundingClientRect().bottom, height: innerHeight };
  })()`)) as { what: string; top: number; bottom: number; headerBottom: number; height: number };
}

describe.skipIf(!chromiumForTests())("dashboard in chromium: keyboard alone on a phone, dark", () => {
  useDashboardSession({ signedIn: true });

  it("keeps every focused link in view below the sticky header, Tab and Shift+Tab", async () => {
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: "dark" });
    for (const path of ["/dashboard/decisions", "/dashboard/live"]) {
      await openPage(page, fixture.url, path);
      const links = await page.locator("main table a").count();
      expect(links, path).toBeGreaterThan(15);
      await page.locator("main table a").last().focus();
      for (let step = 0; step < links - 1; step += 1) {
        await page.keyboard.press("Shift+Tab");
        const place = await focusedPlace();
        if (!place.what.startsWith("A dec_")) continue; // scroll boxes between the links
        expect(place.top, `${path} ${place.what}`).toBeGreaterThanOrEqual(place.headerBottom);
        expect(place.bottom, `${path} ${place.what}`).toBeLessThanOrEqual(place.height);
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  /** Presses Tab (or Shift+Tab) until the focused element matches, at most `limit` times. */
  async function tabTo(test: string, limit = 40, key = "Tab"): Promise<void> {
    for (let step = 0; step < limit; step += 1) {
      await page.keyboard.press(key);
      if ((await page.evaluate(`document.activeElement.matches(${JSON.stringify(test)})`)) === true) return;
    }
    throw new Error(`${test} never took the focus`);
  }

  it("filters the decisions, opens one, goes back, and opens an experiment, with the keyboard alone", async () => {
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: "dark" });
    await openPage(page, fixture.url, "/dashboard/decisions");
    await tabTo("summary");
    await page.keyboard.press("Enter");
    await tabTo("select[name=status]");
    await page.keyboard.press("ArrowDown"); // the first status after "any"
    const status = await page.evaluate(`document.activeElement.value`);
    expect(status).not.toBe("");
    await tabTo("button[type=submit]:not(form.lookup button)");
    await page.keyboard.press("Enter");
    await page.waitForURL(/status=/);
    await tabTo("main table a");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dashboard\/decisions\/dec_/);
    await page.locator("main h1").waitFor();
    await tabTo("main a.back, main a[href^='/dashboard/decisions']");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`status=${status as string}`));
    await openPage(page, fixture.url, "/dashboard/experiments");
    await tabTo("main table a");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dashboard\/experiments\/./);
    await page.locator("main h1").waitFor();
  });

  it("draws every field's placeholder at 4.5:1 against the field, dark and light", async () => {
    const ratios = `[...document.querySelectorAll("input[placeholder], textarea[placeholder]")].map((field) => {
      const rgb = (color) => color.match(/[\\d.]+/g).slice(0, 3).map(Number);
      const lum = (color) => { const [r, g, b] = rgb(color).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const [a, b] = [lum(getComputedStyle(field, "::placeholder").color), lum(getComputedStyle(field).backgroundColor)];
      return [field.id, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
    })`;
    for (const scheme of ["dark", "light"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ["/dashboard/keys", "/dashboard/playground", "/dashboard/decisions"]) {
        await openPage(page, fixture.url, path);
        const measured = (await page.evaluate(ratios)) as [string, number][];
        expect(measured.length, path).toBeGreaterThan(0);
        for (const [field, ratio] of measured) expect(ratio, `${scheme} ${path} #${field}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("closes the revoke dialog with Escape and gives the focus back to its button", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await tabTo("button.revoke-open", 60);
    const opener = await page.evaluate(`document.activeElement.getAttribute("aria-label")`);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await page.evaluate(`document.activeElement.getAttribute("aria-label")`)).toBe(opener);
  });
});
