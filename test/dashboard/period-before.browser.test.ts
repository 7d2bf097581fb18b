/**
 * The overview's "Against the … before" panel over records a test chose: its changes are what a reader gets
 * subtracting the figures beside them, rounded as the page rounds them (a mean of 0.575 reads "0.58", an error rate of
 * 23 in 80 reads "28.7%"), and scores with no finite mean are badged impossible there as on the card, not a bare "—".
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const HOUR = 3_600_000;
const plain = (text: string | null) => (text ?? "").replace(/[\u2066-\u2069]/g, "").replace(/\u00a0/g, " ").trim();
const figure = (text: string | undefined) => Number((text ?? "").replace(/[−-]/, "-").replace(/[^\d.+-]/g, ""));

/** The last 48 hours: 80 requests, 23 failed, two scores of mean 0.575. The 48 hours before: 80 served, one score 0.5. */
function records(now: number): DecisionRecord[] {
  const id = (prefix: string, index: number) => `dec_0000000000000000${prefix}${String(index).padStart(4, "0")}`;
  const recent = Array.from({ length: 80 }, (_, index) =>
    makeDecisionRecord({
      id: id("pbnw", index),
      createdAt: now - HOUR - index * 60_000,
      ...(index < 23 ? { outcome: "failed" as const, status: 502, errorType: "upstream_error", costUsd: 0 } : {}),
      ...(index === 30 ? { feedbackScore: 0.5 } : index === 31 ? { feedbackScore: 0.65 } : {}),
    }),
  );
  const before = Array.from({ length: 80 }, (_, index) => makeDecisionRecord({ id: id("pbbf", index), createdAt: now - 60 * HOUR - index * 60_000, ...(index === 0 ? { feedbackScore: 0.5 } : {}) }));
  // Eight to nine days ago: scores no finite mean comes of (1e308 each sums past the largest number).
  const unscorable = [0, 1].map((index) => makeDecisionRecord({ id: id("pbin", index), createdAt: now - 200 * HOUR - index * 60_000, feedbackScore: 1e308 }));
  // A hundred days ago, what the 60-day view holds its period against: spend and scores past any real figure.
  const huge = [0, 1].map((index) => makeDecisionRecord({ id: id("pbhg", index), createdAt: now - 2400 * HOUR - index * 60_000, costUsd: 1e9, feedbackScore: 1e300 }));
  return [...recent, ...before, ...unscorable, ...huge];
}

async function panelRows(): Promise<Record<string, string>[]> {
  const section = page.locator("[data-period-before]");
  await section.locator("tbody tr").first().waitFor();
  const headers = (await section.locator("thead th").allTextContents()).map(plain);
  const rows = await section.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((td) => td.textContent ?? "")));
  return rows.map((cells) => Object.fromEntries(headers.map((header, index) => [header, plain(cells[index] ?? "")])));
}

describe.skipIf(!chromiumAvailable())("dashboard overview: the period against the one before it", () => {
  useHostileSession({ fixture: () => ({ empty: true, records: records(Date.now()) }), browser: { viewport: { width: 1280, height: 800 } } });

  it("gives each change as the figures beside it read (it said '+0.07' beside '0.58' and '0.50', '+28.8 pt' beside '28.7%' and '0.0%')", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    const rows = await panelRows();
    const row = (measure: string) => rows.find((cells) => cells.Measure === measure);
    const feedback = row("Mean feedback");
    expect(feedback?.["Last 48 hours"]).toBe("0.58 (2 scores)");
    expect(feedback?.["The 48 hours before"]).toBe("0.50 (1 score)");
    expect(feedback?.Change).toBe("+0.08");
    const errors = row("Error rate");
    expect([errors?.["Last 48 hours"], errors?.["The 48 hours before"]]).toEqual(["28.7%", "0.0%"]);
    expect(errors?.Change).toBe("+28.7 pt");
    // Every difference row: the change is the shown figures' difference.
    for (const measure of ["Saved against premium", "Mean feedback", "Error rate", "Escalation rate"]) {
      const cells = row(measure);
      if (!cells || cells.Change === "—") continue;
      expect(figure(cells.Change), measure).toBeCloseTo(figure(cells["Last 48 hours"]?.split(" (")[0]) - figure(cells["The 48 hours before"]?.split(" (")[0]), 6);
    }
  });

  it("badges a period's scores with no finite mean as impossible, as the card does, not a bare '—' that reads as no scores", async () => {
    await openPage(page, fixture.url, "/dashboard?period=7d");
    const cell = page.locator("[data-period-before] tbody tr", { hasText: "Mean feedback" }).locator("th, td").nth(2);
    expect(await cell.locator("[data-impossible]").textContent({ timeout: 5_000 })).toBe("impossible: not a finite number");
    expect(plain(await cell.textContent())).toContain("(2 scores)");
    expect((await panelRows()).find((cells) => cells.Measure === "Mean feedback")?.Change).toBe("—");
  });

  it("keeps every column in view beside figures past any real one (a mean of 1e300 is 400 digits), at 1280 and 375 px", async () => {
    try {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await openPage(page, fixture.url, "/dashboard?period=60d");
        const rows = await panelRows();
        const shown = (measure: string) => rows.find((cells) => cells.Measure === measure);
        expect(shown("Mean feedback")?.["The 60 days before"]).toMatch(/^1,000,000,\d{3},[\d,]+\.00 \(2 scores\)$/);
        // $0.014 against $2,000,000,000.00 is a fall, not all of it gone: "-100.0%" read as nothing spent.
        expect(shown("Spend")?.Change).toBe("<0.001×");
        if (width === 375) await page.locator("[data-period-before]").screenshot({ path: "/tmp/shots/period-before-huge-375.png" });
        const overflow = await page.locator("[data-period-before] .table-wrap").evaluate((box) => box.scrollWidth - box.clientWidth);
        expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
        const right = await page.locator("[data-period-before] tbody td:last-child").evaluateAll((cells) => Math.max(...cells.map((cell) => cell.getBoundingClientRect().right)));
        expect(right, `at ${width} px`).toBeLessThanOrEqual(width);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
