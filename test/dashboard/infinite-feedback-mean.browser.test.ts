/**
 * Feedback scores no client can send (1e308 each, from a store edited by hand or a bug) sum past the largest number,
 * so the mean is no finite number, which the API gives as null: the overview's Mean feedback card showed "—", as if
 * nobody had scored anything, beside "2 scores". It is badged impossible, as a NaN cost or confidence is.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumAvailable())("dashboard overview over feedback scores whose mean is no finite number", () => {
  useHostileSession({
    fixture: () => {
      const now = Date.now();
      return {
        empty: true,
        records: [
          makeDecisionRecord({ id: "dec_0000000000000000inffb001", createdAt: now - 60_000, costUsd: 0.01, feedbackScore: 1e308 }),
          makeDecisionRecord({ id: "dec_0000000000000000inffb002", createdAt: now - 120_000, costUsd: 0.01, feedbackScore: 1e308 }),
        ],
      };
    },
    browser: { viewport: { width: 1280, height: 800 } },
  });

  it("badges a mean feedback that is not a number as impossible, not a bare dash that reads as no feedback yet", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    const card = page.locator(".stat", { has: page.locator('[data-figure="mean-feedback"]') }).first();
    expect(await card.locator("[data-impossible]").textContent({ timeout: 5_000 })).toBe("impossible: not a finite number");
    expect(await card.textContent()).toContain("2 scores");
    // The by-tier table's Feedback cell says the same.
    const row = page.locator("section.panel:has(h2:text-is('By tier')) tbody tr").first();
    expect(await row.locator("[data-impossible]").textContent({ timeout: 5_000 })).toBe("impossible: not a finite number");
  });
});
