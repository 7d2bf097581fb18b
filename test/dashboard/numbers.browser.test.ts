/**
 * The dashboard with the numbers a large or odd deployment has, in chromium: a slow filter-suggestion query (a
 * million decisions), spend of millions of dollars next to fractions of a cent, and a budget of $0.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable, launchBrowser } from "./browser.js";
import { HOSTILE_ADMIN_KEY } from "./hostile-fixture.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage, signIn } from "./sign-in.js";

const HOUR = 3_600_000;

describe.skipIf(!chromiumAvailable())("dashboard numbers and scale", () => {
  useHostileSession({
    fixture: () => {
      const now = Date.now();
      // Forty hours of traffic: a million dollars an hour on one tier, a billionth of a dollar on another; the
      // million-dollar requests took an hour and a half each.
      const records = Array.from({ length: 40 }, (_, index) =>
        makeDecisionRecord({ id: `dec_00000000000000000num${String(index).padStart(4, "0")}`, createdAt: now - index * HOUR - 1_000, tier: index % 2 ? "budget" : "premium", costUsd: index % 2 ? 1e-9 : 1e6, experiment: "cheap", arm: index % 2 ? "control" : "variant", latencyMs: index % 2 ? 850 : 5_400_000 + index * 1_000, feedbackScore: index % 4 === 0 ? 0.5 : null }),
      );
      // An experiment whose variant has no requests yet.
      records.push(makeDecisionRecord({ id: "dec_00000000000000000lonely01", createdAt: now - 5 * 60_000, experiment: "lonely", arm: "control" }));
      return { empty: true, records, budgets: [{ scope: "global", window: "day", limit_usd: 0 }, { scope: "tier", name: "premium", window: "month", limit_usd: 1e6 }] };
    },
    browser: { viewport: { width: 1280, height: 800 } },
  });

  it("writes every figure in the reader's language: German decimal commas in rates and feedback, as in money", async () => {
    // Money came from Intl ("0,00503 $") but rates and scores from toFixed ("93.0%", "0.80") on the same card grid.
    const german = await launchBrowser({ viewport: { width: 1280, height: 800 }, locale: "de-DE" });
    try {
      const tab = await german.context.newPage();
      await signIn(tab, fixture.url, HOSTILE_ADMIN_KEY);
      await openPage(tab, fixture.url, "/dashboard");
      expect(await tab.locator('[data-figure="mean-feedback"]').textContent()).toBe("0,50");
      expect(await tab.locator('[data-figure="error-rate"]').textContent()).toMatch(/^0,0\s%$/);
      expect(await tab.locator('[data-figure="escalation-rate"]').textContent()).toMatch(/^0,0\s%$/);
      await openPage(tab, fixture.url, "/dashboard/experiments/cheap");
      const arms = (await tab.locator("main table").first().textContent()) ?? "";
      // The mean feedback with its count of scores, over its interval (ADR 0091).
      expect(arms).toMatch(/0,50, n=\d+ \(0,\d\d – /);
      expect(arms).not.toMatch(/\d\.\d+ ?%|\d\.\d+ s\b/);
    } finally {
      await german.close();
    }
  });

  it("shows the decisions without waiting for the filters' suggestions, and fills them when they come", async () => {
    // The experiment suggestions are a GROUP BY over the period: over a million rows it took seconds, and the table
    // waited for it (18 s at 90 days). Here it never answers until released.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/report\?.*by=experiment/, async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    try {
      await page.goto(`${fixture.url}/dashboard/decisions`);
      await page.locator("tr[data-decision]").first().waitFor({ timeout: 5_000 });
      expect(await page.locator("tr[data-decision]").count()).toBe(41);
      expect(await page.locator("#suggest-experiment option").count()).toBe(0);
      release();
      await expect.poll(() => page.locator("#suggest-experiment option").count()).toBe(2);
      expect(await page.locator("#suggest-tier option").count()).toBe(2);
    } finally {
      release();
      await page.unroute(/\/api\/report/);
    }
  });

  it("asks for a period's filter suggestions once, not again on every view of the same period", async () => {
    // Each ask is four GROUP BYs over the period, on the gateway's thread: paging or refiltering must not queue more.
    const asked: string[] = [];
    const onRequest = (request: { url(): string }): void => {
      if (request.url().includes("/api/report")) asked.push(request.url());
    };
    page.on("request", onRequest);
    try {
      await page.goto(`${fixture.url}/dashboard/decisions`);
      await page.locator("tr[data-decision]").first().waitFor({ timeout: 5_000 });
      await expect.poll(() => asked.length).toBe(4);
      for (let view = 0; view < 3; view += 1) {
        await page.locator('nav a[href="/dashboard/decisions"]').first().click();
        await page.locator("tr[data-decision]").first().waitFor({ timeout: 5_000 });
      }
      await page.waitForTimeout(300);
      expect(asked).toHaveLength(4);
    } finally {
      page.off("request", onRequest);
    }
  });

  it("writes millions of dollars in a stat card on one line, never broken inside the number", async () => {
    for (const size of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
      await page.setViewportSize(size);
      await openPage(page, fixture.url, "/dashboard");
      const spend = page.locator('[data-figure="cost"]');
      // Twenty premium hours at a million dollars each: "$20,000,000.00" broke as "$20,000,000.0" over "0".
      expect(await spend.textContent()).toBe("$20m"); // en-GB, as the test browser reads; "$20M" in en-US
      expect(await spend.getAttribute("title")).toBe("$20,000,000.00");
      for (const figure of ["cost", "premium", "savings", "spend-today", "spend-month", "requests"]) {
        // Distinct line tops of the figure's text (in the browser: the test's own lib has no DOM types).
        const lines = (await page.evaluate(`(() => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector('[data-figure="${figure}"]'));
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        })()`)) as number;
        expect(lines, `${figure} at ${size.width}px`).toBe(1);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("shows a budget of $0 as used up, with a full meter, not an empty one at 0.0%", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const row = page.locator("main table tr", { hasText: "global/day" });
    expect(await row.locator("meter").getAttribute("value")).toBe("1");
    expect(await row.locator(".used").textContent()).toBe(" — exhausted");
    // A limit of a million with nothing spent is still an empty meter at 0.0%.
    expect(await page.locator("main table tr", { hasText: "tier:premium/month" }).locator(".used").textContent()).toBe(" 0.0%");
  });

  it("draws the bar of the hour under way whole, as wide as the others, not cut in half at the chart's edge", async () => {
    await openPage(page, fixture.url, "/dashboard");
    await page.waitForTimeout(200); // charts draw after their ResizeObserver fires
    // The widths of the coloured runs just above the requests chart's baseline (every bar is one request).
    const widths = (await page.evaluate(`(() => {
      const canvas = document.querySelectorAll(".chart canvas")[1];
      const context = canvas.getContext("2d");
      const coloured = (y) => {
        const row = context.getImageData(0, y, canvas.width, 1).data;
        return Array.from({ length: canvas.width }, (_, x) => Math.max(row[x * 4], row[x * 4 + 1], row[x * 4 + 2]) - Math.min(row[x * 4], row[x * 4 + 1], row[x * 4 + 2]) > 60 && row[x * 4 + 3] > 200);
      };
      let y = canvas.height - 1;
      while (y > 0 && !coloured(y).some(Boolean)) y -= 1;
      const runs = [];
      let run = 0;
      // The partial bars are striped (ADR 0107): a 45° stripe crosses any one row, so a column counts as coloured when
      // it is in any of the eight rows above; the stripes move along, the gaps between bars do not.
      const rows = Array.from({ length: 8 }, (_, up) => coloured(y - 3 - up));
      const columns = rows[0].map((_, x) => rows.some((row) => row[x]));
      for (const on of [...columns, false]) {
        if (on) run += 1;
        else if (run > 0) {
          runs.push(run);
          run = 0;
        }
      }
      return runs;
    })()`)) as number[];
    expect(widths.length).toBeGreaterThanOrEqual(30);
    const typical = [...widths].sort((a, b) => a - b)[Math.floor(widths.length / 2)]!;
    expect(widths.at(-1)!).toBeGreaterThanOrEqual(typical - 1);
    expect(widths[0]!).toBeGreaterThanOrEqual(typical - 1);
  });

  it("names the hovered bar's period in the reader's format (en-GB here), the day of a daily bar as its UTC day", async () => {
    const hovered = async () => {
      await page.locator(".chart .u-over").nth(1).scrollIntoViewIfNeeded();
      const box = (await page.locator(".chart .u-over").nth(1).boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
      await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5, { steps: 5 });
      const time = page.locator(".u-legend").nth(1).locator("tr.u-series").first().locator(".u-value");
      await expect.poll(() => time.textContent()).not.toMatch(/^(--)?$/);
      return time.textContent();
    };
    await openPage(page, fixture.url, "/dashboard");
    await page.waitForTimeout(200);
    // uPlot's own format was American whatever the language: "2026-12-01 6:00pm", and "12/1" on the axis.
    expect(await hovered()).toMatch(/^\d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}$/);
    await openPage(page, fixture.url, "/dashboard?period=60d");
    await page.waitForTimeout(200);
    expect(await hovered()).toMatch(/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \(UTC\)$/);
  });

  it("says an experiment has nothing to chart yet instead of drawing an empty axis, and charts one with both arms", async () => {
    await openPage(page, fixture.url, "/dashboard/experiments/lonely");
    expect(await page.locator("svg.interval-chart").count()).toBe(0);
    expect(await page.locator("[data-no-comparison]").textContent()).toContain("needs requests in both arms");
    await openPage(page, fixture.url, "/dashboard/experiments/cheap");
    expect(await page.locator("svg.interval-chart").count()).toBe(1);
    expect(await page.locator("[data-no-comparison]").count()).toBe(0);
  });

  it("writes an experiment's huge cost change short and its hour-long latencies in hours, inside its tables", async () => {
    const shots = process.env.SWITCHYARD_SCREENSHOT_DIR;
    for (const size of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
      await page.setViewportSize(size);
      await openPage(page, fixture.url, "/dashboard/experiments/cheap");
      if (shots) await page.screenshot({ path: `${shots}/experiment-large-values-${size.width}.png`, fullPage: true });
      const arms = page.locator("section.panel", { hasText: "Arms" }).locator("table");
      // A billionth of a dollar against a million: the change read "+99999999999999904.0%", and 90 minutes "5438.0 s".
      // (A percentile is its histogram bucket's largest latency: 1 h 30 min 39 s here.)
      expect(await arms.locator("tr", { hasText: "variant" }).textContent()).toContain("1 h 31 min");
      // en-GB, as the test browser reads, writes a thousand as "k" ("K" in en-US).
      expect(await page.locator("section.panel", { hasText: "Variant against control" }).locator("tr", { hasText: "Cost per request" }).textContent()).toBe("Cost per request>999k% (>999k% – >999k%)");
      // The comparison table fits its panel and the page its window (the eight-column arms table scrolls on a phone, as before).
      const comparison = page.locator("section.panel", { hasText: "Variant against control" }).locator(".table-wrap");
      expect(await comparison.evaluate((wrap) => wrap.scrollWidth <= wrap.clientWidth), `comparison at ${size.width}px`).toBe(true);
      expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), `page at ${size.width}px`).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("keeps a key filter from the URL in the form while the key list is missing", async () => {
    await page.route(/\/api\/keys/, (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ object: "list", data: [] }) }));
    try {
      await openPage(page, fixture.url, "/dashboard/decisions?key=key_0123456789abcdef");
      expect(await page.locator("#filter-key").inputValue()).toBe("key_0123456789abcdef");
    } finally {
      await page.unroute(/\/api\/keys/);
    }
  });
});
