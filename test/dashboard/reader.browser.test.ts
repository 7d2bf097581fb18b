/**
 * The dashboard as a demanding reader finds it, in chromium: an experiment's verdict in a German browser (its
 * numbers written as the tables around it write theirs), and a decision that failed on every model it tried (what
 * was tried and why it failed, not a bare "none"; on the overview, a row named for it, not "(none)").
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { HOSTILE_ADMIN_KEY } from "./hostile-fixture.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const MINUTE = 60_000;
const FAILED_ID = "dec_0000000000000000failed01";

/** Forty requests an arm, the variant 40% cheaper; every fourth with feedback (ten an arm, enough to compare). */
function experimentRecords(now: number): DecisionRecord[] {
  return Array.from({ length: 80 }, (_, index) => {
    const arm = index % 2 === 0 ? "control" : "variant";
    return makeDecisionRecord({
      id: `dec_0000000000000000exp${String(index).padStart(5, "0")}`,
      createdAt: now - (index + 2) * MINUTE,
      experiment: "cheaper",
      arm,
      costUsd: (arm === "control" ? 0.001 : 0.0006) * (1 + (index % 5) / 50),
      feedbackScore: index % 4 < 2 ? 0.5 + (index % 3) / 10 : null,
    });
  });
}

/** A request no model answered: a 502 from the first, a timeout (no HTTP status) from the second. */
function failedRecord(now: number): DecisionRecord {
  return makeDecisionRecord({
    id: FAILED_ID,
    createdAt: now - MINUTE,
    candidates: ["openai/gpt-5-nano", "anthropic/claude-sonnet-4.5"],
    attempts: [
      { model: "openai/gpt-5-nano", status: 502, errorType: "http", latencyMs: 300, startedAtMs: now - MINUTE },
      { model: "anthropic/claude-sonnet-4.5", status: 0, errorType: "timeout", latencyMs: 30_000, startedAtMs: now - MINUTE + 300 },
    ],
    model: null,
    outcome: "failed",
    status: 502,
    errorType: "upstream_failed",
    costUsd: 0,
    finishReason: null,
  });
}

const REFUSED_ID = "dec_0000000000000000refused1";

/** A budget refusal: both candidates passed over without a call. */
function refusedRecord(now: number): DecisionRecord {
  return makeDecisionRecord({
    id: REFUSED_ID,
    createdAt: now - 30_000,
    attempts: ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"].map((model) => ({ model, status: 0, errorType: "budget_exceeded", latencyMs: 0 })),
    model: null,
    outcome: "refused",
    status: 429,
    errorType: "budget_exceeded",
    costUsd: 0,
  });
}

describe.skipIf(!chromiumAvailable())("the dashboard for a demanding reader", () => {
  useHostileSession({
    fixture: () => {
      const now = Date.now();
      return { empty: true, records: [...experimentRecords(now), failedRecord(now), refusedRecord(now)] };
    },
    browser: { viewport: { width: 1280, height: 800 }, locale: "de-DE" },
  });

  it("writes an experiment's verdict with the reader's numbers, in the list and on its report", async () => {
    // The gateway's sentence writes "40%" and "0.57" (as the CLI does); beside "40,0 %" in the tables it read as
    // the one English-only text on a German page.
    const sent = (await (await fetch(`${fixture.url}/api/experiments/cheaper/report`, { headers: { authorization: `Bearer ${HOSTILE_ADMIN_KEY}` } })).json()) as { verdict: string };
    expect(sent.verdict).toMatch(/cheaper per request \(CI \d+–\d+%\).*variant 0\.\d\d vs control 0\.\d\d/);
    await openPage(page, fixture.url, "/dashboard/experiments/cheaper");
    const verdict = (await page.locator("[data-verdict]").textContent()) ?? "";
    await openPage(page, fixture.url, "/dashboard/experiments");
    const listed = (await page.locator("main tr.detail", { hasText: "cheaper per request" }).textContent()) ?? "";
    for (const text of [verdict, listed]) {
      expect(text).toMatch(/variant is \d+\s%\s?cheaper per request \(CI \d+–\d+\s%\)/);
      expect(text).toMatch(/variant 0,\d\d vs control 0,\d\d, difference CI [+-]0,\d\d\d to [+-]0,\d\d\d/); // German's minus, as its tables write it
      expect(text).toMatch(/error rate unchanged \(0,0\s% vs 0,0\s%\)/);
      expect(text, "no English decimal point or percent sign glued to a figure").not.toMatch(/\d\.\d|\d%/);
    }
  });

  it("names the shares in a chart's description in the reader's numbers", async () => {
    await openPage(page, fixture.url, "/dashboard");
    await page.waitForTimeout(200); // the charts draw after their ResizeObserver fires
    const label = (await page.locator(".chart canvas").first().getAttribute("aria-label")) ?? "";
    expect(label).toMatch(/largest group budget [\d,]+\s\$ \(100,0\s%\)/);
  });

  it("shows what a decision that failed on every model tried, and why each failed, in the list and on its page", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions?status=failed");
    const row = page.locator(`tr[data-decision="${FAILED_ID}"]`);
    expect(await row.locator("[data-tried]").textContent()).toBe("none; tried openai/gpt-5-nano (HTTP 502), anthropic/claude-sonnet-4.5 (timeout)");
    await openPage(page, fixture.url, `/dashboard/decisions/${FAILED_ID}`);
    expect(await page.locator("dd [data-tried]").textContent()).toBe(
      "none answered; it tried 2 models: openai/gpt-5-nano (HTTP 502); anthropic/claude-sonnet-4.5 (timeout) (attempts)",
    );
    // The timeout is the model's failure (red), not a skipped candidate (amber), though it has no HTTP status.
    const timeout = page.locator("#attempts tr.attempt").nth(1);
    expect(await timeout.locator(".badge").getAttribute("class")).toBe("badge bad");
    expect(await timeout.locator("svg.timeline rect.span").getAttribute("class")).toBe("span error");
  });

  it("says how many candidates a refused decision passed over and why, not that it tried them", async () => {
    // Skips are no calls: "tried A (skipped: budget_exceeded), B (skipped: …)" listed every candidate of a refusal.
    await openPage(page, fixture.url, "/dashboard/decisions?status=refused");
    expect(await page.locator(`tr[data-decision="${REFUSED_ID}"] [data-tried]`).textContent()).toBe("none; 2 skipped (budget_exceeded)");
    await openPage(page, fixture.url, `/dashboard/decisions/${REFUSED_ID}`);
    expect(await page.locator("dd [data-tried]").textContent()).toBe("none answered; 2 candidates skipped (budget_exceeded) (attempts)");
  });

  it("names the overview's model row of requests no model answered, and says why it has no link", async () => {
    // It read "(none)", bare and unlinked, beside linked model ids: a missing model looked like a model called "(none)".
    await openPage(page, fixture.url, "/dashboard?by=model");
    const table = page.locator("section", { has: page.locator("h2", { hasText: /^By model$/ }) });
    await table.locator("tbody tr").first().waitFor();
    expect(await table.locator("tbody th:first-child").allTextContents()).toEqual(["no model answered", "openai/gpt-5-nano"]);
    const row = table.locator("tbody tr").first();
    expect(await row.locator("th, td").nth(1).textContent()).toBe("2"); // the failed and the refused decision
    expect(await row.locator("th:first-child a").count()).toBe(0); // no filter selects a missing model
    expect(await row.locator("th:first-child [title]").getAttribute("title")).toMatch(/refused, failed on every model, or rejected as client errors.*filter Decisions by status/);
  });

  it("follows the link to the attempts to the attempts, on the page it is on", async () => {
    await page.setViewportSize({ width: 1280, height: 420 });
    try {
      await openPage(page, fixture.url, `/dashboard/decisions/${FAILED_ID}`);
      await page.evaluate("document.querySelector('#attempts').dataset.mark = 'same view'");
      await page.locator("dd [data-tried] a", { hasText: "attempts" }).click();
      await expect.poll(() => page.evaluate("Math.round(document.querySelector('#attempts').getBoundingClientRect().top)")).toBeLessThan(420);
      // The browser scrolled to it: the view was not drawn again from the top (which lost the place and the mark).
      expect(await page.evaluate("window.scrollY")).toBeGreaterThan(0);
      expect(await page.locator("#attempts").getAttribute("data-mark")).toBe("same view");
      expect(page.url()).toBe(`${fixture.url}/dashboard/decisions/${FAILED_ID}#attempts`);
      // Back to the top of the same page keeps the view too; another page still draws its own view.
      await page.goBack();
      expect(await page.locator("#attempts").getAttribute("data-mark")).toBe("same view");
      await page.locator('nav a[href="/dashboard/models"]').click();
      await page.locator("main h1", { hasText: "Models" }).waitFor();
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("keeps the tried models in view on a phone, inside the table's box", async () => {
    await page.setViewportSize({ width: 375, height: 700 });
    try {
      await openPage(page, fixture.url, "/dashboard/decisions?status=failed");
      const sideways = (await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
      expect(sideways).toBe(0);
      expect(await page.locator(`tr[data-decision="${FAILED_ID}"] [data-tried]`).isVisible()).toBe(true);
      // Each model id and each reason on one line of its own, not broken at a hyphen ("gpt-5-" over "nano").
      const lines = (await page.evaluate(`[...document.querySelectorAll("[data-tried] > span:not(:first-child)")].map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        return span.textContent + ":" + new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      })`)) as string[];
      expect(lines).toEqual(["openai/gpt-5-nano:1", "(HTTP 502):1", "anthropic/claude-sonnet-4.5:1", "(timeout):1"]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
