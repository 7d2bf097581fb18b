/**
 * Journey 2 (the team lead, once a week) in chromium against the screenshot fixture's traffic, spread over 40 hours as
 * `npm run screenshots` seeds it: the figures a lead reads side by side agree, are labelled, and are in view on a phone.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { admin, chromiumForTests, figure, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { EXPERIMENT } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

/** Bidi isolates around the page's numbers (numbers.ts) left out, so texts compare as read. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2066-\u2069]/g, "").replace(/\u00a0/g, " ").trim();

/** The rows of the table under the heading `heading`, each as its header's text to its cell's text. */
async function tableRows(heading: string): Promise<Record<string, string>[]> {
  const section = page.locator("section.panel", { has: page.locator("h2", { hasText: heading }) });
  const headers = (await section.locator("thead th").allTextContents()).map(plain);
  const rows = await section.locator(".table-wrap tbody tr:not(.detail)").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((td) => td.textContent ?? "")));
  return rows.map((cells) => Object.fromEntries(headers.map((header, index) => [header, plain(cells[index] ?? "")])));
}

describe.skipIf(!chromiumForTests())("dashboard in chromium: the team lead's weekly look", () => {
  useDashboardSession({ signedIn: true, spread: true });

  it("shows the same spend today on the card and on the global daily budget's row (the budget charged 40 hours' spend to today)", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const overview = await admin<{ today: { cost_usd: number; judge_cost_usd: number }; month: { cost_usd: number }; budgets: { budget: string; spent_usd: number }[] }>("/api/overview");
    // The seeded traffic is spread over two days: today's spend is a part of the month's, not all of it.
    expect(overview.today.cost_usd).toBeGreaterThan(0);
    expect(overview.today.cost_usd).toBeLessThan(overview.month.cost_usd);
    expect(overview.today.judge_cost_usd).toBe(0);
    expect(overview.budgets.find((budget) => budget.budget === "global/day")?.spent_usd).toBeCloseTo(overview.today.cost_usd, 12);
    const card = page.locator('[data-figure="spend-today"]');
    const shown = plain((await card.getAttribute("title")) ?? (await card.textContent()));
    const row = (await tableRows("Spend against budgets")).find((cells) => cells.Budget === "global/day");
    expect(row?.Spent).toBe(shown);
    expect(await figure("spend-today")).toBeCloseTo(overview.today.cost_usd, 12);
  });

  it("keeps each budget's Used and Left in view beside its name on a phone: they were the last columns, scrolled out of sight", async () => {
    try {
      for (const width of [390, 375]) {
      await page.setViewportSize({ width, height: 844 });
      for (const [path, where] of [["/dashboard", "section.panel:has(h2:text-is('Spend against budgets'))"], ["/dashboard/keys", "#budget-list"]] as const) {
        await openPage(page, fixture.url, path);
        await page.locator(`${where} tbody tr`).first().waitFor();
        const seen = await page.locator(where).evaluate((section) => {
          const wrap = section.querySelector(".table-wrap")!.getBoundingClientRect();
          const headers = [...section.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
          return [...section.querySelectorAll("tbody tr")].flatMap((tr) =>
            [...tr.querySelectorAll("th, td")].map((td, index) => ({ column: headers[index] ?? "", right: td.getBoundingClientRect().right - wrap.right, width: wrap.width })),
          );
        });
        const wanted = path === "/dashboard" ? ["Budget", "Used", "Left"] : ["Budget", "Left"];
        const cells = seen.filter((cell) => wanted.includes(cell.column));
        expect(cells.length, path).toBeGreaterThanOrEqual(wanted.length);
        for (const cell of cells) expect(cell.right, `${path} at ${width} px: ${cell.column}`).toBeLessThanOrEqual(0);
      }
      }
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it("keeps a tier's Requests, Spend and Mean feedback in view beside its name on a phone: the feedback was the tenth column, 500 px of scroll away", async () => {
    const report = await admin<{ rows: { group: string; requests: number; mean_feedback: number | null; feedback_count: number }[] }>("/api/report?since=48h&by=tier");
    try {
      for (const width of [390, 375]) {
        await page.setViewportSize({ width, height: 844 });
        await openPage(page, fixture.url, "/dashboard");
        const where = "section.panel:has(h2:text-is('By tier'))";
        await page.locator(`${where} tbody tr`).first().waitFor();
        const seen = await page.locator(where).evaluate((section) => {
          const box = section.querySelector(".table-wrap")!;
          const wrap = box.getBoundingClientRect();
          const headers = [...section.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
          const cells = [...section.querySelectorAll("tbody tr")].flatMap((tr) => [...tr.querySelectorAll("th, td")].map((td, index) => ({ column: headers[index] ?? "", right: td.getBoundingClientRect().right - wrap.right })));
          return { headers, cells, scrolled: box.scrollLeft };
        });
        expect(seen.scrolled).toBe(0);
        expect(seen.headers.slice(0, 4)).toEqual(["Tier", "Requests", "Spend", "Mean feedback"]);
        const wanted = seen.cells.filter((cell) => ["Tier", "Requests", "Spend", "Mean feedback"].includes(cell.column));
        expect(wanted.length).toBe(4 * report.rows.length);
        for (const cell of wanted) expect(cell.right, `at ${width} px: ${cell.column}`).toBeLessThanOrEqual(0);
        // What is in view is what the API says.
        for (const row of report.rows.filter((one) => one.mean_feedback !== null)) {
          const shown = (await tableRows("By tier")).find((cells) => cells.Tier === row.group);
          expect(shown?.Requests, row.group).toBe(String(row.requests));
          expect(shown?.["Mean feedback"], row.group).toBe(`${row.mean_feedback!.toFixed(2)} (${row.feedback_count} scores)`);
        }
      }
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it("goes Back from a tier's decisions to the By tier table where it was, though the period before is read after the page", async () => {
    // As Safari, which does not hold the view in place when content above it grows (no scroll anchoring): the page was
    // restored to its place while the period before was still "Reading…", 200 px shorter, so it landed that far up.
    await page.setViewportSize({ width: 1280, height: 600 });
    try {
      await openPage(page, fixture.url, "/dashboard?period=48h");
      await page.locator("[data-period-before] tbody tr").first().waitFor();
      await page.evaluate("document.documentElement.style.overflowAnchor = document.body.style.overflowAnchor = 'none'");
      await page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
      const link = page.locator("section[data-by-group] tbody a", { hasText: /^budget$/ });
      const before = await link.evaluate((a) => Math.round(a.getBoundingClientRect().top));
      await link.click();
      await page.locator("main h1", { hasText: "Decisions" }).waitFor();
      // The period before answers a little late, as over a large log.
      await page.route(/\/api\/report\?.*until=/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue().catch(() => undefined);
      });
      await page.goBack();
      await page.locator("[data-period-before] tbody tr").first().waitFor();
      await expect.poll(() => link.evaluate((a) => Math.round(a.getBoundingClientRect().top))).toBeGreaterThan(before - 40);
      expect(await link.evaluate((a) => Math.round(a.getBoundingClientRect().top))).toBeLessThan(before + 40);
    } finally {
      await page.unroute(/\/api\/report\?.*until=/);
      await page.evaluate("document.documentElement.style.overflowAnchor = document.body.style.overflowAnchor = ''");
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it("says what a group's feedback figures are: the by-tier table read '0.75 (27)' under 'Feedback'", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h&by=tier");
    const report = await admin<{ rows: { group: string; mean_feedback: number | null; feedback_count: number }[] }>("/api/report?since=48h&by=tier");
    const rows = await tableRows("By tier");
    const scored = report.rows.filter((row) => row.mean_feedback !== null);
    expect(scored.length).toBeGreaterThan(1);
    for (const row of scored) {
      const shown = rows.find((cells) => cells.Tier === row.group);
      expect(shown?.["Mean feedback"], row.group).toBe(`${row.mean_feedback!.toFixed(2)} (${row.feedback_count} scores)`);
    }
    expect(rows.find((cells) => cells.Tier === "mid")?.["Mean feedback"]).toBe("—");
    // The card above says the same of the whole period: its mean, and how many scores on which scale.
    expect(await page.locator(".stat", { has: page.locator('[data-figure="mean-feedback"]') }).locator(".stat-note").textContent()).toMatch(/^\d+ scores \(0–1\)$/);
  });

  it("writes the feedback difference's interval in the verdict as the table below it does: '-0.13 to -0.08' over '(-0.125 – -0.078)'", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const verdict = plain(await page.locator("[data-verdict]").textContent());
    const inVerdict = /difference CI ([+−-]?\d\.\d+) to ([+−-]?\d\.\d+)\)/.exec(verdict);
    const row = (await tableRows("Variant against control")).find((cells) => cells.Measure === "Mean feedback");
    const inTable = /\(([+−-]?\d\.\d+) – ([+−-]?\d\.\d+)\)$/.exec(row?.["Change (95% interval)"] ?? "");
    expect(inVerdict, verdict).not.toBeNull();
    expect(inTable, row?.["Change (95% interval)"]).not.toBeNull();
    expect(inVerdict!.slice(1).map((end) => end.replace("−", "-"))).toEqual(inTable!.slice(1).map((end) => end.replace("−", "-")));
  });

  it("keeps the chart's 'CI … at both ends' off its row's name on a phone: it was written over 'Cost change'", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      const chart = page.locator("svg.interval-chart");
      await chart.locator("text.no-width").waitFor();
      const overlaps = await chart.evaluate((svg) => {
        const boxes = [...svg.querySelectorAll("text")].map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() }));
        const pairs: string[] = [];
        for (const [index, one] of boxes.entries()) {
          for (const other of boxes.slice(index + 1)) {
            const apart = one.box.right <= other.box.left || other.box.right <= one.box.left || one.box.bottom <= other.box.top || other.box.bottom <= one.box.top;
            if (!apart) pairs.push(`${one.text} / ${other.text}`);
          }
        }
        return pairs;
      });
      expect(overlaps).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it("says a budget with a little spent is used a little: $0.0008 of $5 read 'Used 0.0%', as if nothing had been", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const overview = await admin<{ budgets: { budget: string; spent_usd: number; reserved_usd: number; limit_usd: number }[] }>("/api/overview");
    const global = overview.budgets.find((budget) => budget.budget === "global/day")!;
    const share = (global.spent_usd + global.reserved_usd) / global.limit_usd;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.0005);
    expect((await tableRows("Spend against budgets")).find((cells) => cells.Budget === "global/day")?.Used).toBe("<0.1%");
    const meter = page.locator("tr", { hasText: "global/day" }).locator("meter");
    expect(plain(await meter.getAttribute("aria-valuetext"))).toMatch(/^<0\.1% of the limit used: \$0\.00\d+ of \$5\.00$/);
    // (The amount is today's part of 40 hours' traffic, so it depends on the hour the test runs: under $0.0025 either way.)
    // A budget with nothing spent still reads none.
    expect((await tableRows("Spend against budgets")).find((cells) => cells.Budget === "tier:premium/month")?.Used).toBe("0.0%");
  });

  it("holds the period's figures against the period of the same length before it: the cards had nothing to hold them against", async () => {
    type Total = { requests: number; cost_usd: number; mean_feedback: number | null; feedback_count: number; error_rate: number };
    const now = (await admin<{ total: Total }>("/api/report?since=48h")).total;
    const before = (await admin<{ total: Total }>("/api/report?since=96h&until=48h")).total;
    expect(before.requests).toBeGreaterThan(0);
    expect(before.mean_feedback).not.toBeNull();
    await openPage(page, fixture.url, "/dashboard?period=48h&by=tier");
    const rows = await tableRows("Against the 48 hours before");
    const row = (measure: string) => rows.find((cells) => cells.Measure === measure);
    expect(row("Requests")).toEqual({ Measure: "Requests", "Last 48 hours": String(now.requests), "The 48 hours before": String(before.requests), Change: `${(now.requests / before.requests).toFixed(1)}×` });
    const feedback = row("Mean feedback");
    expect(feedback?.["Last 48 hours"]).toBe(`${now.mean_feedback!.toFixed(2)} (${now.feedback_count} scores)`);
    expect(feedback?.["The 48 hours before"]).toBe(`${before.mean_feedback!.toFixed(2)} (${before.feedback_count} scores)`);
    // The change is what a reader gets subtracting the two means as shown.
    const change = Number(now.mean_feedback!.toFixed(2)) - Number(before.mean_feedback!.toFixed(2));
    expect(Number(feedback?.Change?.replace("−", "-"))).toBeCloseTo(change, 6);
    expect(row("Error rate")?.["Last 48 hours"]).toBe(`${(now.error_rate * 100).toFixed(1)}%`);
    // On a phone the whole table is in view, Change too: it scrolled out of sight behind a held name column.
    for (const width of [390, 375]) {
      await page.setViewportSize({ width, height: 844 });
      const wrap = page.locator("[data-period-before] .table-wrap");
      expect(await wrap.evaluate((box) => box.scrollWidth - box.clientWidth), `at ${width} px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1360, height: 900 });
    // A week before the seeded traffic there is none: said so, not a column of dashes.
    await openPage(page, fixture.url, "/dashboard?period=7d&by=tier");
    expect(plain(await page.locator("[data-period-before]").textContent())).toContain("No requests in the 7 days before.");
  });
});
