/**
 * Small things a keyboard or screen-reader user of the dashboard met: the keys table's Revoke column had no header,
 * focus fell to the page after a revoke or after Done on a new key's secret, and an experiment's verdict wrote its
 * minus signs otherwise than the table beside it ("−0.05" over "-84.4%"). Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { EXPERIMENT } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

/** What has focus: its id, else its accessible label, else its tag. */
const focused = () => page.evaluate(`(() => { const e = document.activeElement; return e?.id || e?.getAttribute("aria-label") || e?.tagName || ""; })()`);

async function createKey(name: string): Promise<void> {
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  await page.locator(`tr[data-key="${name}"]`).waitFor();
}

describe.skipIf(!chromiumForTests())("dashboard in chromium: polish", () => {
  useDashboardSession({ signedIn: true });

  it("names the keys table's Revoke column for screen readers", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await page.locator("#key-list table").waitFor();
    const headers = await page.locator("#key-list thead th").allTextContents();
    expect(headers.every((header) => header.trim() !== ""), headers.join(" | ")).toBe(true);
    expect(await page.getByRole("columnheader", { name: "Actions" }).count()).toBe(1);
  });

  it("moves focus to the form's Name field after Done on a new key's secret, not to the page", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await createKey("polish-done");
    await page.locator("#new-secret").getByRole("button", { name: "Done", exact: true }).click();
    await expect.poll(focused).toBe("key-name");
  });

  it("moves focus to another key's Revoke after a revoke, not to the page", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await createKey("polish-revoked");
    await page.getByRole("button", { name: "Revoke polish-revoked" }).click();
    await page.locator("dialog[open]").getByRole("button", { name: "Revoke", exact: true }).click();
    await expect.poll(() => page.locator('tr[data-key="polish-revoked"]').textContent()).toContain("revoked");
    await expect.poll(focused).toMatch(/^Revoke (?!polish-revoked$)/);
  });

  it("writes an experiment's negative figures with one minus sign, the tables' own, in the verdict too", async () => {
    await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
    const verdict = (await page.locator("[data-verdict]").textContent()) ?? "";
    const cost = (await page.locator("tr", { hasText: "Cost per request" }).last().textContent()) ?? "";
    // The variant arm runs a cheaper tier: its cost change is negative, and the feedback's interval starts below zero.
    const tableMinus = /([-−])\d/.exec(cost)?.[1];
    expect(tableMinus, cost).toBeDefined();
    const verdictMinuses = [...verdict.matchAll(/([-−])\d/g)].map((match) => match[1]);
    expect(verdictMinuses.length, verdict).toBeGreaterThan(0);
    expect(new Set(verdictMinuses), verdict).toEqual(new Set([tableMinus]));
  });

  it("keeps the Models table's names in view on a 375 px phone: a narrow name column that stays put while the figures scroll", async () => {
    // Eleven columns in a 324 px box: the name column took the whole box (a 250-character id, "google/gemini-2.5-flash-lite"
    // on one line), only Requests showed beside it, and scrolling to the figures scrolled the names away.
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, "/dashboard/models");
      const measure = () =>
        page.evaluate(`(() => {
          const wrap = document.querySelector("main .table-wrap");
          const box = wrap.getBoundingClientRect();
          const headers = [...wrap.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
          const name = wrap.querySelector("tbody th").getBoundingClientRect();
          return { boxLeft: box.left, boxWidth: wrap.clientWidth, nameWidth: headers[0].width, nameLeft: name.left, inView: headers.filter((rect) => rect.right <= box.right + 1).length, page: document.documentElement.scrollWidth - window.innerWidth };
        })()`) as Promise<{ boxLeft: number; boxWidth: number; nameWidth: number; nameLeft: number; inView: number; page: number }>;
      const start = await measure();
      expect(start.page).toBeLessThanOrEqual(1);
      expect(start.nameWidth / start.boxWidth).toBeLessThanOrEqual(0.5);
      expect(start.inView).toBeGreaterThanOrEqual(3);
      await page.evaluate(`(() => { const wrap = document.querySelector("main .table-wrap"); wrap.scrollLeft = wrap.scrollWidth; })()`);
      const end = await measure();
      expect(Math.abs(end.nameLeft - end.boxLeft)).toBeLessThanOrEqual(1);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("keeps the names of the overview's By tier / model / key tables, of both budget tables, of the keys and of an experiment's arms in view on a 375 px phone, as on Models", async () => {
    // Ten columns: by model, the 250-character id took the whole box, and the names scrolled away with the figures;
    // a budget's name (key:<name>/day) scrolled away from its figures the same way. The Keys table's names took 284 of
    // a phone's 339 px, and scrolling to a key's budget or Revoke left its name behind. An experiment's Arms table
    // (nine columns) scrolled "control" and "variant" away from their error rates and feedback, the figures the
    // verdict is read against.
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      const tables = [...["tier", "model", "key"].map((by) => [`/dashboard?by=${by}`, `By ${by}`]), ["/dashboard", "Spend against budgets"], ["/dashboard/keys", "Budgets"], ["/dashboard/keys", "Keys"], [`/dashboard/experiments/${EXPERIMENT}`, "Arms"]];
      for (const [route = "", heading = ""] of tables) {
        const by = heading;
        await openPage(page, fixture.url, route);
        await page.locator("h2", { hasText: new RegExp(`^${heading}$`) }).waitFor();
        const measure = () =>
          page.evaluate(`(() => {
            const section = [...document.querySelectorAll("main section")].find((s) => s.querySelector("h2")?.textContent === ${JSON.stringify(heading)});
            const wrap = section.querySelector(".table-wrap");
            const box = wrap.getBoundingClientRect();
            const headers = [...wrap.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
            const names = [...wrap.querySelectorAll("tbody th:first-child")].map((td) => td.getBoundingClientRect());
            return { boxLeft: box.left, boxWidth: wrap.clientWidth, nameWidth: headers[0].width, namesLeft: names.map((n) => n.left), inView: headers.filter((rect) => rect.right <= box.right + 1).length, page: document.documentElement.scrollWidth - window.innerWidth };
          })()`) as Promise<{ boxLeft: number; boxWidth: number; nameWidth: number; namesLeft: number[]; inView: number; page: number }>;
        const start = await measure();
        expect(start.page, by).toBeLessThanOrEqual(1);
        expect(start.nameWidth / start.boxWidth, by).toBeLessThanOrEqual(0.5);
        // The keys' second column is a 100 px secret prefix: the name and it fill a phone, the third starts past it.
        expect(start.inView, by).toBeGreaterThanOrEqual(heading === "Keys" ? 2 : 3);
        await page.evaluate(`(() => {
          const section = [...document.querySelectorAll("main section")].find((s) => s.querySelector("h2")?.textContent === ${JSON.stringify(heading)});
          const wrap = section.querySelector(".table-wrap");
          wrap.scrollLeft = wrap.scrollWidth;
        })()`);
        const end = await measure();
        for (const left of end.namesLeft) expect(Math.abs(left - end.boxLeft), by).toBeLessThanOrEqual(1);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("says 'Page not found' for a dashboard path that names no page, opened afresh or reached inside the app", async () => {
    // The server answered /dashboard/nope with the app and a 200, /dashboard/models/x with the Models page.
    for (const path of ["/dashboard/nope", "/dashboard/models/x"]) {
      const response = await page.goto(`${fixture.url}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(await page.title()).toBe("Page not found · Switchyard");
      expect(await page.getByRole("alert").textContent()).toContain(`There is no dashboard page at ${path}.`);
    }
    await openPage(page, fixture.url, "/dashboard/models");
    await page.evaluate(`(() => { history.pushState(null, "", "/dashboard/models/x"); dispatchEvent(new PopStateEvent("popstate")); })()`);
    await expect.poll(() => page.title()).toBe("Page not found · Switchyard");
    expect(await page.locator("main").getByRole("alert").textContent()).toContain("There is no dashboard page at /dashboard/models/x.");
  });
});
