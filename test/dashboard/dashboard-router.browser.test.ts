/**
 * The learning loop in the dashboard. Every promotion was recorded in the router state file, but only `router status`
 * on the gateway's host showed it: the team lead reading the dashboard could not see which router routes, whether a
 * promotion waited for a reload, what a shadow would change, or who promoted what on which verdict. The Router page
 * shows them. Shared setup: `dashboard-session.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

const shipped = { id: "shipped", weights: null };

describe.skipIf(!chromiumForTests())("dashboard in chromium: router", () => {
  useDashboardSession({ signedIn: true });

  it("says what to do before any shadow or promotion, and is in the navigation", async () => {
    await openPage(page, fixture.url, "/dashboard");
    await page.getByRole("link", { name: "Router", exact: true }).click();
    await page.locator("[data-router-history]").waitFor();
    expect(await page.locator("[data-figure=router-active]").textContent()).toBe("shipped (no adapter)");
    expect(await page.locator("[data-router-shadow] .empty").textContent()).toContain("switchyard router shadow FILE");
    expect(await page.locator("[data-router-history] .empty").textContent()).toContain("switchyard router promote --experiment NAME");
    expect(await page.locator("[data-router-pending]").count()).toBe(0);
  });

  it("lists every promotion and rollback with its verdict, and a promotion this gateway has not reloaded", async () => {
    const weights = path.join(fixture.dir, ".switchyard", "routers", "adapter-0123456789ab.json");
    const candidate = { id: "adapter-0123456789ab", weights, quality: 0.5 };
    const history = [
      { action: "promote", at: "2026-12-04T10:00:00.000Z", by: "lead", from: shipped, to: candidate, experiment: "cand-ab", verdict: "variant is 80% cheaper per request (CI 70–86%).", forced: false },
      { action: "rollback", at: "2026-12-04T11:00:00.000Z", by: "ops", from: candidate, to: shipped, experiment: null, verdict: "rollback", forced: false },
      { action: "promote", at: "2026-12-04T12:00:00.000Z", by: "alice", from: shipped, to: candidate, experiment: null, verdict: "no experiment", forced: true },
    ];
    mkdirSync(path.dirname(weights), { recursive: true });
    writeFileSync(path.join(fixture.dir, ".switchyard", "router-state.json"), JSON.stringify({ format: "switchyard-router-state-v1", active: candidate, previous: [shipped], shadow: null, history }));
    await openPage(page, fixture.url, "/dashboard/router");
    const rows = page.locator("[data-router-history] tbody tr:not(.detail)");
    expect(await rows.count()).toBe(3);
    // Newest first: the forced promotion, marked as forced.
    expect(await rows.nth(0).textContent()).toContain("forced");
    expect(await rows.nth(0).textContent()).toContain("adapter-0123456789ab at quality 0.5");
    expect(await page.locator("[data-router-history] tr.detail").nth(1).textContent()).toBe("Verdict: variant is 80% cheaper per request (CI 70–86%).");
    expect(await page.locator("[data-router-history] a[href='/dashboard/experiments/cand-ab']").count()).toBe(1);
    // The file names the candidate, but the gateway was not reloaded: it still routes with the shipped router.
    expect(await page.locator("[data-figure=router-active]").textContent()).toBe("shipped (no adapter)");
    expect(await page.locator("[data-router-pending]").textContent()).toContain("names adapter-0123456789ab at quality 0.5 as the default, but this gateway still routes with shipped (no adapter)");
    // On a phone the page does not scroll sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
