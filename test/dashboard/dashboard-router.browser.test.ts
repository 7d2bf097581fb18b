/**
 * The learning loop in the dashboard. Every promotion was recorded in the router state file, but only `router status`
 * on the gateway's host showed it: the team lead reading the dashboard could not see which router routes, whether a
 * promotion waited for a reload, what a shadow would change, or who promoted what on which verdict. The Router page
 * shows them. Shared setup: `dashboard-session.ts`.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adapterId } from "../../src/routing/adapter/router-state.js";
import { minimalAdapterText } from "../support/minimal-adapter.js";
import { ADMIN_KEY } from "./dashboard-fixture.js";
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

  it("shows a hand-edited history as text: a time that is not a date, markup in names, a long unbroken verdict on a phone", async () => {
    // The state file is checked for shape, not content: `at` is any string, `by` and the ids what someone typed.
    const markup = `<img src=x onerror="window.__xss=1">`;
    const odd = { id: `adapter-${markup}`, weights: "/x/<b>y</b>.json" };
    const history = [
      { action: "promote", at: "yesterday", by: `${markup} lead`, from: shipped, to: odd, experiment: null, verdict: `${markup} ${"x".repeat(400)}`, forced: true },
      { action: "rollback", at: "2026-12-04T11:00:00.000Z", by: "ops", from: odd, to: shipped, experiment: null, verdict: "rollback", forced: false },
    ];
    mkdirSync(path.join(fixture.dir, ".switchyard"), { recursive: true });
    writeFileSync(path.join(fixture.dir, ".switchyard", "router-state.json"), JSON.stringify({ format: "switchyard-router-state-v1", active: shipped, previous: [], shadow: null, history }));
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      const rows = page.locator("[data-router-history] tbody tr:not(.detail)");
      expect(await rows.count()).toBe(2);
      // Newest first is the file's order: the entry whose time cannot be read keeps its place and shows what the file says.
      expect(await rows.nth(1).textContent()).toContain("yesterday");
      expect(await rows.nth(1).textContent()).toContain(`${markup} lead`);
      expect(await page.evaluate("window.__xss")).toBeUndefined();
      expect(await page.locator("[data-router-history] img").count()).toBe(0);
      await page.setViewportSize({ width: 375, height: 812 });
      await openPage(page, fixture.url, "/dashboard/router");
      await page.locator("[data-router-history] tbody tr").first().waitFor();
      expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("draws the newest 100 of a long history and says how many there are", async () => {
    const candidate = { id: "adapter-0123456789ab", weights: path.join(fixture.dir, ".switchyard", "routers", "adapter-0123456789ab.json") };
    const history = Array.from({ length: 250 }, (_, index) =>
      index % 2 === 0
        ? { action: "promote", at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(), by: `lead-${index}`, from: shipped, to: candidate, experiment: null, verdict: "no experiment", forced: true }
        : { action: "rollback", at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(), by: `ops-${index}`, from: candidate, to: shipped, experiment: null, verdict: "rollback", forced: false },
    );
    writeFileSync(path.join(fixture.dir, ".switchyard", "router-state.json"), JSON.stringify({ format: "switchyard-router-state-v1", active: shipped, previous: [], shadow: null, history }));
    await openPage(page, fixture.url, "/dashboard/router");
    const rows = page.locator("[data-router-history] tbody tr:not(.detail)");
    expect(await rows.count()).toBe(100);
    expect(await rows.nth(0).textContent()).toContain("ops-249");
    expect(await page.locator("[data-router-history-more]").textContent()).toBe("The newest 100 of 250 changes; switchyard router status on the gateway's host lists them all.");
  });

  it("reads the state again with Refresh: a promotion made with the page open showed only after reloading the whole page", async () => {
    writeState(shipped);
    await openPage(page, fixture.url, "/dashboard/router");
    expect(await page.locator("[data-router-pending]").count()).toBe(0);
    await page.evaluate("window.__samePage = true");
    // `router promote` on the gateway's host, while the team lead has the page open.
    writeState({ id: "adapter-0123456789ab", weights: path.join(fixture.dir, ".switchyard", "routers", "adapter-0123456789ab.json") });
    const refresh = page.getByRole("button", { name: "Refresh" });
    await refresh.focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-router-pending]").waitFor();
    expect(await page.evaluate("window.__samePage")).toBe(true);
    // The keyboard stays on the button, to refresh again.
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Refresh");
  });

  it("reloads a promotion this gateway has not applied from its warning, and says why a reload failed", async () => {
    const weights = path.join(fixture.dir, ".switchyard", "routers", "candidate.json");
    const text = await minimalAdapterText({ seed: 3 });
    const candidate = { id: adapterId(text), weights, quality: 0.5 };
    rmSync(weights, { force: true });
    writeState(candidate);
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      const reload = page.locator("[data-router-pending]").getByRole("button", { name: "Reload now" });
      // The adapter file is missing: the gateway keeps its router and the page says why, beside the button.
      await reload.click();
      await page.locator("[data-router-reload-error]").waitFor();
      expect(await page.locator("[data-router-reload-error]").textContent()).toContain("Reload failed, the current routers stay in use.");
      expect(await page.locator("[data-figure=router-active]").textContent()).toBe("shipped (no adapter)");
      mkdirSync(path.dirname(weights), { recursive: true });
      writeFileSync(weights, text);
      // From the keyboard this time: the button goes with the warning, and the focus must not fall to the page.
      await reload.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("[data-figure=router-active]").textContent()).toBe(`${candidate.id} at quality 0.5`);
      expect(await page.locator("[data-router-pending]").count()).toBe(0);
      expect(await page.locator("[data-router-reload-error]").count()).toBe(0);
      expect(await page.evaluate("document.activeElement?.id")).toBe("router-refresh");
    } finally {
      // The next file's gateway is its own, but leave this one routing as it started.
      writeState(shipped);
      await fetch(`${fixture.url}/api/router/reload`, { method: "POST", headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    }
  });
});

/** Writes the router state file as `router promote` leaves it, naming `active` as the default, with no history. */
function writeState(active: object): void {
  mkdirSync(path.join(fixture.dir, ".switchyard"), { recursive: true });
  writeFileSync(path.join(fixture.dir, ".switchyard", "router-state.json"), JSON.stringify({ format: "switchyard-router-state-v1", active, previous: [], shadow: null, history: [] }));
}
