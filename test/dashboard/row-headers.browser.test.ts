/**
 * Every table's rows are announced by what they are: the first cell of each data row is a row header
 * (`<th scope="row">`, role rowheader), so a screen reader reading "$0.40" says whose it is ("premium"), not only
 * the column's name. Every page with a table, over the seeded traffic spread over two days (the Router page's tables,
 * empty here, are read by layout.browser.test.ts).
 */
import { describe, expect, it } from "vitest";
import { EXPERIMENT } from "./dashboard-fixture.js";
import { admin, chromiumForTests, fixture, type Listed, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

interface TableCheck {
  rows: number;
  /** Rows whose first cell is not a row header, as "page: first cell's tag and text". */
  wrong: string[];
  /** How many row headers the accessibility tree holds. */
  headers: number;
}

async function check(path: string): Promise<TableCheck> {
  await openPage(page, fixture.url, path);
  await page.locator("main table tbody tr").first().waitFor({ state: "attached", timeout: 10_000 }).catch(() => undefined);
  const found = (await page.evaluate(`(() => {
    const rows = [...document.querySelectorAll("main .table-wrap > table > tbody > tr:not(.detail)")];
    const wrong = rows.map((tr) => tr.firstElementChild).filter((cell) => !(cell.tagName === "TH" && cell.getAttribute("scope") === "row")).map((cell) => cell.tagName + " " + (cell.textContent || "").slice(0, 40));
    return { rows: rows.length, wrong };
  })()`)) as Omit<TableCheck, "headers">;
  return { ...found, headers: await page.getByRole("rowheader").count() };
}

describe.skipIf(!chromiumForTests())("dashboard in chromium: row headers on every table", () => {
  useDashboardSession({ signedIn: true, spread: true });

  it("makes the first cell of every data row its row header, on every page with a table", async () => {
    const decision = (await admin<{ data: Listed[] }>("/api/decisions?since=7d&limit=1")).data[0];
    const paths = ["/dashboard?period=48h", "/dashboard?period=7d&by=model", "/dashboard/decisions", `/dashboard/decisions/${decision?.id ?? ""}`, "/dashboard/live", "/dashboard/models", "/dashboard/keys", "/dashboard/experiments", `/dashboard/experiments/${EXPERIMENT}`];
    for (const path of paths) {
      const seen = await check(path);
      expect(seen.rows, path).toBeGreaterThan(0);
      expect(seen.wrong, path).toEqual([]);
      expect(seen.headers, path).toBe(seen.rows);
    }
  }, 120_000);

  it("names a budget's figures by its row: the global daily budget's Left cell is read under 'global/day'", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const row = page.getByRole("row", { name: /global\/day/ });
    expect(await row.getByRole("rowheader").textContent({ timeout: 5_000 })).toBe("global/day");
  });
});
