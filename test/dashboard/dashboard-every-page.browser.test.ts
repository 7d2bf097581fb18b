/**
 * What holds on every page of the dashboard, in a real browser: XSS probes rendered as inert text, an admin API that
 * hangs or cannot be reached said so, a long model id wrapped, a keyboard's skip link, text at WCAG AA contrast in
 * light and dark, and words not broken mid-word.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { admin, browser, chromiumForTests, dialogs, fixture, type Listed, page, problems, useDashboardSession } from "./dashboard-session.js";
import { LONG_MODEL, XSS_KEY_NAME, XSS_MODEL, XSS_PROMPT } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: every page", () => {
  useDashboardSession({ signedIn: true });

  it("renders XSS probes in a stored prompt, a model name and a key name as inert text", async () => {
    const all = await admin<{ data: Listed[] }>("/api/decisions?since=7d&limit=1000");
    const withPrompt = all.data.find((record) => record.prompt?.includes("onerror"));
    expect(withPrompt).toBeDefined();
    await openPage(page, fixture.url, `/dashboard/decisions/${withPrompt?.id ?? ""}`);
    expect(await page.locator("pre[data-prompt]").textContent()).toContain(XSS_PROMPT);

    await openPage(page, fixture.url, `/dashboard/decisions?model=${encodeURIComponent(XSS_MODEL)}`);
    expect(await page.locator("tr[data-decision]").first().textContent()).toContain(XSS_MODEL);
    await openPage(page, fixture.url, "/dashboard/models");
    expect(await page.locator("main").textContent()).toContain(XSS_MODEL);
    // The seeded dead model's circuit is open, until a time shown in the viewer's zone with UTC on hover.
    const dead = page.locator("tr", { hasText: "acme/always-down" });
    expect(await dead.textContent()).toMatch(/open until/);
    expect(await dead.locator("time").getAttribute("title")).toMatch(/UTC$/);

    await openPage(page, fixture.url, "/dashboard/keys");
    expect(await page.locator(".key-name", { hasText: XSS_KEY_NAME }).count()).toBe(1);
    await openPage(page, fixture.url, "/dashboard?by=key");
    expect(await page.locator("main").textContent()).toContain(XSS_KEY_NAME);
    // A hostile name typed into the form comes back in the error message: still text.
    await openPage(page, fixture.url, "/dashboard/keys");
    await page.getByLabel("Name").fill(`<img src=x onerror="window.__xss='form'">`);
    await page.getByRole("button", { name: "Create key" }).click();
    await expect.poll(() => page.locator(".create-key [role=alert]").textContent()).toContain("Invalid key name");

    expect(await page.evaluate("window.__xss")).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]); // no script errors and no CSP violations on any page
  });

  it("says so when the admin API hangs, cannot be reached, or a proxy answers instead, rather than showing a blank or finished-looking page", async () => {
    // A page of its own: its clock is faked (to run out the API timeout) and its /api calls are intercepted.
    const probe = await browser.context.newPage();
    // The first (the overview's panels each have their own).
    const alert = () => probe.locator("main [role=alert]").first().textContent();
    try {
      await probe.clock.install();
      await probe.route(/\/api\//, () => undefined); // never answered: a stuck store
      await probe.goto(`${fixture.url}/dashboard/decisions`, { waitUntil: "commit" });
      await probe.locator("main .loading[role=status]").waitFor();
      await probe.clock.fastForward(31_000);
      await expect.poll(alert).toContain("did not answer within 30 seconds");
      expect(await alert()).toContain("Its storage may be stuck.");
      // What to do: a button that reads the page again (the page's own, not a reload).
      expect(await probe.locator("main [role=alert]").getByRole("button", { name: "Try again" }).count()).toBe(1);
      expect(await probe.locator("main .loading").count()).toBe(0);
      await probe.unrouteAll({ behavior: "ignoreErrors" });

      await probe.route(/\/api\//, (route) => route.fulfill({ status: 502, contentType: "text/html", body: "<html><body><h1>502 Bad Gateway</h1></body></html>" }));
      await probe.goto(`${fixture.url}/dashboard/models`);
      await expect.poll(alert).toContain("was not JSON (HTTP 502");
      // Said once: the proxy's status is in the message, without "The gateway hit an error" (it was not the gateway).
      expect(await alert()).not.toContain("The gateway hit an error");
      await probe.unrouteAll({ behavior: "ignoreErrors" });

      await probe.route(/\/api\//, (route) => route.abort("connectionrefused"));
      await probe.goto(`${fixture.url}/dashboard`);
      await expect.poll(alert).toContain("Could not reach the gateway");
      // A page that does not try again by itself offers to (Live says it tries again: dashboard-journey). The overview's
      // panels each say it, each with its button.
      expect(await alert()).toContain("it may be down or restarting.");
      const retry = probe.locator("main [role=alert]").getByRole("button", { name: "Try again" });
      expect(await retry.count()).toBeGreaterThan(0);
      // It works: with the gateway back, the page reads again in place.
      await probe.unrouteAll({ behavior: "ignoreErrors" });
      await retry.first().click();
      await probe.locator('[data-figure="requests"]').waitFor({ timeout: 10_000 });
      expect(await probe.locator("main [role=alert]").count()).toBe(0);
    } finally {
      await probe.close();
    }
  });

  it("wraps a 250-character model id instead of widening the page or pushing columns out of view, on a laptop and a phone", async () => {
    for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      for (const path of ["/dashboard?by=model", "/dashboard/models", `/dashboard/decisions?model=${encodeURIComponent(LONG_MODEL)}`]) {
        await openPage(page, fixture.url, path);
        expect(await page.locator("main").textContent()).toContain(LONG_MODEL.slice(0, 40));
        const overflow = (await page.evaluate(`({
          page: document.documentElement.scrollWidth - window.innerWidth,
          tables: Math.max(0, ...[...document.querySelectorAll(".table-wrap")].map((wrap) => wrap.scrollWidth - wrap.clientWidth)),
        })`)) as { page: number; tables: number };
        expect(overflow.page, `${path} at ${size.width}px: page wider than the window`).toBeLessThanOrEqual(1);
        // On a laptop every column fits; a phone may scroll a wide table inside its own box.
        if (size.width >= 1000) expect(overflow.tables, `${path} at ${size.width}px: a table scrolls sideways`).toBeLessThanOrEqual(1);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("lets a keyboard skip the navigation: the first Tab stop is a visible Skip to content link", async () => {
    await openPage(page, fixture.url, "/dashboard/models");
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.textContent()).toBe("Skip to content");
    const box = await focused.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0); // on screen once focused
    await page.keyboard.press("Enter");
    expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe("main");
    expect(new URL(page.url()).pathname).toBe("/dashboard/models"); // no page change
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement && document.activeElement.closest('main') !== null")).toBe(true);
  });

  it("keeps text at WCAG AA contrast (4.5:1) on badges, links and buttons, in light and dark", async () => {
    const failures: string[] = [];
    const check = async (selector: string, where: string) => {
      await page.locator(selector).first().waitFor();
      const ratio = Number(await page.evaluate(`(${CONTRAST})(document.querySelector(${JSON.stringify(selector)}))`));
      if (!(ratio >= 4.5)) failures.push(`${where} ${selector}: ${ratio.toFixed(2)}`);
    };
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openPage(page, fixture.url, "/dashboard/decisions");
      for (const selector of ["tr[data-decision] a.mono", ".badge.good", ".badge.warn", "button[type=submit]"]) await check(selector, `${scheme} decisions`);
      await openPage(page, fixture.url, "/dashboard/keys");
      await page.getByRole("button", { name: "Revoke team-search" }).click();
      await check("dialog[open] button.danger:not(.secondary)", `${scheme} revoke dialog`);
      await check("dialog[open] button.secondary", `${scheme} revoke dialog`);
      await page.keyboard.press("Escape");
    }
    await page.emulateMedia({ colorScheme: "light" });
    expect(failures).toEqual([]);
  });

  it("does not break ordinary words mid-word in the decisions and keys tables, on a phone or a laptop", async () => {
    // On a laptop the 250-character model id took the table's width and "budget" broke as "budg et", "creative_writing"
    // over three lines; on a phone the table scrolls sideways instead.
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 812 });
      try {
        await openPage(page, fixture.url, "/dashboard/decisions");
        // Lines each task, tier and short-id cell takes (1 when its words are whole).
        const lines = (await page.evaluate(`Math.max(...[...document.querySelectorAll("tr[data-decision]")].flatMap((row) =>
          [row.children[1].firstElementChild, row.children[2].firstElementChild, row.children[3].firstElementChild].map((cell) => cell.getClientRects().length)))`)) as number;
        expect(lines, `decisions at ${width} px`).toBe(1);
        expect(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).toBeLessThanOrEqual(1);
        await openPage(page, fixture.url, "/dashboard/keys");
        // "budget, mid, standard" may wrap between tiers, never inside one.
        // Lines each word of the tiers cell takes (1 when whole), measured on the rendered text.
        const linesPerWord = (await page.evaluate(`(() => {
          const row = [...document.querySelectorAll("#key-list tr")].find((tr) => tr.textContent.includes("team-support"));
          const text = [...row.querySelectorAll("th span, td span")].find((span) => span.textContent.includes("standard")).firstChild;
          return [...text.data.matchAll(/\\S+/g)].map((word) => {
            const range = document.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          });
        })()`)) as number[];
        expect(linesPerWord, `keys at ${width} px`).toEqual([1, 1, 1]);
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    }
  });

  /**
   * The WCAG contrast ratio of an element's text against the first opaque background behind it (evaluated in the
   * page, on the element).
   */
  const CONTRAST = `(element) => {
    const rgb = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let node = element;
    let background = [255, 255, 255];
    while (node) {
      const parts = rgb(getComputedStyle(node).backgroundColor);
      if (parts.length === 3 || (parts.length === 4 && parts[3] === 1)) { background = parts.slice(0, 3); break; }
      node = node.parentElement;
    }
    const text = rgb(getComputedStyle(element).color).slice(0, 3);
    const [high, low] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    return (high + 0.05) / (low + 0.05);
  }`;
});
