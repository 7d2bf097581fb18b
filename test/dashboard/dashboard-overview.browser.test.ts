/**
 * The dashboard's overview in a real browser: its totals against /api/report, its charts (at most ten series each),
 * its tables opening the decisions of one task or key, a budget spent past its limit, and a slow answer kept off the
 * page opened after it.
 * Shared setup: `dashboard-session.ts`.
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { admin, browser, chromiumForTests, figure, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: overview", () => {
  useDashboardSession({ signedIn: true });

  it("shows the overview totals /api/report gives for the same period", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const report = await admin<{ total: Record<string, number>; rows: { group: string; client_errors: number }[] }>("/api/report?since=48h&by=tier");
    expect(report.total.requests).toBe(fixture.sent);
    expect(await figure("requests")).toBe(report.total.requests);
    expect(await figure("served")).toBe(report.total.served);
    expect(await figure("refused")).toBe(report.total.refused);
    expect(await figure("failed")).toBe(report.total.failed);
    expect(report.total.refused).toBeGreaterThan(0);
    // The four outcomes on the page add up to the requests (a malformed request is a client error).
    expect(report.total.client_errors).toBeGreaterThan(0);
    expect(await figure("client-errors")).toBe(report.total.client_errors);
    expect((await figure("served")) + (await figure("refused")) + (await figure("failed")) + (await figure("client-errors"))).toBe(await figure("requests"));
    const noneRow = page.locator(".table-wrap tr", { has: page.locator("th:first-child", { hasText: /^\(none\)$/ }) });
    // Client errors, the ninth column (what a lead reads a tier for comes first: overview-groups.ts).
    expect(await noneRow.locator("th, td").nth(8).textContent()).toBe(String(report.rows.find((row) => row.group === "(none)")?.client_errors));
    expect(await figure("cost")).toBeCloseTo(report.total.cost_usd ?? NaN, 12);
    expect(await figure("savings")).toBeCloseTo(report.total.savings_usd ?? NaN, 12);
    expect(await figure("escalation-rate")).toBeCloseTo(report.total.escalation_rate ?? NaN, 12);
    expect(await figure("mean-feedback")).toBeCloseTo(report.total.mean_feedback ?? NaN, 12);
    expect(await figure("latency-p95")).toBe(report.total.latency_p95_ms);
    // Both charts drew (uPlot canvases), stacked by tier; the period switch re-renders from the URL.
    expect(await page.locator(".chart canvas").count()).toBe(2);
    // Each canvas is an image named by what it shows: title, period and range, total, busiest hour, largest groups.
    const charts = page.locator(".chart canvas");
    expect(await charts.evaluateAll((canvases) => canvases.map((canvas) => canvas.getAttribute("role")))).toEqual(["img", "img"]);
    const spendName = (await page.getByRole("img", { name: /^Spend by tier, last 48 hours, hourly \(/ }).getAttribute("aria-label")) ?? "";
    expect(spendName).toMatch(/\): total \$[\d.,]+; busiest hour .+ with \$[\d.,]+; largest groups? .+\(\d+\.\d%\)/);
    const requestsName = (await page.getByRole("img", { name: /^Requests by tier, last 48 hours, hourly \(/ }).getAttribute("aria-label")) ?? "";
    expect(requestsName).toContain(`: total ${(report.total.requests ?? NaN).toLocaleString("en-GB")}; busiest hour `);
    await page.locator("#select-by").selectOption("model");
    await page.waitForURL(/by=model/);
    await page.locator(".u-legend").first().waitFor();
    expect(await page.locator("h2", { hasText: "Spend by model" }).count()).toBe(1);
  });

  it("offers the last 7 days, daily, for the team lead's weekly look (journey 2.1): it offered 48 hours or 60 days only", async () => {
    await openPage(page, fixture.url, "/dashboard");
    expect(await page.locator("#select-period option").allTextContents()).toEqual(["Last 48 hours, hourly", "Last 7 days, daily", "Last 60 days, daily"]);
    await page.locator("#select-period").selectOption("7d");
    await page.waitForURL(/period=7d/);
    await page.getByRole("img", { name: /^Spend by tier, last 7 days, daily \(/ }).waitFor();
    const report = await admin<{ total: Record<string, number> }>("/api/report?since=7d&by=tier");
    expect(await page.locator("h2", { hasText: /^Last 7 days, daily$/ }).count()).toBe(1);
    expect(await figure("requests")).toBe(report.total.requests);
    expect(await figure("cost")).toBeCloseTo(report.total.cost_usd ?? NaN, 12);
    expect(await figure("savings")).toBeCloseTo(report.total.savings_usd ?? NaN, 12);
    // Seven daily bars: the chart's range is the seven UTC days ending today.
    const name = (await page.getByRole("img", { name: /^Requests by tier, last 7 days, daily \(/ }).getAttribute("aria-label")) ?? "";
    expect(name).toContain(`: total ${(report.total.requests ?? NaN).toLocaleString("en-GB")}; busiest day `);
    // A link to the decisions keeps the week.
    const table = page.locator("section", { has: page.locator("h2", { hasText: /^By tier$/ }) });
    expect(await table.getByRole("link").first().getAttribute("href")).toContain("since=7d");
  });

  it("opens the decisions of one task from the overview's table, for the period it shows (journey 2.2)", async () => {
    await openPage(page, fixture.url, "/dashboard?period=60d&by=task");
    const table = page.locator("section", { has: page.locator("h2", { hasText: /^By task$/ }) });
    expect(await table.locator("th").first().textContent()).toBe("Task"); // it said "task", lower case, unlike every other heading
    await table.getByRole("link", { name: "code_generation", exact: true }).click();
    await page.waitForURL(/\/dashboard\/decisions\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ since: "60d", task: "code_generation" });
    await page.locator("tr[data-decision]").first().waitFor();
    expect(await page.locator("#filter-task").inputValue()).toBe("code_generation");
    expect(new Set(await page.locator("tr[data-decision] td:nth-child(3)").allTextContents())).toEqual(new Set(["code_generation"]));
    // By key, a key's row opens its decisions by id (the table shows its name).
    await openPage(page, fixture.url, "/dashboard?by=key");
    const keys = await admin<{ data: { id: string; name: string }[] }>("/api/keys");
    const search = keys.data.find((key) => key.name === "team-search");
    await page.locator("section", { has: page.locator("h2", { hasText: /^By key$/ }) }).getByRole("link", { name: /^team-search/ }).click();
    await page.waitForURL(/key=/);
    expect(new URL(page.url()).searchParams.get("key")).toBe(search?.id);
  });

  it("stacks at most ten series per chart, the smallest groups summed as other, so no two share a colour", async () => {
    await openPage(page, fixture.url, "/dashboard?by=model");
    const report = await admin<{ rows: { group: string }[] }>("/api/report?since=48h&by=model");
    expect(report.rows.length).toBeGreaterThan(10);
    for (const legend of await page.locator(".u-legend").all()) {
      const labels = (await legend.locator(".u-series .u-label").allTextContents()).slice(1); // the first is Time
      expect(labels.length).toBe(10);
      expect(labels.filter((label) => /^other \(\d+ groups\)$/.test(label))).toHaveLength(1);
    }
    // The table below still lists every group.
    expect(await page.locator("section", { has: page.locator("h2", { hasText: /^By model$/ }) }).locator("tbody tr").count()).toBe(report.rows.length);
  });

  it("marks a budget spent past its limit as over the limit, not like one at 85%", async () => {
    const probe = await browser.context.newPage();
    try {
      // The real overview, with the global daily budget spent to 160% of its limit (a limit lowered after the spend).
      await probe.route(/\/api\/overview/, async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { budgets: { budget: string; limit_usd: number; spent_usd: number; remaining_usd: number }[] };
        for (const budget of body.budgets) {
          if (budget.budget !== "global/day") continue;
          budget.spent_usd = budget.limit_usd * 1.6;
          budget.remaining_usd = 0;
        }
        await route.fulfill({ response, json: body });
      });
      await probe.goto(`${fixture.url}/dashboard`);
      const over = probe.locator("tr", { hasText: "global/day" });
      await over.waitFor();
      expect(await over.textContent()).toContain("160.0%");
      expect(await over.locator(".badge.bad").textContent()).toBe("over limit");
      // Past the limit the meter is in its worst band (red), which a merely high one (amber) is not.
      expect(await meterBand(over.locator("meter"))).toBe("even-less-good");
      const fine = probe.locator("tr", { hasText: "tier:premium/month" });
      expect(await fine.locator(".badge").count()).toBe(0);
    } finally {
      await probe.close();
    }
  });

  it("says when its figures were read, so a tab left open does not pass old figures (yesterday's 'Spend today') for current ones", async () => {
    const before = Date.now();
    await openPage(page, fixture.url, "/dashboard");
    const readAt = page.locator("[data-read-at]");
    // The gateway's own time of reading, in the reader's format, UTC on hover (as every time on the dashboard).
    const at = Date.parse((await readAt.locator("time").getAttribute("datetime")) ?? "");
    expect(at).toBeGreaterThanOrEqual(before - 5_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 5_000);
    expect(await readAt.textContent()).toMatch(/^Figures as of .+; reload the page for newer ones\.$/);
    expect(await readAt.locator("time").getAttribute("title")).toMatch(/ UTC$/);
  });

  it("says the browser's own time of reading when the gateway's is missing or no time (never 'undefined' or 1 Jan 1970)", async () => {
    const probe = await browser.context.newPage();
    try {
      for (const generatedAt of [undefined, null, "soon", -1e20]) {
        await probe.route(/\/api\/overview/, async (route) => {
          const response = await route.fetch();
          const body = (await response.json()) as Record<string, unknown>;
          if (generatedAt === undefined) delete body.generated_at;
          else body.generated_at = generatedAt;
          await route.fulfill({ response, json: body });
        });
        const before = Date.now();
        await probe.goto(`${fixture.url}/dashboard`);
        const readAt = probe.locator("[data-read-at]");
        await readAt.waitFor();
        const at = Date.parse((await readAt.locator("time").getAttribute("datetime")) ?? "");
        expect(at, String(generatedAt)).toBeGreaterThanOrEqual(before - 5_000);
        expect(at, String(generatedAt)).toBeLessThanOrEqual(Date.now() + 5_000);
        expect(await readAt.textContent()).not.toMatch(/undefined|null|soon|1970/);
        await probe.unrouteAll({ behavior: "ignoreErrors" });
      }
    } finally {
      await probe.close();
    }
  });

  it("keeps a slow page's late answer off the page opened after it", async () => {
    const probe = await browser.context.newPage();
    try {
      await probe.route(/\/api\/overview/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue().catch(() => undefined);
      });
      await probe.goto(`${fixture.url}/dashboard`, { waitUntil: "commit" });
      await probe.locator("main h1", { hasText: "Overview" }).waitFor();
      await probe.getByRole("link", { name: "Models", exact: true }).click();
      await probe.locator("main h1", { hasText: "Models" }).waitFor();
      await probe.waitForTimeout(2_500); // the overview's answer has arrived by now
      expect(await probe.locator("main h1").allTextContents()).toEqual(["Models"]);
      expect(await probe.locator("main").textContent()).not.toContain("Spend against budgets");
    } finally {
      await probe.close();
    }
  });

  /** Which band of a <meter> its value is in, by the HTML rules (from its attributes). */
  async function meterBand(meter: Locator): Promise<string> {
    const attribute = async (name: string, fallback: number) => {
      const value = await meter.getAttribute(name);
      return value === null ? fallback : Number(value);
    };
    const min = await attribute("min", 0);
    const max = await attribute("max", 1);
    const low = await attribute("low", min);
    const high = await attribute("high", max);
    const optimum = await attribute("optimum", (min + max) / 2);
    const value = await attribute("value", 0);
    const region = (v: number) => (v < low ? "low" : v > high ? "high" : "middle");
    const best = region(optimum);
    const here = region(value);
    if (here === best) return "optimum";
    return (best === "low" && here === "high") || (best === "high" && here === "low") ? "even-less-good" : "suboptimum";
  }
});
