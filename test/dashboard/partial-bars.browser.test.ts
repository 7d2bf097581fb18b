/**
 * The overview's charts draw the period its figures were read for, so their first and last bars hold part of their
 * hour (day) only: a short bar there read as a dip in traffic. Each chart says which bars are partial, under it, in
 * its name for a screen reader and in the hovered bar's time. The gateway's clock is the test's (12:30 UTC, 13:30 in
 * the browser's Berlin).
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 18, 12, 30, 0);
const clock = { now: () => T };

/** 10 requests an hour ago, 4 in the 48-hour period's first part-hour, 3 in the 7-day period's first part-day. */
function records(): DecisionRecord[] {
  const at = (prefix: string, count: number, createdAt: number) =>
    Array.from({ length: count }, (_, index) => makeDecisionRecord({ id: `dec_0000000000000000${prefix}${String(index).padStart(4, "0")}`, createdAt: createdAt - index * 1000, costUsd: 0.001 }));
  return [...at("nown", 10, T - HOUR), ...at("edge", 4, T - 47.8 * HOUR), ...at("week", 3, T - 7 * 24 * HOUR + 2 * HOUR)];
}

const plain = (text: string | null) => (text ?? "").replace(/\u00a0/g, " ");

describe.skipIf(!chromiumAvailable())("dashboard overview: the charts' partial first and last bars are labelled", () => {
  useHostileSession({ fixture: () => ({ empty: true, clock, records: records() }), browser: { viewport: { width: 1280, height: 800 } } });

  it("says under each 48-hour chart, and in its name, that the first and last bars are part-hours", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    const note = "Striped bars are part of an hour: the first counts from 13:30 only; the last up to 13:30 (the hour under way). A short bar there is not a dip in traffic.";
    const notes = page.locator("main [data-partial-note]");
    await expect.poll(() => notes.count(), { timeout: 5_000 }).toBe(2);
    expect((await notes.allTextContents()).map(plain)).toEqual([note, note]);
    const canvases = page.locator("main canvas[role=img]");
    for (const label of await canvases.evaluateAll((all) => all.map((canvas) => canvas.getAttribute("aria-label")))) expect(plain(label)).toMatch(new RegExp(`\\. ${note.replace(/[().]/g, "\\$&")}$`));
    // Said once to a screen reader, in the chart's name: the line under it, read after the legend, said it again.
    for (const heading of ["Spend by tier", "Requests by tier"]) {
      const section = page.locator("main section.panel", { has: page.locator("h2", { hasText: heading }) });
      expect((await section.ariaSnapshot()).split("not a dip in traffic").length - 1, heading).toBe(1);
    }
    // Hovering the last bar names its time as a part.
    const plot = page.locator(".chart .u-over").nth(1);
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width - 2, box.y + box.height * 0.5, { steps: 5 });
    const time = page.locator(".u-legend").nth(1).locator("tr.u-series").first().locator(".u-value");
    await expect.poll(async () => plain(await time.textContent()), { timeout: 5_000 }).toMatch(/13:00 \(part\)$/);
  });

  it("says the 7-day chart's first and last bars are part-days, in UTC", async () => {
    await openPage(page, fixture.url, "/dashboard?period=7d");
    const notes = page.locator("main [data-partial-note]");
    await expect.poll(() => notes.count(), { timeout: 5_000 }).toBe(2);
    expect(plain(await notes.first().textContent())).toBe("Striped bars are part of a day: the first counts from 12:30 UTC on 11 Nov only; the last up to 12:30 UTC (today so far). A short bar there is not a dip in traffic.");
  });
});
