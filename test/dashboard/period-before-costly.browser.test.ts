/**
 * "Against the period before" for requests that cost a great many times the premium price: the share saved read
 * "<-999k%" in both columns with a change of "+25.9 pt" between them, where the card above says "cost 1,599,718× the
 * premium price". The row now says what the card says, and gives no change in points between two such figures.
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 18, 12, 0, 0);
const clock = { now: () => T };

function records(): DecisionRecord[] {
  const at = (prefix: string, count: number, createdAt: number, costUsd: number) =>
    Array.from({ length: count }, (_, index) => makeDecisionRecord({ id: `dec_0000000000000000${prefix}${String(index).padStart(4, "0")}`, createdAt: createdAt - index * 1000, costUsd }));
  return [...at("nown", 3, T - HOUR, 100_000), ...at("befr", 3, T - 60 * HOUR, 50_000)];
}

const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "").replace(/\u00a0/g, " ").trim();

describe.skipIf(!chromiumAvailable())("dashboard overview: the period before, for requests costing many times the premium price", () => {
  useHostileSession({ fixture: () => ({ empty: true, clock, records: records() }), browser: { viewport: { width: 1280, height: 800 } } });

  it("says how many times the premium price each period cost, as the card does, with no change in points", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    const row = page.locator("[data-period-before] tbody tr", { hasText: "Saved against premium" });
    await row.waitFor({ timeout: 5_000 });
    const cells = (await row.locator("th, td").allTextContents()).map(plain);
    const card = plain((await page.locator('[data-figure="savings"] + .stat-note').textContent()) ?? "");
    expect(card).toMatch(/^cost [\d,]+× the premium price$/);
    expect(cells[1]).toBe(card);
    expect(cells[2]).toMatch(/^cost [\d,]+× the premium price$/);
    expect(cells[3]).toBe("—");
  });
});
