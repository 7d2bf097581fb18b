/**
 * The overview of a period in which nothing was charged: every request failed on every model (an upstream outage),
 * or was refused. The spend chart drew an empty grid scaled $0.00 to $1.00, with no bar and nothing saying why,
 * beside a requests chart full of bars: it read as a chart that failed to load, or as spend too small to see.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

/** Requests over the last 20 hours that no model answered, so none was charged. */
function failedRecords(now: number) {
  return Array.from({ length: 20 }, (_, index) =>
    makeDecisionRecord({
      id: `dec_000000000000000000fail${String(index).padStart(4, "0")}`,
      createdAt: now - index * 3_600_000,
      model: null,
      outcome: "failed",
      status: 502,
      errorType: "http",
      costUsd: 0,
      attempts: [{ model: "openai/gpt-5-nano", status: 502, errorType: "http", latencyMs: 40, reservedUsd: 0 }],
    }),
  );
}

/**
 * The gateway's clock, fixed (a minute before 13:00 UTC): read from Date.now() when the fixture was built, the records
 * at the periods' edges fell out of the period the page read a minute (or, built at 12:59:59, a second) later.
 */
const T = Date.UTC(2026, 10, 18, 12, 59, 0);

describe.skipIf(!chromiumAvailable())("dashboard overview of a period with no spend", () => {
  useHostileSession({
    fixture: () => {
      // One charged request a minute inside the last 7 days: on the UTC day before the 7 whole days the chart drew.
      const early = makeDecisionRecord({ id: "dec_000000000000000000charged0001", createdAt: T - 7 * 86_400_000 + 60_000, costUsd: 0.002 });
      // One more failed request a second before the 48-hour chart's first whole hour, yet inside the 48 hours.
      const beforeFirstHour = { ...failedRecords(Math.floor(T / 3_600_000) * 3_600_000 - 47 * 3_600_000 - 1000)[0]!, id: "dec_000000000000000000failedge001" };
      return { empty: true, clock: { now: () => T }, records: [...failedRecords(T - 60_000), early, beforeFirstHour] };
    },
  });

  it("says nothing was spent, and why, where the spend chart would be; the requests chart still draws", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const spend = page.locator("section", { has: page.locator("h2", { hasText: /^Spend by tier$/ }) });
    const requests = page.locator("section", { has: page.locator("h2", { hasText: /^Requests by tier$/ }) });
    await requests.locator("canvas").first().waitFor();
    expect(await spend.locator("canvas").count()).toBe(0);
    expect(await spend.locator(".empty").textContent()).toContain("Nothing was spent in the last 48 hours");
    // The period's requests, as its Requests figure counts them (one is before the chart's first whole hour).
    expect(await page.locator("[data-figure=requests]").textContent()).toBe("21");
    expect(await spend.locator(".empty").textContent()).toContain("None of its 21 requests was charged");
  });

  it("draws the period's only spend, made in its first minutes, in the spend chart's first (partial) day", async () => {
    // The week's figures count from this time 7 days ago. The chart drew 7 whole UTC days, so spend in the rest of that
    // first day was counted above the chart and not drawn; it now draws the period the figures were read for.
    await openPage(page, fixture.url, "/dashboard?period=7d");
    const spend = page.getByRole("img", { name: /^Spend by tier, last 7 days, daily/ });
    await spend.waitFor();
    // Eight bars, the period's partial first day (11 Nov, from 12:59) to its partial last (18 Nov, to 12:59).
    expect(await spend.getAttribute("aria-label")).toMatch(/^Spend by tier, last 7 days, daily \(11 Nov to 18 Nov\): total \$0\.002[0-9]*;/);
    expect(await page.locator("[data-figure=cost]").getAttribute("data-value")).toBe("0.002");
  });
});
