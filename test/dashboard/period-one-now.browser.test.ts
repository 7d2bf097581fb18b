/**
 * The overview's period and the period before it are read at one "now": the panel's "before" column ends where the
 * period begins, even when time moves between the two reads; and the period's figures do not wait for it. Read as "14d" and "7d", each at its own "now", a request
 * near the boundary counted in both columns (or in neither). The gateway's clock is the test's, moved between reads.
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { browser, fixture, page, useHostileSession } from "./hostile-session.js";
import { HOSTILE_ADMIN_KEY } from "./hostile-fixture.js";
import { openPage } from "./sign-in.js";

const HOUR = 3_600_000;
/** A fixed "now" (noon UTC), so nothing here depends on when the test runs. */
const T = Date.UTC(2026, 10, 18, 12, 0, 0);
let now = T;
const clock = { now: () => now };

/** 10 requests an hour ago and 4 at 47.5 hours ago (the period's first half hour); 6 at 60 hours ago (the 48 before). */
function records(): DecisionRecord[] {
  const at = (prefix: string, count: number, createdAt: number) =>
    Array.from({ length: count }, (_, index) => makeDecisionRecord({ id: `dec_0000000000000000${prefix}${String(index).padStart(4, "0")}`, createdAt: createdAt - index * 1000 }));
  return [...at("nown", 10, T - HOUR), ...at("edge", 4, T - 47.5 * HOUR), ...at("befr", 6, T - 60 * HOUR)];
}

const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "").replace(/\u00a0/g, " ").trim();

describe.skipIf(!chromiumAvailable())("dashboard overview: the period and the one before it, read at one now", () => {
  useHostileSession({ fixture: () => ({ empty: true, clock, records: records() }), browser: { viewport: { width: 1280, height: 800 } } });

  it("ends the period before where the period begins, though two hours pass between the reads (the 4 requests at its start counted in both)", async () => {
    now = T;
    // The session's page is left reading the overview, as signIn leaves it (at its load event, its reads still going):
    // routed, its own read of the period before moved the clock before this test's page read its period, which then
    // read 10 and 10. This test's reads are on a page of their own.
    await page.goto(`${fixture.url}/dashboard`);
    const probe = await browser.context.newPage();
    // Two hours pass as the page reads the period before (whichever read goes first, the other sees the later clock).
    let moved = false;
    await probe.route("**/api/report?**", async (route) => {
      if (!moved && new URL(route.request().url()).searchParams.has("until")) {
        moved = true;
        now = T + 2 * HOUR;
      }
      await route.continue();
    });
    try {
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      const row = probe.locator("[data-period-before] tbody tr", { hasText: "Requests" });
      await row.waitFor();
      const cells = (await row.locator("th, td").allTextContents()).map(plain);
      expect(moved).toBe(true);
      expect(cells.slice(0, 3)).toEqual(["Requests", "14", "6"]);
      // The admin API over the same two periods, from the first read's now, says the same.
      const read = async (since: number, until: number) => {
        const query = new URLSearchParams({ since: String(since), until: String(until) });
        const answer = await fetch(`${fixture.url}/api/report?${query}`, { headers: { authorization: `Bearer ${HOSTILE_ADMIN_KEY}` } });
        return ((await answer.json()) as { total: { requests: number } }).total.requests;
      };
      expect([await read(T - 48 * HOUR, T), await read(T - 96 * HOUR, T - 48 * HOUR)]).toEqual([14, 6]);
      expect(await probe.locator('[data-figure="requests"]').getAttribute("data-value")).toBe("14");
    } finally {
      await probe.close();
      now = T;
    }
  });

  it("shows the period's figures while the period before is read, and says why when that read gets no answer (the page waited 30 s on 'Loading…')", async () => {
    now = T;
    const probe = await browser.context.newPage();
    try {
      await probe.clock.install();
      await probe.route(/\/api\/report\?.*until=/, () => undefined); // the period before: never answered
      await probe.goto(`${fixture.url}/dashboard?period=48h`);
      // The period's own figures are there at once, and the panel says it is still reading.
      expect(await probe.locator('[data-figure="requests"]').getAttribute("data-value", { timeout: 5_000 })).toBe("14");
      const panel = probe.locator("[data-period-before]");
      expect(await panel.locator("[role=status]").textContent({ timeout: 5_000 })).toBe("Reading the 48 hours before…");
      await probe.clock.fastForward(31_000);
      await expect.poll(() => panel.textContent(), { timeout: 5_000 }).toContain("The 48 hours before could not be read: the figures above are this period's alone.");
      expect(await panel.textContent()).toContain("did not answer within 30 seconds");
      expect(await panel.getByRole("button", { name: "Try again" }).count()).toBe(1);
      expect(await panel.locator("[role=status]").count()).toBe(0);
    } finally {
      await probe.close();
    }
  });

  it("offers Try again in the period before's box, as every other panel's box does (it said 'reload to try again'), and it works", async () => {
    now = T;
    const probe = await browser.context.newPage();
    try {
      let failing = true;
      const busy = JSON.stringify({ error: { message: "The decision log is busy.", type: "server_error" } });
      await probe.route(/\/api\/report\?.*until=/, (route) => (failing ? route.fulfill({ status: 503, contentType: "application/json", body: busy }) : route.continue()));
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      const panel = probe.locator("[data-period-before]");
      const alert = panel.locator("[role=alert]");
      await alert.waitFor({ timeout: 5_000 });
      expect(plain(await alert.textContent() ?? "")).toBe("The gateway hit an error (HTTP 503): The decision log is busy. Try again");
      expect(await panel.textContent()).not.toMatch(/reload/i);
      failing = false;
      await alert.getByRole("button", { name: "Try again" }).click();
      const row = probe.locator("[data-period-before] tbody tr", { hasText: "Requests" });
      await row.waitFor({ timeout: 5_000 });
      expect((await row.locator("th, td").allTextContents()).map(plain).slice(0, 3)).toEqual(["Requests", "14", "6"]);
    } finally {
      await probe.close();
    }
  });

  it("says so in the panel when the period before's answer is of a shape it cannot draw, rather than leave it reading", async () => {
    now = T;
    const probe = await browser.context.newPage();
    const errors: string[] = [];
    probe.on("pageerror", (error) => errors.push(error.message));
    try {
      const body = JSON.stringify({ since: new Date(T - 96 * HOUR).toISOString(), until: new Date(T - 48 * HOUR).toISOString(), by: "tier", rows: [], total: { requests: 3, mean_feedback: "high", feedback_count: 2 } });
      await probe.route(/\/api\/report\?.*until=/, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
      await probe.goto(`${fixture.url}/dashboard?period=48h`);
      const panel = probe.locator("[data-period-before]");
      await expect.poll(() => panel.locator("[role=alert]").count(), { timeout: 5_000 }).toBe(1);
      expect(await panel.locator("[role=alert]").textContent()).toContain("The gateway's answer was not what this dashboard expects");
      expect(await panel.locator("[role=status]").count()).toBe(0);
      expect(await panel.getAttribute("aria-busy")).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await probe.close();
    }
  });
});
