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
});
