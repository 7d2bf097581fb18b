/**
 * The dashboard over a store full of hostile values (hostile-fixture.ts), in chromium: no script runs on any page (a
 * dialog, console and CSP listener on the page, and `window.__xss` unset), the page never scrolls sideways because
 * of one long value, a bidi override shows as a visible mark everywhere (chart legends included), and long ids and
 * names still open their pages.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchBrowser, type Browser } from "./browser.js";
import { HOSTILE_ADMIN_KEY, HOSTILE_ID, LONG_ID, UNBROKEN, hostile, startHostileFixture, type HostileFixture } from "./hostile-fixture.js";
import { openPage, signIn } from "./sign-in.js";

const LAPTOP = { width: 1360, height: 900 };
const PHONE = { width: 375, height: 812 };
/** Every page, with the hostile values in view. */
const PAGES = [
  "/dashboard",
  "/dashboard?by=task",
  "/dashboard?by=model",
  "/dashboard?by=key",
  "/dashboard/decisions",
  `/dashboard/decisions/${HOSTILE_ID}`,
  `/dashboard/decisions/${LONG_ID}`,
  "/dashboard/models",
  "/dashboard/experiments",
  `/dashboard/experiments/${encodeURIComponent(hostile("experiment"))}`,
  "/dashboard/router",
  "/dashboard/keys",
  "/dashboard/live",
];

describe.skipIf(!chromiumAvailable())("dashboard over a hostile store", () => {
  let fixture: HostileFixture;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    fixture = await startHostileFixture();
    browser = await launchBrowser({ viewport: LAPTOP });
    page = await browser.context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await signIn(page, fixture.url, HOSTILE_ADMIN_KEY);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  /** Opens a page and returns how far it scrolls sideways, after checking nothing ran. */
  const visit = async (path: string) => {
    await openPage(page, fixture.url, path);
    await page.waitForTimeout(200); // charts draw after their ResizeObserver fires
    expect(await page.evaluate("window.__xss"), path).toBeUndefined();
    expect(await page.locator('img[src="x"], main script').count(), path).toBe(0);
    return (await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
  };

  it("runs no script and keeps every page within the window, on a laptop and a phone", { timeout: 150_000 }, async () => {
    for (const size of [LAPTOP, PHONE]) {
      await page.setViewportSize(size);
      for (const path of PAGES) expect(await visit(path), `${path} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(1);
    }
    await page.setViewportSize(LAPTOP);
    // The CSP is the dashboard's own on every page (no inline script could run even if markup got in).
    const response = await page.goto(`${fixture.url}/dashboard/decisions`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(problems).toEqual([]);
  });

  it("keeps every column of the decisions and experiments tables in view on a laptop", async () => {
    for (const path of ["/dashboard/decisions", "/dashboard/experiments", "/dashboard/live"]) {
      await visit(path);
      const overflow = (await page.evaluate(`Math.max(0, ...[...document.querySelectorAll(".table-wrap")].map((wrap) => wrap.scrollWidth - wrap.clientWidth))`)) as number;
      expect(overflow, `${path}: a table scrolls sideways`).toBeLessThanOrEqual(1);
    }
    // The escalation target in the outcome badge is clipped, with the whole name on hover.
    await visit("/dashboard/decisions");
    const badge = page.locator(`tr[data-decision="${LONG_ID}"] .badge`);
    expect((await badge.textContent())?.length ?? Infinity).toBeLessThan(200);
    expect(await badge.getAttribute("title")).toContain(UNBROKEN);
  });

  it("shows bidi overrides and NUL as visible marks in chart legends and tables, not as reordered or hidden text", async () => {
    await visit("/dashboard?by=task");
    const legend = (await page.locator(".u-legend").first().textContent()) ?? "";
    expect(legend).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(legend).toContain("[U+202E]");
    const name = (await page.locator(".chart canvas").first().getAttribute("aria-label")) ?? "";
    expect(name).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await visit(`/dashboard/decisions/${HOSTILE_ID}`);
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).not.toMatch(/[\u0000\u202E]/);
    expect(main).toContain("[U+202E]gnp.exe[U+0000]");
  });

  it("redraws the charts' axis text in the dark scheme's colours when the system switches to dark with the page open", async () => {
    // The brightest red channel among opaque pixels of the value axis's labels (the canvas's left 40 px).
    const brightest = `Math.max(...[...document.querySelectorAll(".chart canvas")].map((canvas) => {
      const data = canvas.getContext("2d").getImageData(0, 0, 40, canvas.height).data;
      let best = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 200) best = Math.max(best, data[i]);
      return best;
    }))`;
    await page.emulateMedia({ colorScheme: "light" });
    await visit("/dashboard");
    expect(await page.evaluate(brightest)).toBeLessThan(130); // --muted #5b6470 on white
    await page.emulateMedia({ colorScheme: "dark" });
    try {
      // --muted is #9aa4b1 in dark: drawn in light's #5b6470 the labels read at 2.9:1 on the dark panel.
      await expect.poll(() => page.evaluate(brightest)).toBeGreaterThan(130);
    } finally {
      await page.emulateMedia({ colorScheme: "light" });
    }
  });

  it("lets a keyboard hide and show a chart's series from its legend (the toggles were mouse-only)", async () => {
    await visit("/dashboard");
    await page.locator("#select-by").focus();
    await page.keyboard.press("Tab");
    const toggle = page.locator(":focus");
    expect(await toggle.evaluate((element) => element.matches(".u-legend th[role=button]"))).toBe(true);
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    const row = toggle.locator("xpath=..");
    await page.keyboard.press("Enter");
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await row.getAttribute("class")).toContain("u-off");
    await page.keyboard.press(" ");
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await row.getAttribute("class")).not.toContain("u-off");
  });

  it("keeps a decision with 10,000-character values to a readable height, each value still whole", async () => {
    await visit(`/dashboard/decisions/${LONG_ID}`);
    const height = (await page.evaluate("document.documentElement.scrollHeight")) as number;
    expect(height).toBeLessThan(8_000);
    // Nothing is cut: the model id is all there (in a box that scrolls).
    expect(await page.locator("main").textContent()).toContain(`model-${UNBROKEN}`);
  });

  it("says a long unknown decision id is not found, and opens an experiment whose name is longer than 100 characters", async () => {
    await visit(`/dashboard/decisions/dec_${"x".repeat(300)}`);
    expect(await page.locator(".empty-title").textContent()).toMatch(/^No decision with id dec_x+/);
    await visit(`/dashboard/experiments/${encodeURIComponent(hostile("experiment"))}`);
    expect(await page.locator("[data-verdict]").count()).toBe(1);
    expect(await page.locator("main [role=alert]").count()).toBe(0);
    // An unknown experiment says so under its heading, with the way back (it was a lone red box).
    await visit("/dashboard/experiments/no-such-experiment");
    expect(await page.locator("main h1").textContent()).toBe("Experiment no-such-experiment");
    expect(await page.locator(".empty-title").textContent()).toContain("No experiment no-such-experiment");
    expect(await page.getByRole("link", { name: "← All experiments" }).count()).toBe(1);
  });

  it("reads odd query strings on the decisions page: a day or ms as since, a duration without a preset, garbage", async () => {
    // A shared link from a day on: the form says Custom from that day (it said "Last hour"), and another filter keeps it.
    await visit("/dashboard/decisions?since=2026-11-01");
    expect(await page.locator("#filter-since").inputValue()).toBe("custom");
    expect(await page.locator("#filter-from").inputValue()).toBe("2026-11-01T01:00"); // UTC midnight in Berlin
    await page.getByLabel("Status").selectOption("served");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/status=served/);
    expect(new URL(page.url()).searchParams.get("since")).toBe("2026-11-01T00:00:00.000Z");
    await visit(`/dashboard/decisions?since=${Date.UTC(2026, 10, 1)}`);
    expect(await page.locator("#filter-from").inputValue()).toBe("2026-11-01T01:00");
    await visit("/dashboard/decisions?since=12h");
    expect(await page.locator("#filter-since").inputValue()).toBe("12h");
    // Garbage says what is wrong and keeps the form to fix it; nothing loads forever, nothing runs.
    for (const [query, said] of [["cursor=garbage", "Invalid cursor"], ["since=garbage", 'Invalid since "garbage"'], ["since=2099-01-01", "is in the future"], ["min_cost_usd=abc", "Invalid min_cost_usd"]] as const) {
      await visit(`/dashboard/decisions?${query}`);
      expect(await page.locator("main [role=alert]").textContent(), query).toContain(said);
      expect(await page.locator("main form.filters").count(), query).toBe(1);
      expect(await page.locator("main .loading").count(), query).toBe(0);
    }
    await visit(`/dashboard/decisions?task=${encodeURIComponent("<script>window.__xss='query'</script>")}&limit=100000000`);
    expect(await page.locator(".empty-title").textContent()).toBe("No decisions match these filters.");
    expect(await page.locator("#filter-task").inputValue()).toBe("<script>window.__xss='query'</script>");
  });

  it("shows a key list that cannot be read inside the key list, and the revoke button's name clipped", async () => {
    await visit("/dashboard/keys");
    const revoke = page.locator("#key-list button.danger.secondary").nth(1);
    expect(await revoke.getAttribute("aria-label")).toMatch(/^Revoke W+…W+$/);
    expect(((await revoke.getAttribute("aria-label")) ?? "").length).toBeLessThan(250);
    // Its confirmation fits a 375 px phone, Revoke button included (the dialog was 392 px wide).
    await page.setViewportSize(PHONE);
    try {
      for (const index of [0, 1]) {
        await page.locator("#key-list button.danger.secondary").nth(index).click();
        const box = await page.locator("dialog[open] button.danger:not(.secondary)").boundingBox();
        expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
        expect(((await page.locator("dialog[open]").boundingBox())?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
        await page.keyboard.press("Escape");
      }
    } finally {
      await page.setViewportSize(LAPTOP);
    }
    const probe = await browser.context.newPage();
    try {
      const failure = "The gateway's storage is unavailable (its decision log and key store are not reachable yet).";
      await probe.route(/\/api\/keys/, (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { message: failure, type: "server_error", code: "storage_unavailable", param: null } }) }));
      await probe.goto(`${fixture.url}/dashboard/keys`);
      await expect.poll(() => probe.locator("#key-list").textContent()).toContain(failure);
      expect(await probe.locator("#key-list h2").textContent()).toBe("Keys");
    } finally {
      await probe.close();
    }
  });
});

describe.skipIf(!chromiumAvailable())("dashboard with a store that is down", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: LAPTOP });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Signs in to a gateway whose Redis or Postgres (port 1: nothing listens) cannot be reached. */
  const withServices = async (services: { redis_url?: string; postgres_url?: string }, check: (page: Page, url: string) => Promise<void>) => {
    const fixture = await startHostileFixture({ empty: true, services });
    const page = await browser.context.newPage();
    try {
      await signIn(page, fixture.url, HOSTILE_ADMIN_KEY);
      await check(page, fixture.url);
    } finally {
      await page.close();
      await browser.context.clearCookies();
      await fixture.close();
    }
  };
  const settled = async (page: Page, url: string, path: string) => {
    await openPage(page, url, path);
    await page.locator("main .loading").waitFor({ state: "detached" });
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text, path).not.toMatch(/NaN|undefined|Invalid Date|\[object/);
    return text;
  };

  it("keeps the overview's spend and traffic when the ledger (Redis) is down, and says the budgets could not be read", async () => {
    await withServices({ redis_url: "redis://127.0.0.1:1" }, async (page, url) => {
      await settled(page, url, "/dashboard");
      expect(await page.locator('[data-figure="spend-today"]').count()).toBe(1);
      expect(await page.locator("main [role=alert]").textContent()).toMatch(/^The budgets could not be read: the spend ledger \(redis\) did not answer\./);
    });
  });

  it("says the circuits' state is unknown on the Models page when the circuit store (Redis) is down, never closed", async () => {
    await withServices({ redis_url: "redis://127.0.0.1:1" }, async (page, url) => {
      await settled(page, url, "/dashboard/models");
      expect(await page.locator("main [role=alert]").textContent()).toMatch(/^The circuit states could not be read: the circuit store \(Redis/);
      const circuits = await page.locator("main tbody tr td:last-child").allTextContents();
      expect(circuits.length).toBeGreaterThan(0);
      expect(new Set(circuits)).toEqual(new Set(["unknown"]));
    });
  });

  it("answers a dashboard link with bad percent-encoding with the dashboard's own page, styled, nothing blocked", async () => {
    await withServices({}, async (page, url) => {
      const blocked: string[] = [];
      page.on("console", (message) => {
        // The document's own 400 is logged too; a blocked stylesheet or icon says "Content Security Policy".
        if (message.type() === "error" && /Content Security Policy|Refused/i.test(message.text())) blocked.push(message.text());
      });
      const response = await page.goto(`${url}/dashboard/decisions/%E0%A4%A`);
      expect(response?.status()).toBe(400);
      expect(await page.locator("main [role=alert]").textContent()).toContain("broken percent-encoding");
      // The stylesheet loaded under the page's CSP (the admin API's default-src 'none' would have blocked it).
      expect(await page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth")).not.toBe("none");
      expect(blocked).toEqual([]);
      await page.locator("main a", { hasText: "Back to the dashboard" }).click();
      await page.waitForURL(`${url}/dashboard`);
    });
  });

  it("says on every page that the decision log and keys (Postgres) cannot be reached, instead of loading forever", { timeout: 150_000 }, async () => {
    await withServices({ postgres_url: "postgres://postgres@127.0.0.1:1/test" }, async (page, url) => {
      for (const path of ["/dashboard", "/dashboard/decisions", "/dashboard/decisions/dec_x", "/dashboard/models", "/dashboard/experiments", "/dashboard/keys", "/dashboard/live"]) {
        await settled(page, url, path);
        await expect.poll(() => page.locator("main [role=alert]").first().textContent(), { message: path }).toContain("storage is unavailable");
        // Every page still says which page it is (a decision's failed before its heading: a lone red box).
        expect(await page.locator("main h1").count(), path).toBe(1);
      }
      // The key list says so in its own panel.
      await settled(page, url, "/dashboard/keys");
      expect(await page.locator("#key-list [role=alert]").count()).toBe(1);
    });
  });
});
