/**
 * The overview's panels fail one at a time, each saying why and what to do: a failed `/api/overview` took the period's
 * figures with it, and a failed `/api/report` the budgets. An error box tells a refusal (4xx) from a gateway's failure
 * (5xx) from no answer at all, and offers "Try again" where trying again can help. The charts are drawn over the
 * period the figures were read for (one "now"), not over a "now" of their own. The gateway's clock is the test's.
 */
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { browser, fixture, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const HOUR = 3_600_000;
/** A fixed "now" (a minute before 13:00 UTC), so nothing here depends on when the test runs. */
const T = Date.UTC(2026, 10, 18, 12, 59, 0);
let now = T;
const clock = { now: () => now };

/** 10 requests an hour ago and 4 at 47.5 hours ago (the period's first half hour). */
function records(): DecisionRecord[] {
  const at = (prefix: string, count: number, createdAt: number) =>
    Array.from({ length: count }, (_, index) => makeDecisionRecord({ id: `dec_0000000000000000${prefix}${String(index).padStart(4, "0")}`, createdAt: createdAt - index * 1000 }));
  return [...at("nown", 10, T - HOUR), ...at("edge", 4, T - 47.5 * HOUR)];
}

const apiError = (status: number, message: string) => ({ status, contentType: "application/json", body: JSON.stringify({ error: { message, type: status >= 500 ? "server_error" : "invalid_request_error" } }) });
/** The period's own read (`/api/report?since=48h`), not the period before's (which has an `until`). */
const PERIOD_READ = /\/api\/report\?(?!.*until=)/;

async function withProbe(test: (probe: Page) => Promise<void>): Promise<void> {
  now = T;
  const probe = await browser.context.newPage();
  try {
    await test(probe);
  } finally {
    await probe.close();
    now = T;
  }
}

const panel = (probe: Page, heading: string) => probe.locator("main section.panel", { has: probe.locator("h2", { hasText: heading }) });

describe.skipIf(!chromiumAvailable())("dashboard overview: panels that fail alone, error boxes that say what to do, charts at the period's now", () => {
  useHostileSession({ fixture: () => ({ empty: true, clock, records: records() }), browser: { viewport: { width: 1280, height: 800 } } });

  it("keeps the period's figures when /api/overview fails, the budgets panel saying why with a Try again that works", async () => {
    await withProbe(async (probe) => {
      let failing = true;
      await probe.route("**/api/overview**", (route) => (failing ? route.fulfill(apiError(500, "The decision log is unavailable.")) : route.continue()));
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      expect(await probe.locator('[data-figure="requests"]').getAttribute("data-value")).toBe("14");
      const budgets = panel(probe, "Spend against budgets");
      const alert = budgets.locator("[role=alert]");
      expect(await alert.textContent()).toContain("The gateway hit an error (HTTP 500): The decision log is unavailable.");
      // The charts come from the period's read, so they are drawn too.
      expect(await probe.locator("canvas[role=img]").count()).toBe(2);
      failing = false;
      await alert.getByRole("button", { name: "Try again" }).click();
      await probe.locator('[data-figure="spend-today"]').waitFor({ timeout: 5_000 });
      expect(await probe.locator("main [role=alert]").count()).toBe(0);
      // The focus is not left on the body when the button goes.
      expect(await probe.evaluate("document.activeElement?.tagName")).toBe("H1");
    });
  });

  it("draws the page once however often Try again is pressed", async () => {
    await withProbe(async (probe) => {
      let calls = 0;
      await probe.route(PERIOD_READ, (route: Route) => (++calls <= 2 ? route.fulfill(apiError(503, `Busy (${calls}).`)) : route.continue()));
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      const period = panel(probe, "Last 48 hours, hourly");
      await period.getByRole("button", { name: "Try again" }).click({ timeout: 5_000 });
      await period.getByText("Busy (2).").waitFor({ timeout: 5_000 });
      await period.getByRole("button", { name: "Try again" }).click({ timeout: 5_000 });
      await probe.locator('[data-figure="requests"]').waitFor({ timeout: 5_000 });
      expect(await probe.locator("main h1").count()).toBe(1);
      expect(await panel(probe, "Spend against budgets").count()).toBe(1);
      expect(await period.count()).toBe(1);
      expect(await probe.locator("main [role=alert]").count()).toBe(0);
      expect(await probe.locator("main .uplot").count()).toBe(2);
    });
  });

  it("keeps the budgets when /api/report fails, and the period's panel says why", async () => {
    await withProbe(async (probe) => {
      await probe.route(PERIOD_READ, (route) => route.fulfill(apiError(503, "The decision log's storage (SQLite) did not answer.")));
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      expect(await probe.locator('[data-figure="spend-today"]').count()).toBe(1);
      const period = panel(probe, "Last 48 hours, hourly");
      const alert = period.locator("[role=alert]");
      expect(await alert.textContent()).toContain("The gateway hit an error (HTTP 503): The decision log's storage (SQLite) did not answer.");
      expect(await alert.getByRole("button", { name: "Try again" }).count()).toBe(1);
    });
  });

  it("tells a refusal (4xx) from no answer at all, and offers Try again only where it can help", async () => {
    await withProbe(async (probe) => {
      await probe.route("**/api/overview**", (route) => route.fulfill(apiError(400, "Invalid by 'x'.")));
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      const alert = panel(probe, "Spend against budgets").locator("[role=alert]");
      expect(await alert.textContent()).toContain("The gateway refused the request (HTTP 400): Invalid by 'x'.");
      expect(await alert.getByRole("button").count()).toBe(0);
      await probe.unrouteAll({ behavior: "ignoreErrors" });

      await probe.route("**/api/overview**", (route) => route.abort("connectionrefused"));
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      const down = panel(probe, "Spend against budgets").locator("[role=alert]");
      expect(await down.textContent()).toContain("Could not reach the gateway (/api/overview): it may be down or restarting.");
      expect(await down.getByRole("button", { name: "Try again" }).count()).toBe(1);
    });
  });

  it("says a cause every read failed for once, the other panels pointing to it with their own Try again (it was said three times)", async () => {
    await withProbe(async (probe) => {
      for (const fail of [(route: Route) => route.fulfill(apiError(503, "The decision log is unavailable.")), (route: Route) => route.abort("connectionrefused")]) {
        let failing = true;
        await probe.route(/\/api\/(overview|report)/, (route) => (failing ? fail(route) : route.continue()));
        await openPage(probe, fixture.url, "/dashboard?period=48h");
        const failedPanels = probe.locator("main section.panel[data-failed]");
        expect(await failedPanels.count()).toBe(3);
        // One alert says why; the two panels under it say where that is, each with a working Try again.
        expect(await probe.locator("main [role=alert]").count()).toBe(1);
        expect(await panel(probe, "Spend against budgets").locator("[role=alert]").count()).toBe(1);
        for (const heading of ["Last 48 hours, hourly", "Spend and requests by tier"]) {
          const same = panel(probe, heading).locator("[data-same-cause]");
          expect(await same.textContent(), heading).toBe("Not read, for the reason given under “Spend against budgets” above. Try again");
        }
        failing = false;
        await panel(probe, "Spend and requests by tier").getByRole("button", { name: "Try again" }).click();
        await probe.locator('[data-figure="requests"]').waitFor({ timeout: 5_000 });
        expect(await probe.locator("main [data-failed]").count()).toBe(0);
        await probe.unrouteAll({ behavior: "ignoreErrors" });
      }
    });
  });

  it("reads the budgets without /api/overview's series, which it does not draw (its charts read their own over the period)", async () => {
    await withProbe(async (probe) => {
      const reads: string[] = [];
      probe.on("request", (request) => {
        if (new URL(request.url()).pathname === "/api/overview") reads.push(new URL(request.url()).search);
      });
      await openPage(probe, fixture.url, "/dashboard?period=48h&by=model");
      await probe.locator('[data-figure="spend-today"]').waitFor({ timeout: 5_000 });
      expect(reads).toEqual(["?series=none"]);
    });
  });

  it("draws the charts over the period the figures were read for, though two hours pass before the charts are read", async () => {
    await withProbe(async (probe) => {
      let periodRead!: () => void;
      const periodDone = new Promise<void>((resolve) => (periodRead = resolve));
      await probe.route(PERIOD_READ, async (route: Route) => {
        const response = await route.fetch();
        // Two hours pass once the period has been read: a chart read at a "now" of its own lost the period's first hours.
        now = T + 2 * HOUR;
        await route.fulfill({ response });
        periodRead();
      });
      // Whatever else the page reads waits for the period's read, so it reads at the later clock.
      const after = async (route: Route) => {
        await periodDone;
        await route.continue();
      };
      await probe.route("**/api/overview**", after);
      await probe.route("**/api/report/timeseries**", after);
      await openPage(probe, fixture.url, "/dashboard?period=48h");
      expect(await probe.locator('[data-figure="requests"]').getAttribute("data-value")).toBe("14");
      const requestsChart = probe.locator("canvas[role=img]").nth(1);
      await requestsChart.waitFor();
      expect(await requestsChart.getAttribute("aria-label")).toMatch(/^Requests by tier, .*: total 14;/);
    });
  });
});
