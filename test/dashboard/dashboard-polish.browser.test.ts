/**
 * Small things a keyboard or screen-reader user of the dashboard met: the keys table's Revoke column had no header,
 * focus fell to the page after a revoke or after Done on a new key's secret, and an experiment's verdict wrote its
 * minus signs otherwise than the table beside it ("−0.05" over "-84.4%"). Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: polish", () => {
  useDashboardSession({ signedIn: true });

  it("names the keys table's Revoke column for screen readers", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await page.locator("#key-list table").waitFor();
    const headers = await page.locator("#key-list th").allTextContents();
    expect(headers.every((header) => header.trim() !== ""), headers.join(" | ")).toBe(true);
    expect(await page.getByRole("columnheader", { name: "Actions" }).count()).toBe(1);
  });
});
