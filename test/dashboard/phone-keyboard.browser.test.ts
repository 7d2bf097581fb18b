/**
 * A keyboard-only reader on a phone (390×844) in dark mode, measured in chromium. The header with the navigation
 * stays at the top of the screen (sticky) and is about 150 px tall at this width, three lines of links: going back
 * with Shift+Tab through a long list (the decisions table, the overview's groups) scrolled each link just into view,
 * at the very top, under the header, so the focused link could not be seen.
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

describe.skipIf(!chromiumForTests())("dashboard in chromium: keyboard on a phone, dark", () => {
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
});
