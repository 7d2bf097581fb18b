/**
 * The dashboard's keys page in a real browser: creating a key (its secret shown once) and revoking it, budgets that
 * could not be read, and a 10 KB key name kept from taking tables, filters, legends or a phone's screen.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { admin, browser, chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { LONG_KEY_NAME } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: keys", () => {
  useDashboardSession({ signedIn: true });

  it("creates a key (secret shown once) and revokes it after a confirmation", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    await page.getByLabel("Name").fill("browser-made");
    await page.getByLabel("Daily budget (USD)").fill("3");
    await page.getByRole("button", { name: "Create key" }).click();
    const secret = await page.locator("#secret-value").inputValue();
    expect(secret).toMatch(/^sk-sy-/);
    await page.locator('tr[data-key="browser-made"]').waitFor();
    expect(await page.locator('tr[data-key="browser-made"]').textContent()).toContain("left of $3.00");
    const models = () => fetch(`${fixture.url}/v1/models`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await models()).status).toBe(200);
    expect(JSON.stringify(await admin("/api/keys"))).not.toContain(secret);
    await page.reload();
    expect(await page.content()).not.toContain(secret); // shown once: gone after a reload

    await page.getByRole("button", { name: "Revoke browser-made" }).click();
    const dialog = page.locator("dialog[open]");
    expect(await dialog.textContent()).toContain("browser-made");
    await dialog.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect.poll(() => page.locator('tr[data-key="browser-made"]').textContent()).toContain("revoked");
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the gateway caches keys for a second
    expect((await models()).status).toBe(401);
  });

  it("says what goes in Allowed tiers: its placeholder read \"all (or budget, standard)\", with nothing saying how to list them", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    const tiers = page.getByLabel("Allowed tiers");
    expect(await tiers.getAttribute("placeholder")).toBe("all");
    const described = (await page.evaluate(`(() => {
      const input = document.getElementById("key-tiers");
      return (input.getAttribute("aria-describedby") || "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    })()`)) as string;
    expect(await tiers.getAttribute("id")).toBe("key-tiers");
    expect(described).toContain("Allowed tiers: empty for every tier, or the config's tier names separated by commas (such as budget, mid).");
  });

  it("says the budgets could not be read when the ledger fails, instead of claiming spend control is off or a key has no budget", async () => {
    const probe = await browser.context.newPage();
    try {
      const failure = "Budget status is unavailable: the ledger did not answer (storage_unavailable).";
      await probe.route(/\/api\/budgets/, (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { message: failure, type: "server_error", code: "storage_unavailable", param: null } }) }));
      await probe.goto(`${fixture.url}/dashboard/keys`);
      await expect.poll(() => probe.locator("#budget-list").textContent()).toContain(failure);
      expect(await probe.locator("#budget-list").textContent()).not.toContain("not enabled");
      // team-search has a daily budget of $2: its row must not say it has none.
      const row = probe.locator('tr[data-key="team-search"]');
      expect(await row.textContent()).toContain("budget status unavailable");
      expect(await row.textContent()).not.toContain("no key budget");
    } finally {
      await probe.close();
    }
  });

  it("clips a 10 KB key name in tables, filters and chart legends (full name on hover) instead of a page thousands of pixels tall", async () => {
    await openPage(page, fixture.url, "/dashboard/keys");
    const row = page.locator("tr[data-key^='team-kkkk']");
    expect((await row.boundingBox())?.height ?? Infinity).toBeLessThan(200);
    expect(await row.locator(".key-name").getAttribute("title")).toBe(LONG_KEY_NAME);
    expect(await row.locator(".key-name").textContent()).toMatch(/^team-k+…k+-end$/);

    await openPage(page, fixture.url, "/dashboard?by=key");
    for (const legend of await page.locator(".u-legend").all()) expect((await legend.boundingBox())?.height ?? Infinity).toBeLessThan(200);
    const groupRow = page.locator(".table-wrap tr", { hasText: "team-kkkk" });
    expect((await groupRow.boundingBox())?.height ?? Infinity).toBeLessThan(200);

    await openPage(page, fixture.url, "/dashboard/decisions");
    const option = page.locator("#filter-key option", { hasText: "team-kkkk" });
    expect((await option.textContent())?.length ?? Infinity).toBeLessThan(200);
    expect(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).toBeLessThanOrEqual(1);
  });

  it("keeps a 10 KB key name from taking a phone's whole keys table: its budgets and Revoke stay in reach", async () => {
    // Under overflow-wrap: break-word the clipped 160-character name was one word as wide as the phone: the Name column
    // filled the box and every other column sat off to the right.
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, "/dashboard/keys");
      // Where the column after Name starts, against the box's visible right edge: it must start inside, with room.
      const edges = (await page.evaluate(`(() => {
        const cell = document.querySelector("tr[data-key^='team-kkkk'] th");
        return { next: cell.nextElementSibling.getBoundingClientRect().left, box: cell.closest(".table-wrap").getBoundingClientRect().right };
      })()`)) as { next: number; box: number };
      expect(edges.next, `the Prefix column starts at ${edges.next}px, the box ends at ${edges.box}px`).toBeLessThan(edges.box - 24);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("says when every budget starts again in UTC, as the API and the CLI do, on the overview and the keys page", async () => {
    // Budget windows are UTC days: in Berlin (the tests' zone) the local "Dec 4, 01:00" read as a reset at one a.m.
    const rows = await admin<{ data: { budget: string; resets_at: number }[] }>("/api/budgets");
    const resets = new Map(rows.data.map((row) => [row.budget, row.resets_at]));
    expect(resets.get("global/day")).toBe(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1));
    const cells = async (where: string) => {
      await page.locator(`${where} time`).first().waitFor();
      return page.locator(`${where} tr`).evaluateAll((trs) =>
        trs
          .map((tr) => ({ budget: tr.querySelector("th")?.textContent ?? "", time: tr.querySelector("td:last-child time") }))
          .filter((row) => row.time !== null)
          .map((row) => ({ budget: row.budget, text: row.time?.textContent ?? "", at: Date.parse(row.time?.getAttribute("datetime") ?? ""), title: row.time?.getAttribute("title") ?? "" })),
      );
    };
    await openPage(page, fixture.url, "/dashboard/keys");
    // The create form says what its budget fields mean, tied to them for screen readers.
    const hintId = (await page.getByLabel("Daily budget (USD)").getAttribute("aria-describedby")) ?? "";
    const hint = (await page.locator(`#${hintId}`).textContent()) ?? "";
    expect(hint).toContain("US dollars per UTC day or month and start again at 00:00 UTC");
    expect(hint).toContain("0 allows only models that cost nothing (:free ids, the free tier)");
    const onKeys = await cells("#budget-list");
    await openPage(page, fixture.url, "/dashboard");
    const onOverview = await cells("section.panel:has(h2:text-is('Spend against budgets'))");
    for (const shown of [onKeys, onOverview]) {
      expect(shown.length).toBeGreaterThan(0);
      for (const row of shown) {
        expect(row.at, row.budget).toBe(resets.get(row.budget));
        expect(row.text, row.budget).toMatch(/\b00:00 UTC$/);
        expect(row.title, row.budget).toMatch(/^Your time: /);
      }
    }
  });

  it("lists a budget's figures in the overview's order: the keys page put Left before Limit, the overview Limit before Left", async () => {
    const headers = async (where: string) => {
      await page.locator(`${where} thead th`).first().waitFor();
      return (await page.locator(`${where} thead th`).allTextContents()).filter((name) => name !== "Used");
    };
    await openPage(page, fixture.url, "/dashboard");
    const onOverview = await headers("section.panel:has(h2:text-is('Spend against budgets'))");
    await openPage(page, fixture.url, "/dashboard/keys");
    const onKeys = await headers("#budget-list");
    expect(onOverview).toEqual(["Budget", "Left", "Spent", "Reserved", "Limit", "Window", "Resets"]);
    expect(onKeys).toEqual(onOverview);
  });
});
