/**
 * Journey 1.3 on a gateway that has served nothing yet (a real gateway on SQLite, Debian's chromium): every page says
 * what to do next rather than showing a table of zeros, and a browser with JavaScript off is told the dashboard
 * needs it rather than reading "Loading…" forever.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";
import { chromiumAvailable, launchBrowser, type Browser } from "./browser.js";
import { ADMIN_KEY, buildDashboardBundle } from "./dashboard-fixture.js";
import { openPage, signIn } from "./sign-in.js";

describe.skipIf(!chromiumAvailable())("dashboard on a gateway with no traffic yet", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-first-run-"));
  let simulator: Simulator;
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    buildDashboardBundle(path.join(dir, "assets"));
    simulator = await createSimulator();
    server = await startServer({
      config: parseConfig({ storage: { sqlite: path.join(dir, "gateway.db") } }),
      catalog: builtinCatalog(),
      env: { SWITCHYARD_ADMIN_KEY: ADMIN_KEY },
      cwd: dir,
      port: 0,
      upstreamUrl: simulator.url,
      keyOptional: true,
      logStream: new Writable({ write: (_chunk, _encoding, callback) => callback() }),
      dashboardAssetsDir: path.join(dir, "assets"),
    });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await simulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says on every page what to do next; the models page gives no share of no traffic", async () => {
    const page = await browser.context.newPage();
    await signIn(page, server.url, ADMIN_KEY);
    for (const route of ["/dashboard", "/dashboard/decisions", "/dashboard/models", "/dashboard/experiments", "/dashboard/router", "/dashboard/keys", "/dashboard/live"]) {
      await openPage(page, server.url, route);
      await page.locator(".empty").first().waitFor();
      expect(await page.locator(".empty").first().textContent(), route).toMatch(/\w/);
    }
    await openPage(page, server.url, "/dashboard/models");
    expect(await page.locator(".empty").textContent()).toContain("No model has been called in this period.");
    // The configured tiers' models are still listed, for their circuits, but with no share of nothing.
    const shares = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(shares.length).toBeGreaterThan(0);
    expect(new Set(shares)).toEqual(new Set(["—"]));
    await page.close();
  });

  it("gives the overview's first request as a command block to copy, left-aligned, one option a line, on a phone", async () => {
    // It was inline code in a centred paragraph: on a phone it broke wherever the line ended ("-" over "H", "-d" apart
    // from its JSON), centred, so it could not be read or copied as one command.
    // A browser of its own: signed in or not by the tests before, it signs in here.
    const own = await launchBrowser({ viewport: { width: 390, height: 844 } });
    const page = await own.context.newPage();
    onTestFinished(() => own.close());
    await signIn(page, server.url, ADMIN_KEY);
    const command = page.locator(".empty pre.command");
    await command.waitFor();
    expect(await page.evaluate(`getComputedStyle(document.querySelector(".empty pre.command")).textAlign`)).toMatch(/^(left|start)$/);
    const text = (await command.textContent()) ?? "";
    const lines = text.split("\n");
    expect(lines[0]).toBe(`curl ${server.url}/v1/chat/completions \\`);
    expect(lines.slice(1).map((line) => line.trim().slice(0, 3))).toEqual(["-H ", "-d "]);
    // Pasted into a shell it is the one command: the line ends continue it.
    expect(text.replace(/ \\\n\s*/g, " ")).toBe(`curl ${server.url}/v1/chat/completions -H 'content-type: application/json' -d '{"model":"switchyard/auto","messages":[{"role":"user","content":"Hello"}]}'`);
    // Nothing sticks out of the box.
    const [inner, outer] = [await command.boundingBox(), await page.locator(".empty", { has: page.locator("pre.command") }).boundingBox()];
    expect((inner?.x ?? 0) + (inner?.width ?? 0)).toBeLessThanOrEqual((outer?.x ?? 0) + (outer?.width ?? 0));
  }, 60_000);

  it("points to the Keys page when only keys carry budgets: 'No budgets configured' told a team that gave each key a budget (journey 1.5) to add one", async () => {
    const created = await fetch(`${server.url}/api/keys`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "team-budgeted", daily_budget_usd: 5 }),
    });
    expect(created.status).toBe(201);
    // A browser of its own: signed in or not by the tests before, it signs in here.
    const own = await launchBrowser();
    const page = await own.context.newPage();
    try {
      await signIn(page, server.url, ADMIN_KEY);
      await openPage(page, server.url, "/dashboard");
      const panel = page.locator("section", { has: page.locator("h2", { hasText: /^Spend against budgets$/ }) });
      await panel.locator(".empty").waitFor();
      const text = (await panel.locator(".empty").textContent()) ?? "";
      expect(text).not.toContain("No budgets configured");
      expect(text).toContain("No budget in switchyard.yaml");
      expect(text).toContain("1 key has a budget of its own");
      await panel.getByRole("link", { name: "Keys & budgets" }).click();
      await page.waitForURL(/\/dashboard\/keys$/);
    } finally {
      await own.close();
    }
  });

  it("without JavaScript signs in through the plain form, then says the dashboard needs JavaScript instead of Loading… forever", async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await signIn(page, server.url, ADMIN_KEY);
      // Playwright's text search skips <noscript>, so the note is found by its place.
      const note = page.locator("noscript p");
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain("The dashboard needs JavaScript");
      expect(await page.getByText("Loading…").isVisible()).toBe(false);
    } finally {
      await noScript.close();
    }
  });
});
