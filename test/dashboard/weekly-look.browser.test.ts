/**
 * Journey 2 (the team lead, once a week) in chromium against the screenshot fixture's traffic, spread over 40 hours as
 * `npm run screenshots` seeds it: the figures a lead reads side by side agree, are labelled, and are in view on a phone.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { admin, chromiumForTests, figure, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

/** Bidi isolates around the page's numbers (numbers.ts) left out, so texts compare as read. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2066-\u2069]/g, "").trim();

/** The rows of the table under the heading `heading`, each as its header's text to its cell's text. */
async function tableRows(heading: string): Promise<Record<string, string>[]> {
  const section = page.locator("section.panel", { has: page.locator("h2", { hasText: heading }) });
  const headers = (await section.locator("thead th").allTextContents()).map(plain);
  const rows = await section.locator("tbody tr:not(.detail)").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
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
});
