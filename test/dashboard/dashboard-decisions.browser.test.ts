/**
 * The dashboard's decisions in a real browser: filtering the list and opening one to read its attempts, an answer the
 * quality checks refused, a custom time range, a request refused for a bad key, and a right-to-left override shown as
 * a mark.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { admin, chromiumForTests, fixture, type Listed, page, useDashboardSession } from "./dashboard-session.js";
import { BIDI_PROMPT } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: decisions", () => {
  useDashboardSession({ signedIn: true });

  it("filters decisions by tier and status, and opens one to see its attempts", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions");
    await page.getByLabel("Tier").fill("budget");
    await page.getByLabel("Status").selectOption("served");
    // Suggestions come from the period's data; the key filter lists keys by name.
    expect(await page.locator("#suggest-tier option").evaluateAll((options) => options.map((o) => o.getAttribute("value")))).toContain("budget");
    expect(await page.locator("#filter-key option", { hasText: "team-search" }).count()).toBe(1);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/tier=budget/);
    await page.locator("tr[data-decision]").first().waitFor();
    const listed = await admin<{ data: Listed[] }>("/api/decisions?since=7d&tier=budget&status=served&limit=50");
    const rows = page.locator("tr[data-decision]");
    expect(await rows.count()).toBe(listed.data.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-decision")))).toEqual(listed.data.map((record) => record.id));
    // The short ids shown tell the rows apart (they were all "dec_01a23362…": the id starts with its time).
    const shown = await rows.locator("a.mono").allTextContents();
    expect(new Set(shown).size).toBe(shown.length);
    const failover = listed.data.find((record) => record.attempts.length > 1 && record.attempts[0]?.errorType === "http");
    expect(failover).toBeDefined();
    await page.locator(`tr[data-decision="${failover?.id ?? ""}"] a`).click();
    await page.waitForURL(new RegExp(failover?.id ?? "none"));
    const attempts = page.locator("#attempts tr.attempt");
    await attempts.first().waitFor();
    expect(await attempts.count()).toBe(failover?.attempts.length);
    // The heading counts upstream calls as the list does, and skipped candidates apart.
    expect(await page.locator("#attempts h2").textContent()).toBe(`Attempts (${failover?.attempts.length ?? 0} upstream)`);
    expect(await attempts.nth(0).textContent()).toContain("500");
    expect(await attempts.nth(0).textContent()).toContain(failover?.attempts[0]?.model ?? "?");
    expect(await attempts.nth(1).textContent()).toContain("200");
    expect(await page.locator("ol.chain").textContent()).toContain("not tried: an earlier candidate answered");
    // Why it went where it went: the router's own reasons, as the decision recorded them.
    const reasons = page.locator("[data-reasons] li");
    expect(await reasons.count()).toBeGreaterThan(0);
    expect(await page.locator("[data-reasons]").textContent()).toMatch(/first model of the chain that meets every need/);
  });

  it("marks an answer the quality checks refused as refused, not ok, beside the escalated answer that was used", async () => {
    const listed = await admin<{ data: { id: string; escalatedTo: string | null; attempts: unknown[] }[] }>("/api/decisions?since=7d&limit=200");
    const escalated = listed.data.find((record) => record.escalatedTo !== null && record.attempts.length === 2);
    expect(escalated, "the fixture seeds one escalation").toBeDefined();
    await openPage(page, fixture.url, `/dashboard/decisions/${escalated?.id ?? ""}`);
    const errors = await page.locator("#attempts tbody tr td:nth-child(4)").allTextContents();
    expect(errors).toEqual(["answer refused: empty", "ok"]);
  });

  it("switches from a custom time range back to a preset", async () => {
    const since = new Date(Date.now() - 30 * 3_600_000).toISOString();
    const until = new Date(Date.now() - 3_600_000).toISOString();
    await openPage(page, fixture.url, `/dashboard/decisions?since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}`);
    expect(await page.locator("#filter-since").inputValue()).toBe("custom");
    expect(await page.locator("#filter-from").inputValue()).not.toBe("");
    await page.locator("#filter-since").selectOption("24h");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/since=24h/);
    expect(new URL(page.url()).searchParams.has("until")).toBe(false);
    await page.locator("tr[data-decision]").first().waitFor();
    const listed = await admin<{ data: Listed[] }>("/api/decisions?since=24h&limit=50");
    expect(await page.locator("tr[data-decision]").count()).toBe(listed.data.length);
  });

  it("says a request refused for a bad key had an invalid key, not that the gateway is open", async () => {
    const sentAt = Date.now() - 1_000;
    const refused = await fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer sk-sy-not-a-real-key" },
      body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(refused.status).toBe(401);
    await refused.arrayBuffer();
    // A 401 carries no decision id header; its record is found in the log (written in batches).
    let id = "";
    await expect
      .poll(async () => {
        const list = await admin<{ data: { id: string; status: number; keyId: string | null }[] }>(`/api/decisions?since=${sentAt}&status=refused`);
        id = list.data.find((record) => record.status === 401 && record.keyId === null)?.id ?? "";
        return id;
      })
      .not.toBe("");
    await openPage(page, fixture.url, `/dashboard/decisions/${id}`);
    const key = page.locator("dl.facts dt", { hasText: /^Key$/ }).locator("xpath=following-sibling::dd[1]");
    expect(await key.textContent()).toBe("none: the request's key was missing or not valid");
  });

  it("keeps a failover's reason in view on a phone's one-line row: 'none; tried acme/always-down (HTTP …' hid why", async () => {
    // A title is no help on a touch screen, and this cell exists to say what was tried and why it failed.
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openPage(page, fixture.url, "/dashboard/decisions");
      const cell = page.locator("main tr[data-decision] [data-tried]", { hasText: "acme/always-down" }).first();
      await cell.waitFor();
      const { cut, text } = await cell.evaluate((element) => ({ cut: element.scrollWidth > element.clientWidth + 1, text: element.textContent }));
      expect(text).toContain("(HTTP 503)");
      expect(cut, text ?? "").toBe(false);
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it("shows a right-to-left override in a prompt as a visible mark, not as reordered text", async () => {
    const all = await admin<{ data: Listed[] }>("/api/decisions?since=7d&limit=1000");
    const record = all.data.find((listed) => listed.prompt?.includes("invoice"));
    await openPage(page, fixture.url, `/dashboard/decisions/${record?.id ?? ""}`);
    const shown = await page.locator("pre[data-prompt]").textContent();
    expect(shown).toContain("invoice[U+202E]fdp.exe");
    expect(shown).not.toContain(BIDI_PROMPT);
  });
});
