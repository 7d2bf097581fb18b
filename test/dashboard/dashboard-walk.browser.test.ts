/**
 * Defects found walking the dashboard as its users do, in chromium: the route playground's cards broke a task name
 * mid-word ("code_generati" over "on"), a request rejected before routing claimed the classifier had read it, and
 * a From typed on the Decisions page beside a preset range was dropped on Apply without a word, and a chart legend's
 * toggles were named "budget :" (uPlot's colon, drawn even with no value beside it), and a keyboard that stepped
 * through the overview's "Stack by" with the arrow keys lost its place after the first step (the page drew itself
 * again and focus fell to the body, so the next arrow scrolled the page), and a new key's Copy button did nothing
 * on a gateway opened over plain http from another machine (no Clipboard API outside a secure context), and the
 * Live page dropped a keyboard's focus on a decision each time new ones arrived (the table was drawn anew), and Back
 * from a decision opened far down the list went to the top of the list (journey 2.2 opens one after another).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { browser, fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const UNROUTED_ID = "dec_0000000000000000unrouted";

/** A malformed request (no messages): rejected before routing, so no task, tier or difficulty was ever chosen. */
const unrouted = (now: number) =>
  makeDecisionRecord({
    id: UNROUTED_ID,
    createdAt: now - 60_000,
    task: "(none)",
    taskSource: "classified",
    taskConfidence: 0,
    difficulty: "(none)",
    tier: "(none)",
    candidates: [],
    attempts: [],
    model: null,
    outcome: "client_error",
    status: 400,
    errorType: "missing_messages",
    costUsd: 0,
    estimatedCostUsd: 0,
    finishReason: null,
  });

/**
 * Where the text of each `[data-figure]` card breaks onto a new line: "before|after" around each break. A break is
 * fine after a space, "_", "/", ":" or "-"; anywhere else it cut a word (or a version: "gemini-2." over "5-flash").
 */
async function lineBreaks(page: Page, selector: string): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].flatMap((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let index = 0; index < node.data.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0) chars.push({ char: node.data[index], top: Math.round(rect.top) });
      }
    }
    const breaks = [];
    for (let index = 1; index < chars.length; index++)
      if (chars[index].top > chars[index - 1].top + 2) breaks.push(chars.slice(Math.max(0, index - 6), index).map((c) => c.char).join("") + "|" + chars.slice(index, index + 6).map((c) => c.char).join(""));
    return breaks;
  })`)) as string[];
}

describe.skipIf(!chromiumAvailable())("the dashboard as a walk through it finds it", () => {
  useHostileSession({
    fixture: () => {
      const now = Date.now();
      const served = Array.from({ length: 40 }, (_, index) => makeDecisionRecord({ id: `dec_000000000000000000served${String(index).padStart(2, "0")}`, createdAt: now - 120_000 - index * 1_000 }));
      return { empty: true, records: [unrouted(now), ...served] };
    },
    browser: { viewport: { width: 1360, height: 900 } },
  });

  it("breaks the playground's task, tier and model names only between their parts, on a laptop and a phone", async () => {
    for (const viewport of [
      { width: 1360, height: 900 },
      { width: 375, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      for (const task of ["code_generation", "creative_writing", "classification"]) {
        await openPage(page, fixture.url, "/dashboard/playground");
        await page.getByLabel("Prompt").fill("Write a Rust function that parses ISO 8601 dates, with tests.");
        await page.getByLabel("Task").fill(task);
        await page.getByRole("button", { name: "Route it" }).click();
        await page.locator("#playground-result table").waitFor();
        expect(await page.locator('[data-figure="pg-task"]').textContent()).toBe(task);
        const cut = (await lineBreaks(page, "#playground-result .stat-value")).filter((around) => !/[\s_/:-]\|/.test(around));
        expect(cut, `${viewport.width} px, task ${task}`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it("says a request rejected before routing was never classified, instead of a classifier's reading at 0%", async () => {
    await openPage(page, fixture.url, `/dashboard/decisions/${UNROUTED_ID}`);
    const reading = page.locator("section.panel", { has: page.locator("h2", { hasText: "Classifier's reading" }) });
    const text = (await reading.textContent()) ?? "";
    expect(text).not.toContain("the classifier");
    expect(text).not.toContain("0%");
    expect(text).toContain("Not classified: the request was rejected before routing (HTTP 400, missing_messages).");
    const request = page.locator("section.panel", { has: page.locator("h2", { hasText: "Request" }) });
    expect(await request.locator("dt", { hasText: "Tier" }).locator("xpath=following-sibling::dd[1]").textContent()).toBe("none: not routed");
  });

  it("applies a From and To typed beside a preset range as a custom range, instead of dropping them", async () => {
    await openPage(page, fixture.url, "/dashboard/decisions?since=24h");
    const from = page.getByRole("textbox", { name: "From" });
    await from.fill("2026-11-01T08:00");
    expect(await page.locator("#filter-since").inputValue()).toBe("custom");
    await page.getByRole("textbox", { name: "To" }).fill("2026-11-02T08:00");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/since=2026/);
    const applied = new URL(page.url()).searchParams;
    // The browser's zone is Europe/Berlin (browser.ts): 08:00 there is 07:00 UTC.
    expect([applied.get("since"), applied.get("until")]).toEqual(["2026-11-01T07:00:00.000Z", "2026-11-02T07:00:00.000Z"]);
    await page.locator("main .empty, main tr[data-decision]").first().waitFor();
    expect(await page.locator("#filter-since").inputValue()).toBe("custom");
    expect(await from.inputValue()).toBe("2026-11-01T08:00");
  });

  it("names a chart legend's toggles by their series alone, and draws no colon before a value that is not there", async () => {
    await openPage(page, fixture.url, "/dashboard");
    await page.waitForTimeout(200); // the charts draw after their ResizeObserver fires
    const legend = page.locator(".chart .u-legend").first();
    expect(await legend.getByRole("button").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("aria-pressed")))).toEqual(["true", "true"]);
    const snapshot = await legend.ariaSnapshot();
    expect(snapshot).toContain('button "(none)" [pressed]');
    expect(snapshot).toContain('button "budget" [pressed]');
    expect(snapshot).not.toMatch(/:"|Time :/);
    const colons = (await page.evaluate(`[...document.querySelectorAll(".chart .u-legend")[0].querySelectorAll("th")].map((cell) => getComputedStyle(cell, "::after").content)`)) as string[];
    expect(colons.every((content) => content === "none" || content === "normal"), colons.join(" ")).toBe(true);
    // Hovering a bar fills the values in: then each label has its colon again.
    const canvas = page.locator(".chart .u-over").first();
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width - 2, box.y + box.height * 0.5, { steps: 5 });
    await expect.poll(() => page.evaluate(`getComputedStyle(document.querySelector(".chart .u-legend th"), "::after").content`)).toContain(":");
  });

  it("keeps focus on a period or breakdown picker while the arrow keys step through it, and on a filter after Enter", async () => {
    const focused = () => page.evaluate(`document.activeElement?.id ?? ""`);
    await openPage(page, fixture.url, "/dashboard");
    await page.getByLabel("Stack by").focus();
    for (const by of ["model", "task", "key"]) {
      await page.keyboard.press("ArrowDown");
      await page.waitForURL(new RegExp(`by=${by}$`));
      await page.locator(".chart canvas").first().waitFor();
      expect(await focused(), `after stepping to ${by}`).toBe("select-by");
    }
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("select-period");
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(/period=7d/);
    await page.locator("main h2", { hasText: "Last 7 days" }).waitFor();
    expect(await focused()).toBe("select-period");
    await openPage(page, fixture.url, "/dashboard/models");
    await page.getByLabel("Period").focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(/since=/);
    await page.locator("main table").waitFor();
    expect(await focused()).toBe("select-since");
    await openPage(page, fixture.url, "/dashboard/decisions");
    await page.getByLabel("Tier", { exact: true }).fill("budget");
    await page.getByLabel("Tier", { exact: true }).press("Enter");
    await page.waitForURL(/tier=budget/);
    await page.locator("main tr[data-decision]").first().waitFor();
    expect(await focused()).toBe("filter-tier");
  });

  it("copies a new key's secret, or selects it for Ctrl+C, where the browser has no Clipboard API (plain http)", async () => {
    // http://10.0.0.5:8787 is not a secure context: navigator.clipboard is undefined there, as it is made here.
    const insecure = await browser.context.newPage();
    try {
      await insecure.addInitScript("delete Navigator.prototype.clipboard");
      await openPage(insecure, fixture.url, "/dashboard/keys");
      await insecure.getByLabel("Name", { exact: true }).fill("walk-copy");
      await insecure.getByRole("button", { name: "Create key" }).click();
      const secret = insecure.locator("#secret-value");
      await secret.waitFor();
      const copy = insecure.locator(".secret-row").getByRole("button", { name: "Copy" });
      await copy.click();
      const selected = (await insecure.evaluate(`(() => { const input = document.querySelector("#secret-value"); return [document.activeElement === input, input.selectionStart, input.selectionEnd, input.value.length]; })()`)) as unknown[];
      expect(selected.slice(0, 3)).toEqual([true, 0, selected[3]]);
      await expect.poll(() => insecure.locator(".secret-row button").first().textContent()).toMatch(/^(Copied|Selected: press Ctrl\+C)/);
    } finally {
      await insecure.close();
    }
  });

  it("keeps a keyboard's focus on a decision of the Live page when new decisions arrive above it", async () => {
    await openPage(page, fixture.url, "/dashboard/live");
    const rows = page.locator("#live-list tr[data-decision]");
    await rows.first().waitFor();
    const before = await rows.count();
    const id = await rows.first().getAttribute("data-decision");
    await rows.first().locator("a").focus();
    // Served, or (once the key test above has made a key) refused as keyless: logged either way.
    await fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: "Hello from the walk." }] }),
    });
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(before + 1);
    expect(await page.evaluate(`document.activeElement?.closest("tr")?.getAttribute("data-decision") ?? document.activeElement?.tagName`)).toBe(id);
  });

  it("goes Back from a decision to the place in the list it was opened from, not to the top", async () => {
    await page.setViewportSize({ width: 1280, height: 600 });
    try {
      await openPage(page, fixture.url, "/dashboard/decisions");
      const link = page.locator("tr[data-decision] a").nth(30);
      await link.scrollIntoViewIfNeeded();
      const before = (await page.evaluate("window.scrollY")) as number;
      expect(before).toBeGreaterThan(500);
      await link.click();
      await page.locator("main h1", { hasText: "Decision dec_" }).waitFor();
      expect(await page.evaluate("window.scrollY")).toBe(0);
      await page.goBack();
      await page.locator("tr[data-decision]").first().waitFor();
      await expect.poll(() => page.evaluate("window.scrollY")).toBeGreaterThan(before - 40);
      expect(await page.evaluate("window.scrollY")).toBeLessThan(before + 40);
      // Forward again opens the decision at its own top.
      await page.goForward();
      await page.locator("main h1", { hasText: "Decision dec_" }).waitFor();
      expect(await page.evaluate("window.scrollY")).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});
