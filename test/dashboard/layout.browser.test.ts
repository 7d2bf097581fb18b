/**
 * The dashboard's layout under long, unbroken names (hostile-fixture.ts), measured in chromium: what the screenshots
 * showed broken stays fixed. A long escalation tier in an Outcome badge squeezed the decisions table's Task, Tier and
 * Model columns to a few characters a line (rows hundreds of pixels tall); a long series name in a chart legend put
 * its colour swatch on a line of its own, away from its label. On a phone the Router page's shadow table scrolled the
 * shadow router's name away from its eight figures. The Decisions filters' labels sat at three heights in one row,
 * since a date field, a text field and a select are drawn at three heights (34, 32 and 31 px).
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const LAPTOP = { width: 1360, height: 900 };
/** A shadow router named by its file, as `routing.shadow: ./candidates/...json` names it. */
const SHADOW = "file:./candidates/adapter-from-the-november-log.json";

/** Auto decisions a shadow router would have routed elsewhere half the time. */
function shadowRecords(now: number) {
  return Array.from({ length: 6 }, (_, index) =>
    makeDecisionRecord({ id: `dec_0000000000000000shadow0${index}`, createdAt: now - 300_000 - index, shadow: { router: SHADOW, tier: index % 2 === 0 ? "premium" : "budget", model: "openai/gpt-5", estimatedCostUsd: 0.002 } }),
  );
}

describe.skipIf(!chromiumAvailable())("dashboard layout with long names", () => {
  useHostileSession({
    fixture: () => ({ records: shadowRecords(Date.now()) }),
    browser: { viewport: LAPTOP },
  });

  it("keeps the decisions table's Task, Tier and Model columns readable beside a long Outcome badge", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    const widths = (await page.evaluate(`(() => {
      const headers = [...document.querySelectorAll("main table thead th")].map((th) => th.textContent);
      return Object.fromEntries(["Task", "Tier", "Model", "Outcome"].map((name) => {
        const column = headers.indexOf(name);
        return [name, Math.min(...[...document.querySelectorAll("main table tbody tr")].map((row) => row.children[column].getBoundingClientRect().width))];
      }));
    })()`)) as Record<string, number>;
    // About twelve characters a line at least: "openai/gpt-5-nano" wrapped, and hostile task names ran three characters a line.
    for (const name of ["Task", "Tier", "Model"]) expect(widths[name], `${name} column`).toBeGreaterThanOrEqual(110);
    expect(widths.Outcome).toBeLessThanOrEqual(340);
    // A clipped badge keeps its whole text on hover.
    const clipped = page.locator("main table tbody .badge", { hasText: "escalated-WWW" });
    expect(await clipped.getAttribute("title")).toContain("escalated-WWW");
  });

  it("keeps each chart legend's colour swatch on the first line of its label", async () => {
    await openPage(page, fixture.url, "/dashboard");
    await page.waitForTimeout(200); // charts draw after their ResizeObserver fires
    const series = (await page.evaluate(`[...document.querySelectorAll(".u-legend .u-series")].map((row) => {
      const marker = row.querySelector(".u-marker").getBoundingClientRect();
      const label = row.querySelector(".u-label");
      const box = label.getBoundingClientRect();
      const lineHeight = Number.parseFloat(getComputedStyle(label).lineHeight) || 20;
      return { label: label.textContent.slice(0, 30), markerTop: marker.top, markerRight: marker.right, labelTop: box.top, labelLeft: box.left, lineHeight };
    })`)) as { label: string; markerTop: number; markerRight: number; labelTop: number; labelLeft: number; lineHeight: number }[];
    expect(series.length).toBeGreaterThan(2);
    for (const one of series) {
      expect(Math.abs(one.markerTop - one.labelTop), `${one.label}: swatch and label start on the same line`).toBeLessThan(one.lineHeight);
      expect(one.markerRight, `${one.label}: swatch beside its label`).toBeLessThanOrEqual(one.labelLeft + 1);
    }
  });

  it("keeps the shadow router's name in view on a 375 px phone while its figures scroll, as on Models", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      const measure = () =>
        page.evaluate(`(() => {
          const wrap = document.querySelector("[data-router-shadow] .table-wrap");
          const box = wrap.getBoundingClientRect();
          const name = wrap.querySelector("tbody th").getBoundingClientRect();
          return { boxLeft: box.left, boxWidth: wrap.clientWidth, nameWidth: wrap.querySelector("th").getBoundingClientRect().width, nameLeft: name.left, page: document.documentElement.scrollWidth - window.innerWidth };
        })()`) as Promise<{ boxLeft: number; boxWidth: number; nameWidth: number; nameLeft: number; page: number }>;
      const start = await measure();
      expect(start.page).toBeLessThanOrEqual(1);
      expect(start.nameWidth / start.boxWidth).toBeLessThanOrEqual(0.5);
      await page.evaluate(`(() => { const wrap = document.querySelector("[data-router-shadow] .table-wrap"); wrap.scrollLeft = wrap.scrollWidth; })()`);
      const end = await measure();
      expect(Math.abs(end.nameLeft - end.boxLeft)).toBeLessThanOrEqual(1);
      expect(await page.locator("[data-router-shadow] tbody th").first().textContent()).toBe(SHADOW);
    } finally {
      await page.setViewportSize(LAPTOP);
    }
  });

  it("lines up the Decisions filters: every field of a row, and its label, at the same height", async () => {
    for (const size of [LAPTOP, { width: 800, height: 900 }]) {
      await page.setViewportSize(size);
      await openPage(page, fixture.url, "/dashboard/decisions?since=24h");
      const fields = (await page.evaluate(`[...document.querySelectorAll(".filters label.field")].map((label) => {
        const control = label.querySelector("input, select").getBoundingClientRect();
        return { name: label.querySelector("span").textContent, labelTop: label.querySelector("span").getBoundingClientRect().top, top: control.top, bottom: control.bottom };
      })`)) as { name: string; labelTop: number; top: number; bottom: number }[];
      // Fields side by side share a row: their boxes overlap vertically.
      const first = fields[0];
      expect(first).toBeDefined();
      const row = fields.filter((field) => first && field.top < first.bottom && field.bottom > first.top);
      expect(row.length, `${size.width} px`).toBeGreaterThanOrEqual(2);
      for (const field of row) {
        expect(Math.abs(field.labelTop - (first?.labelTop ?? 0)), `${field.name} label at ${size.width} px`).toBeLessThanOrEqual(1);
        expect(Math.abs(field.bottom - field.top - ((first?.bottom ?? 0) - (first?.top ?? 0))), `${field.name} height at ${size.width} px`).toBeLessThanOrEqual(1);
      }
    }
    await page.setViewportSize(LAPTOP);
  });
});
