/**
 * The dashboard's experiments in a real browser: an experiment's verdict and its chart, read on a laptop and a phone.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { admin, chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { EXPERIMENT } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: experiments", () => {
  useDashboardSession({ signedIn: true });

  it("reads an experiment's verdict", async () => {
    await openPage(page, fixture.url, "/dashboard/experiments");
    await page.getByRole("link", { name: EXPERIMENT }).click();
    const verdict = page.locator("[data-verdict]");
    await verdict.waitFor();
    const report = await admin<{ verdict: string }>(`/api/experiments/${EXPERIMENT}/report`);
    // The page writes the sentence with the reader's numbers: in en-GB the same, but for the minus of its tables ("-").
    expect(await verdict.textContent()).toBe(report.verdict.replaceAll("−", "-"));
    expect(report.verdict).toMatch(/cheaper/);
    expect(await page.locator("svg.interval-chart circle").count()).toBeGreaterThan(0);
    // Its rows are in different units, so the axis claims none: only "no change" is labelled.
    expect(await page.locator("svg.interval-chart text.tick").allTextContents()).toEqual(["no change"]);
    // The chart is an image whose name gives what it plots, each row's estimate and interval in its own unit.
    const chart = page.locator("svg.interval-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    const name = (await chart.getAttribute("aria-label")) ?? "";
    expect(name.startsWith(`Variant minus control for ${EXPERIMENT} (`)).toBe(true);
    expect(name).toMatch(/cost change [+-]?\d+\.\d% \([+-]?\d+\.\d% – [+-]?\d+\.\d%\); error rate .+ pt/);
    expect(await page.getByRole("img", { name }).count()).toBe(1);
  });

  it("writes each experiment's share as configured and says what its counts count (a 0.1% canary read '0%' under 'Share')", async () => {
    await page.route(/\/api\/experiments(\?|$)/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { data: { share: number | null }[] };
      const first = body.data[0];
      if (first) first.share = 0.001;
      await route.fulfill({ response, json: body });
    });
    try {
      await openPage(page, fixture.url, "/dashboard/experiments");
      const headers = page.locator("section.panel thead th");
      await headers.first().waitFor();
      expect(await headers.allTextContents()).toEqual(["Experiment", "State", "Variant share", "Control requests", "Variant requests"]);
      expect(await page.locator("section.panel tbody tr").first().locator("th, td").nth(2).textContent()).toBe("0.1%");
    } finally {
      await page.unroute(/\/api\/experiments(\?|$)/);
    }
  });

  it("gives each arm's units and both minimums a verdict needs: the page named only the 30 requests, while too few units held the verdict back", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    await page.locator("[data-verdict]").waitFor();
    const report = await admin<{ min_requests_per_arm: number; min_units_per_arm: number; arms: Record<"control" | "variant", { units: number }> }>(`/api/experiments/${EXPERIMENT}/report`);
    expect(await page.locator("section.verdict .hint").textContent()).toBe(
      `At least ${report.min_requests_per_arm} requests and ${report.min_units_per_arm} assigned units (users, keys or conversations) per arm before a verdict; intervals are 95%.`,
    );
    const arms = page.locator("section.panel:has(h2:text-is('Arms')) table");
    const headers = await arms.locator("th").allTextContents();
    expect(headers.slice(0, 3)).toEqual(["Arm", "Requests", "Units"]);
    const units = await arms.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(units).toEqual([String(report.arms.control.units), String(report.arms.variant.units)]);
  });

  it("shows each experiment's verdict in view on a phone, not as a sixth column off to the right", async () => {
    const { data } = await admin<{ data: { name: string; verdict: string }[] }>("/api/experiments");
    const verdict = (data.find((row) => row.name === EXPERIMENT)?.verdict ?? "").replaceAll("−", "-"); // en-GB's minus, as the page writes it
    expect(verdict).toMatch(/cheaper/);
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, "/dashboard/experiments");
      const edges = (await page.evaluate(`(() => {
        // The innermost element holding the verdict: where its text is laid out.
        const cell = [...document.querySelectorAll("main td, main td *, main tbody th, main tbody th *")].filter((element) => element.textContent.includes(${JSON.stringify(verdict)})).pop();
        return { cell: cell.getBoundingClientRect().toJSON(), box: cell.closest(".table-wrap").getBoundingClientRect().toJSON() };
      })()`)) as { cell: { left: number; right: number }; box: { left: number; right: number } };
      expect(edges.cell.left).toBeGreaterThanOrEqual(edges.box.left);
      expect(edges.cell.right, "the verdict ends inside the box").toBeLessThanOrEqual(edges.box.right + 1);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("keeps the experiment chart readable and wholly in view on a phone (labels shrank to ~7 px; then dots went off-screen)", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      const label = page.locator("svg.interval-chart text.label").first();
      await label.waitFor();
      // The rendered height of a label's glyphs, in CSS pixels.
      expect((await label.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).toBeLessThanOrEqual(1);
      // Every dot, interval and the no-change line in view without scrolling the chart's box (at 560 px the box
      // scrolled, and on a 375 px phone only the first row's dot was on screen).
      const wrap = await page.locator(".interval-wrap").boundingBox();
      const marks = await page.locator("svg.interval-chart circle, svg.interval-chart line, svg.interval-chart text").all();
      expect(marks.length).toBeGreaterThan(4);
      for (const mark of marks) {
        const box = await mark.boundingBox();
        if (!box || box.width + box.height === 0) continue;
        expect(box.x, await mark.evaluate((element) => element.outerHTML)).toBeGreaterThanOrEqual((wrap?.x ?? 0) - 0.5);
        expect(box.x + box.width, await mark.evaluate((element) => element.outerHTML)).toBeLessThanOrEqual((wrap?.x ?? 0) + (wrap?.width ?? 0) + 0.5);
      }
      expect(await page.locator(".interval-wrap").evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("draws the experiment chart across its box on a laptop (it stopped at 640 px, half the panel at 1280 px)", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const chart = page.locator("svg.interval-chart");
    await chart.waitFor();
    const wrap = await page.locator(".interval-wrap").boundingBox();
    const drawn = await chart.boundingBox();
    expect(wrap?.width ?? 0).toBeGreaterThan(1000);
    expect(drawn?.width ?? 0).toBeGreaterThanOrEqual((wrap?.width ?? 0) - 1);
    // Its marks use that width: the no-change line was drawn at most 640 px from the box's left edge.
    const marks = await page.locator("svg.interval-chart circle, svg.interval-chart line").evaluateAll((all) => all.map((mark) => mark.getBoundingClientRect().right));
    expect(Math.max(...marks) - (wrap?.x ?? 0)).toBeGreaterThan(640);
  });

  it("says what the experiment tests: the CLI's report names the share, the traffic and the variant, the page said none of it", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const tests = page.locator("[data-experiment-tests]");
    await tests.waitFor();
    expect(await tests.textContent()).toBe("50% of code_generation requests go to the variant: tier budget. The rest is the control, routed as usual.");
  });

  it("says when an interval has one bound only, as the CLI does, instead of a bare figure beside the others' intervals", async () => {
    // 37 latencies cannot bound a p95 from above at 95%: the API gives its lower bound only, and the CLI writes
    // "83 (≥ 11; too few values for an upper bound)". The page wrote "83 ms", as if it were exact.
    type Estimate = { value: number | null; ci_low: number | null; ci_high: number | null };
    const report = await admin<{ arms: Record<string, { latency_p95_ms: Estimate }> }>(`/api/experiments/${EXPERIMENT}/report`);
    const control = report.arms.control?.latency_p95_ms;
    expect(control?.ci_low).not.toBeNull();
    expect(control?.ci_high).toBeNull();
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const arms = page.locator("section", { has: page.locator("h2", { hasText: /^Arms$/ }) });
    const cell = arms.locator("tbody tr", { hasText: "control" }).locator("th, td").nth(5);
    expect(await cell.textContent()).toBe(`${control?.value} ms (≥ ${control?.ci_low} ms; too few values for an upper bound)`);
  });
});
