/**
 * An experiment's report as the team lead reads its verdict (journey 2, round 24): the Arms rows one estimate and one
 * interval high, the chart's rows each on a scale of its own unit, and an interval of no width drawn, not a bare dot;
 * and a decision's id heading on a phone. Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { admin, chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { EXPERIMENT } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

async function armRowHeights(): Promise<number[]> {
  const rows = page.locator("section.panel:has(h2:text-is('Arms')) tbody tr");
  await rows.first().waitFor();
  return rows.evaluateAll((all) => all.map((row) => row.getBoundingClientRect().height));
}

describe.skipIf(!chromiumForTests())("dashboard in chromium: an experiment's report, round 24", () => {
  useDashboardSession({ signedIn: true });

  it("keeps each Arms row two lines high, the estimate over its interval (on a phone they were 135 px, five lines of a p95's words)", async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      await page.locator("section.panel:has(h2:text-is('Arms')) tbody td").first().waitFor();
      const lineHeight = (await page.evaluate(`parseFloat(getComputedStyle(document.querySelector("section.panel tbody td")).lineHeight)`)) as number;
      for (const height of await armRowHeights()) expect(height, `${viewport.width} px`).toBeLessThanOrEqual(2 * lineHeight + 20);
    }
    for (const viewport of [LAPTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      // The interval is still there, whole, under its estimate.
      const cost = page.locator("section.panel:has(h2:text-is('Arms')) tbody tr").first().locator("th, td").nth(3);
      expect(await cost.locator("[data-interval]").textContent()).toMatch(/^\(\$[\d.]+ – \$[\d.]+\)$/);
    }
    await page.setViewportSize(LAPTOP);
  });

  it("fits the Arms table in a laptop's width, so no figure is cut at its edge (the feedback's 'n=25' read 'n=2' at 1360 px)", async () => {
    for (const width of [1280, 1360]) {
      await page.setViewportSize({ width, height: 800 });
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      const wrap = page.locator("section.panel:has(h2:text-is('Arms')) .table-wrap");
      await wrap.locator("tbody td").first().waitFor();
      const [scroll, client] = (await wrap.evaluate((element) => [element.scrollWidth, element.clientWidth])) as [number, number];
      expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
    }
    await page.setViewportSize(LAPTOP);
  });

  it("fits the Arms table in a laptop's width with a deployment's figures too: seconds of latency, a p95 without its upper bound, thousands of scores", async () => {
    // The fixture's latencies are tens of ms; an LLM's are seconds, and "(≥ 9,876 ms; too few values for an upper
    // bound)" on one line made the table 62 px wider than its panel at 1280 px, the feedback column under the edge.
    const seconds = { value: 9876, ci_low: 9001, ci_high: 9999 };
    await page.route(/\/api\/experiments\/[^/]+\/report/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { arms: Record<string, Record<string, unknown>> };
      for (const arm of Object.values(body.arms)) {
        Object.assign(arm, { requests: 123456, units: 12345, latency_p50_ms: seconds, latency_p95_ms: { value: 19876, ci_low: 19876, ci_high: null } });
        arm.cost_per_request_usd = { value: 0.000123, ci_low: 0.000101, ci_high: 0.000149 };
        arm.feedback = { value: 0.85, ci_low: 0.83, ci_high: 0.87, count: 12345 };
      }
      await route.fulfill({ response, json: body });
    });
    try {
      for (const width of [1280, 1360]) {
        await page.setViewportSize({ width, height: 800 });
        await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
        const wrap = page.locator("section.panel:has(h2:text-is('Arms')) .table-wrap");
        await wrap.locator("tbody td").first().waitFor();
        expect(await wrap.locator("tbody tr").first().locator("th, td").nth(5).textContent()).toContain("too few values for an upper bound");
        const [scroll, client] = (await wrap.evaluate((element) => [element.scrollWidth, element.clientWidth])) as [number, number];
        expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
      }
    } finally {
      await page.unroute(/\/api\/experiments\/[^/]+\/report/);
      await page.setViewportSize(LAPTOP);
    }
  });

  it("draws each chart row on a scale of its own unit, its ends labelled in it, never one axis for a % change, points and a mean", async () => {
    await page.setViewportSize(LAPTOP);
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const chart = page.locator("svg.interval-chart");
    await chart.waitFor();
    const ends = await chart.locator("text.row-end").allTextContents();
    // Four rows, two ends each: a cost change in %, two rates in points, feedback in a difference of means.
    expect(ends).toHaveLength(8);
    expect(ends.slice(0, 2).every((end) => end.endsWith("%"))).toBe(true);
    expect(ends.slice(2, 6).every((end) => end.endsWith(" pt"))).toBe(true);
    expect(ends.slice(6).every((end) => /^[+-]\d\.\d+$/.test(end))).toBe(true);
    // Each row's scale reads from a minus to a plus, the feedback row's too (it read "-0.125" to "0.125").
    for (let row = 0; row < 4; row += 1) {
      expect(ends[2 * row], `row ${row}`).toMatch(/^-/);
      expect(ends[2 * row + 1], `row ${row}`).toMatch(/^\+/);
    }
    const feedback = page.locator("section.panel:has(h2:text-is('Variant against control')) tr:has(th:text-is('Mean feedback')) td").nth(0);
    expect(await feedback.textContent()).toMatch(/^-0\.\d{3} \(-0\.\d{3} – [+-]0\.\d{3}\)$/);
    // The feedback row's interval (−0.13 to −0.08 of a mean) used a sliver of an axis stretched to −84%: on its own
    // scale its line is a visible share of the plot.
    const line = await chart.locator("line.ci-3").boundingBox();
    const zero = await chart.locator("line.zero").boundingBox();
    expect(line?.width ?? 0).toBeGreaterThan(60);
    expect((line?.x ?? 0) + (line?.width ?? 0)).toBeLessThan(zero?.x ?? 0);
  });

  it("draws an interval of no width (ends that read the same) as a mark of its own, not a bare dot like a row with no interval, labelled in the verdict's words", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const report = await admin<{ comparison: { cost_change: { ci_low: number; ci_high: number } } }>(`/api/experiments/${EXPERIMENT}/report`);
    // Every cost alike in each arm: an interval a few billionths wide, whose ends read the same.
    expect(report.comparison.cost_change.ci_high - report.comparison.cost_change.ci_low).toBeLessThan(1e-6);
    const chart = page.locator("svg.interval-chart");
    await chart.waitFor();
    const cap = chart.locator("line.ci-0.no-width");
    expect(await cap.count()).toBe(1);
    const box = await cap.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(12);
    // In the verdict's words ("CI 84% at both ends"): the chart said "(both ends)" beside it.
    expect(await chart.locator("text.no-width").textContent()).toMatch(/^CI -84\.\d% at both ends$/);
  });

  it("says a chart row with no estimate has none, rather than leaving its label beside blank space", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    await page.route(/\/api\/experiments\/[^/]+\/report/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { comparison: Record<string, unknown> };
      body.comparison.feedback_difference = { value: null, ci_low: null, ci_high: null };
      await route.fulfill({ response, json: body });
    });
    try {
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      const chart = page.locator("svg.interval-chart");
      await chart.waitFor();
      expect(await chart.locator("text.no-estimate").allTextContents()).toEqual(["no estimate yet: see the table"]);
    } finally {
      await page.unroute(/\/api\/experiments\/[^/]+\/report/);
    }
  });

  it("keeps each dot on its interval when the interval's ends read the same but it is wide on its row's scale", async () => {
    await page.setViewportSize(LAPTOP);
    await page.route(/\/api\/experiments\/[^/]+\/report/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { comparison: Record<string, unknown> };
      // 0.01 to 0.04 points: "0.0 pt" at both ends, but on its own scale (to ±0.04 pt) a quarter to all of the half.
      body.comparison.error_rate_difference = { value: 0.0002, ci_low: 0.0001, ci_high: 0.0004 };
      await route.fulfill({ response, json: body });
    });
    try {
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      const chart = page.locator("svg.interval-chart");
      await chart.waitFor();
      const dot = Number(await chart.locator("circle.point-1").getAttribute("cx"));
      const line = chart.locator("line.ci-1");
      const [x1, x2] = [Number(await line.getAttribute("x1")), Number(await line.getAttribute("x2"))];
      expect(dot).toBeGreaterThanOrEqual(Math.min(x1, x2) - 1);
      expect(dot).toBeLessThanOrEqual(Math.max(x1, x2) + 1);
    } finally {
      await page.unroute(/\/api\/experiments\/[^/]+\/report/);
    }
  });

  it("keeps a decision's id on one line of its own on a phone (it broke mid-id over two lines of the heading)", async () => {
    const { data } = await admin<{ data: { id: string }[] }>("/api/decisions?limit=1");
    const id = data[0]?.id ?? "";
    expect(id).toMatch(/^dec_[0-9a-f]{32}$/);
    await page.setViewportSize(PHONE);
    try {
      await openPage(page, fixture.url, `/dashboard/decisions/${id}`);
      const heading = page.locator("h1");
      expect(await heading.textContent()).toBe(`Decision ${id}`);
      const idBox = page.locator("h1 .record-id");
      // The lines its text lies on (a block's own getClientRects is one box however many lines it wraps to).
      const lines = await idBox.evaluate((element) => {
        const range = element.ownerDocument.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines).toBe(1);
      const box = await idBox.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).toBeLessThanOrEqual(1);
    } finally {
      await page.setViewportSize(LAPTOP);
    }
  });
});
