/**
 * The overview's cards over a log whose rows hold impossible or extreme values (a feedback score of 5 on a 0–1 scale,
 * a spend thousands of times the premium price): the figures shown as they are, and said what is wrong with them; and
 * a budget's meter read out in the reader's own numbers.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const IMPOSSIBLE_ID = "dec_0000000000000000imp00003";
/** In the cards' 48 hours: a cost of minus a million dollars, and a NaN cost with an infinite latency. */
const REFUND_ID = "dec_0000000000000000imp00004";
const NAN_ID = "dec_0000000000000000imp00005";
/** Ten days old (out of the cards): a NaN confidence and NaN token counts. */
const NAN_READING_ID = "dec_0000000000000000imp00006";

describe.skipIf(!chromiumAvailable())("dashboard overview over impossible figures, in a German browser", () => {
  useHostileSession({
    fixture: () => {
      const now = Date.now();
      const records = [
        makeDecisionRecord({ id: "dec_0000000000000000imp00001", createdAt: now - 60_000, costUsd: 500, feedbackScore: 5 }),
        makeDecisionRecord({ id: "dec_0000000000000000imp00002", createdAt: now - 120_000, costUsd: 500, feedbackScore: 4 }),
        // A row no gateway writes (a store edited by hand, a bug): every measure below its floor, the confidence −200%;
        // ten days old, out of the cards' 48 hours.
        makeDecisionRecord({ id: REFUND_ID, createdAt: now - 180_000, costUsd: -1e6 }),
        makeDecisionRecord({ id: NAN_ID, createdAt: now - 240_000, costUsd: Number.NaN, latencyMs: Number.POSITIVE_INFINITY }),
        makeDecisionRecord({ id: NAN_READING_ID, createdAt: now - 10 * 86_400_000 - 1, taskConfidence: Number.NaN, inputTokens: Number.NaN, outputTokens: Number.NaN }),
        makeDecisionRecord({ id: IMPOSSIBLE_ID, createdAt: now - 10 * 86_400_000, costUsd: -0.25, estimatedCostUsd: -1, inputTokens: -40, outputTokens: -7, latencyMs: -300, timeToFirstTokenMs: -20, taskConfidence: -2, feedbackScore: -3 }),
      ];
      return { empty: true, records };
    },
    browser: { viewport: { width: 1280, height: 800 }, locale: "de-DE" },
  });

  it("says how many times the premium price a spend far above it cost, and that a mean off the 0–1 scale is off it", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    const saved = await page.locator(".stat", { has: page.locator('[data-figure="savings"]') }).first().textContent();
    // It read "<-999.000 % of premium".
    expect(saved).not.toContain("999");
    expect(saved).toMatch(/cost [\d.]+× the premium price/);
    const feedback = page.locator(".stat", { has: page.locator('[data-figure="mean-feedback"]') }).first();
    // The mean is shown as it is (never hidden), with what is wrong with it.
    expect(await feedback.locator('[data-figure="mean-feedback"]').getAttribute("data-value")).toBe("4.5");
    expect(await feedback.textContent()).toContain("outside 0–1");
  });

  it("gives a budget's meter a text for screen readers in the reader's numbers and currency, not its raw value", async () => {
    // The ledger's spend of the global $5 day budget set to $4.65 (the records above are the log's, not the ledger's).
    await page.route(/\/api\/overview/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { budgets: { budget: string; spent_usd: number; remaining_usd: number }[] };
      for (const budget of body.budgets) Object.assign(budget, { spent_usd: 4.65, remaining_usd: 0.35 });
      await route.fulfill({ response, json: body });
    });
    try {
      await openPage(page, fixture.url, "/dashboard");
      const meter = page.locator("tr", { hasText: "global/day" }).locator("meter");
      // A screen reader read the raw value ("0.93", "0.001036685": a dot even in a German browser) as the meter's value.
      // (German writes a no-break space before "%" and "$".)
      expect((await meter.getAttribute("aria-valuetext"))?.replace(/[\u00a0\u202f]/g, " ")).toBe("93,0 % of the limit used: 4,65 $ of 5,00 $");
    } finally {
      await page.unrouteAll({ behavior: "ignoreErrors" });
    }
  });

  it("flags a decision's impossible values (negative cost, tokens, latency; a confidence or score off 0–1) and still shows them", async () => {
    await openPage(page, fixture.url, `/dashboard/decisions/${IMPOSSIBLE_ID}`);
    const value = async (label: string) => ((await page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
    // Shown as stored, in German numbers, each said to be impossible (it read as a real refund, a real 300 ms).
    expect(await value("Actual")).toMatch(/^-0,25 \$ .*impossible/);
    expect(await value("Estimated \\(worst case\\)")).toMatch(/^-1,00 \$ .*impossible/);
    expect(await value("Tokens in / out")).toMatch(/^-40 \/ -7 .*impossible/);
    expect(await value("Total latency")).toMatch(/^-300 ms.*impossible/);
    expect(await value("First token")).toMatch(/^-20 ms.*impossible/);
    expect(await value("Confidence")).toMatch(/^-200 %.*impossible/);
    expect(await value("Score")).toMatch(/^-3,00.*impossible/);
    // A possible value is not flagged.
    expect(await value("Task")).not.toContain("impossible");
  });

  it("leaves impossible records out of the period's spend and latency, and says how many it left out", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    const spend = page.locator('[data-figure="cost"]').first();
    // Summed in, the refund of a million dollars made the spend "-999.000,00 $".
    expect(await spend.getAttribute("data-value")).toBe("1000");
    expect(await page.locator("[data-impossible-count]").getAttribute("data-impossible-count")).toBe("2");
    expect(await page.locator("[data-impossible-count]").textContent()).toContain("2 requests in this period hold an impossible cost, token count or latency");
    expect(await page.locator('[data-figure="requests"]').first().getAttribute("data-value")).toBe("4");
  });

  it("badges a NaN cost and an infinite latency as impossible: they read as a free request", async () => {
    await openPage(page, fixture.url, `/dashboard/decisions/${NAN_ID}`);
    const value = async (label: string) => (await page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
    expect(await value("Actual")).toMatch(/^— impossible: not a finite number/);
    expect(await value("Total latency")).toMatch(/^— impossible: not a finite number/);
    expect(await value("Tokens in / out")).not.toContain("impossible");
  });

  it("badges a NaN confidence and NaN token counts as impossible: the confidence read as a bare dash, a reading not made", async () => {
    await openPage(page, fixture.url, `/dashboard/decisions/${NAN_READING_ID}`);
    const value = async (label: string) => (await page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
    expect(await value("Confidence")).toMatch(/^— impossible: not a finite number/);
    expect(await value("Tokens in / out")).toMatch(/impossible: not a finite number/);
  });
});
