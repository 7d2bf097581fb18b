/**
 * Small things a keyboard or screen-reader user of the dashboard met: the keys table's Revoke column had no header,
 * focus fell to the page after a revoke or after Done on a new key's secret, and an experiment's verdict wrote its
 * minus signs otherwise than the table beside it ("−0.05" over "-84.4%"). Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { EXPERIMENT } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

/** What has focus: its id, else its accessible label, else its tag. */
const focused = () => page.evaluate(`(() => { const e = document.activeElement; return e?.id || e?.getAttribute("aria-label") || e?.tagName || ""; })()`);

async function createKey(name: string): Promise<void> {
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  await page.locator(`tr[data-key="${name}"]`).waitFor();
}

describe.skipIf(!chromiumForTests())("dashboard in chromium: polish", () => {
  useDashboardSession({ signedIn: true });

  it("names the keys table's Revoke column for screen readers", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await page.locator("#key-list table").waitFor();
    const headers = await page.locator("#key-list th").allTextContents();
    expect(headers.every((header) => header.trim() !== ""), headers.join(" | ")).toBe(true);
    expect(await page.getByRole("columnheader", { name: "Actions" }).count()).toBe(1);
  });

  it("moves focus to the form's Name field after Done on a new key's secret, not to the page", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await createKey("polish-done");
    await page.locator("#new-secret").getByRole("button", { name: "Done", exact: true }).click();
    await expect.poll(focused).toBe("key-name");
  });

  it("moves focus to another key's Revoke after a revoke, not to the page", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await createKey("polish-revoked");
    await page.getByRole("button", { name: "Revoke polish-revoked" }).click();
    await page.locator("dialog[open]").getByRole("button", { name: "Revoke", exact: true }).click();
    await expect.poll(() => page.locator('tr[data-key="polish-revoked"]').textContent()).toContain("revoked");
    await expect.poll(focused).toMatch(/^Revoke (?!polish-revoked$)/);
  });

  it("writes an experiment's negative figures with one minus sign, the tables' own, in the verdict too", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const verdict = (await page.locator("[data-verdict]").textContent()) ?? "";
    const cost = (await page.locator("tr", { hasText: "Cost per request" }).last().textContent()) ?? "";
    // The variant arm runs a cheaper tier: its cost change is negative, and the feedback's interval starts below zero.
    const tableMinus = /([-−])\d/.exec(cost)?.[1];
    expect(tableMinus, cost).toBeDefined();
    const verdictMinuses = [...verdict.matchAll(/([-−])\d/g)].map((match) => match[1]);
    expect(verdictMinuses.length, verdict).toBeGreaterThan(0);
    expect(new Set(verdictMinuses), verdict).toEqual(new Set([tableMinus]));
  });
});
