/**
 * Table rows on a phone (390×844) under long unbroken values (hostile-fixture.ts). A cell may break a long id anywhere
 * (styles.css), and on a phone the narrow columns beside the wide ones broke it two to five characters a line: one
 * decision's Task and Tier, or one key's allowed tiers, made a row 800 to 1,600 px tall, two screens of scrolling
 * past a single row. The table scrolls sideways on a phone anyway, so such a value keeps a column wide enough to read.
 */
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const PHONE = { width: 390, height: 844 };

/** The tallest row of the page's tables, and whether the page itself scrolls sideways. */
async function measure(path: string): Promise<{ tallest: number; rows: number; sideways: number }> {
  await openPage(page, fixture.url, path);
  return (await page.evaluate(`(() => {
    const rows = [...document.querySelectorAll("main table tbody tr")];
    return {
      tallest: Math.max(0, ...rows.map((row) => row.getBoundingClientRect().height)),
      rows: rows.length,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  })()`)) as { tallest: number; rows: number; sideways: number };
}

describe.skipIf(!chromiumAvailable())("dashboard tables on a phone with long unbroken values", () => {
  useHostileSession({ browser: { viewport: PHONE, colorScheme: "dark" } });

  for (const path of ["/dashboard/decisions", "/dashboard/live", "/dashboard/keys", "/dashboard/experiments", "/dashboard/models", "/dashboard?by=key"]) {
    it(`keeps every row of ${path} under half the screen's height, and the page within the window`, async () => {
      const { tallest, rows, sideways } = await measure(path);
      expect(rows).toBeGreaterThan(0);
      expect(tallest, `the tallest row of ${path}`).toBeLessThanOrEqual(PHONE.height / 2);
      expect(sideways).toBeLessThanOrEqual(1);
    });
  }

  for (const path of ["/dashboard/decisions", "/dashboard/live"]) {
    it(`gives every decision of ${path} one line, one height, with a long value's whole text on hover`, async () => {
      // Rows were 34, 54 and 156 px tall as their Model cell wrapped (a failover's "none; tried …", a long model id):
      // a list to scan read as a ragged column. On a phone each cell is one line; the table scrolls sideways anyway.
      await openPage(page, fixture.url, path);
      await page.locator("main tr[data-decision]").first().waitFor();
      const { heights, cut } = (await page.evaluate(`(() => {
        const rows = [...document.querySelectorAll("main tr[data-decision]")];
        const cut = [...document.querySelectorAll("main tr[data-decision] :is(th, td) *")]
          .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).textOverflow === "ellipsis")
          .map((element) => ({ text: element.textContent, title: element.getAttribute("title") ?? element.closest("[title]")?.getAttribute("title") ?? "" }));
        return { heights: rows.map((row) => Math.round(row.getBoundingClientRect().height)), cut };
      })()`)) as { heights: number[]; cut: { text: string; title: string }[] };
      expect(heights.length).toBeGreaterThan(3);
      expect(new Set(heights).size, `row heights ${[...new Set(heights)].join(", ")}`).toBe(1);
      expect(heights[0]).toBeLessThanOrEqual(48);
      // A value cut short says where its whole text is: on hover (and on the decision's own page).
      expect(cut.length).toBeGreaterThan(0);
      for (const { text, title } of cut) expect(title.length, text).toBeGreaterThanOrEqual(text.length);
    });
  }
});
