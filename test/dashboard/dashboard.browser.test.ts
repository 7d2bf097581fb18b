/**
 * The dashboard in a real browser (Debian's chromium through playwright-core, one launch for the file) against a
 * real gateway with traffic seeded through /v1 and the simulator: sign-in through the Admin key field, refusal
 * without a session, overview totals against /api/report, filtering decisions and reading attempts, an
 * experiment's verdict, creating and revoking a key, the playground, live updates, and XSS probes rendered inert.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, CHROMIUM, launchBrowser, type Browser } from "./browser.js";
import { ADMIN_KEY, BIDI_PROMPT, EXPERIMENT, LONG_KEY_NAME, LONG_MODEL, XSS_KEY_NAME, XSS_MODEL, XSS_PROMPT, startDashboardFixture, type DashboardFixture } from "./dashboard-fixture.js";
import { openPage, signIn } from "./sign-in.js";

if (!chromiumAvailable()) {
  if (process.env.CI) throw new Error(`No chromium at ${CHROMIUM}; .ci/run installs it with apt-get.`);
  process.stderr.write(`note: no chromium at ${CHROMIUM}; skipping the dashboard browser tests (apt-get install -y chromium).\n`);
}

interface Listed {
  id: string;
  task: string;
  tier: string;
  model: string | null;
  prompt: string | null;
  attempts: { model: string; status: number; errorType: string | null }[];
  outcome: string;
}

describe.skipIf(!chromiumAvailable())("dashboard in chromium", () => {
  let fixture: DashboardFixture;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const dialogs: string[] = [];
  const admin = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${fixture.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const figure = async (name: string) => Number(await page.locator(`[data-figure="${name}"]`).getAttribute("data-value"));

  beforeAll(async () => {
    fixture = await startDashboardFixture();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("console", (message) => {
      // HTTP errors the page handles (401 before sign-in, the refused key name) are expected; anything else is not.
      if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it("refuses without a session: pages redirect to sign-in, data and the bundle answer 401, a wrong key is refused", async () => {
    for (const path of ["/api/report", "/api/decisions", "/api/keys", "/api/overview"]) {
      const response = await fetch(`${fixture.url}${path}`);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { type: string } }).error.type).toBe("authentication_error");
    }
    const shell = await fetch(`${fixture.url}/dashboard/decisions`, { redirect: "manual" });
    expect(shell.status).toBe(302);
    expect(shell.headers.get("location")).toBe("/dashboard/sign-in?next=%2Fdashboard%2Fdecisions");
    expect((await fetch(`${fixture.url}/dashboard/assets/app.js`)).status).toBe(401);
    const forged = await fetch(`${fixture.url}/api/keys`, { headers: { cookie: "switchyard_session=forged" } });
    expect(forged.status).toBe(401);

    await page.goto(`${fixture.url}/dashboard/keys`);
    expect(new URL(page.url()).pathname).toBe("/dashboard/sign-in");
    await page.getByLabel("Admin key", { exact: true }).fill("not-the-admin-key");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("That is not the admin key");
    expect(new URL(page.url()).pathname).toBe("/dashboard/sign-in");
    expect(page.url()).not.toContain("not-the-admin-key");
  });

  it("signs in through the Admin key field with an HttpOnly, SameSite=Strict session cookie; the key is in no URL, storage or log", async () => {
    const label = page.locator('label[for="admin-key"]');
    expect(await label.textContent()).toBe("Admin key");
    expect(await page.locator("#admin-key").getAttribute("type")).toBe("password");
    await signIn(page, fixture.url, ADMIN_KEY);
    await page.locator('[data-figure="requests"]').waitFor();
    const cookies = await browser.context.cookies(fixture.url);
    const session = cookies.find((cookie) => cookie.name === "switchyard_session");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(session?.value).not.toContain(ADMIN_KEY);
    expect(page.url()).not.toContain(ADMIN_KEY);
    expect(await page.evaluate("JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie")).not.toContain(ADMIN_KEY);
    expect(fixture.logs.join("")).not.toContain(ADMIN_KEY);

    // The cookie works for the API, but a cookie-authenticated change from another origin is refused (CSRF).
    const cookie = `switchyard_session=${session?.value ?? ""}`;
    expect((await fetch(`${fixture.url}/api/keys`, { headers: { cookie } })).status).toBe(200);
    const crossSite = await fetch(`${fixture.url}/api/keys`, { method: "POST", headers: { cookie, origin: "https://evil.example", "content-type": "application/json" }, body: JSON.stringify({ name: "csrf" }) });
    expect(crossSite.status).toBe(403);
  });

  it("shows the overview totals /api/report gives for the same period", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const report = await admin<{ total: Record<string, number>; rows: { group: string; client_errors: number }[] }>("/api/report?since=48h&by=tier");
    expect(report.total.requests).toBe(fixture.sent);
    expect(await figure("requests")).toBe(report.total.requests);
    expect(await figure("served")).toBe(report.total.served);
    expect(await figure("refused")).toBe(report.total.refused);
    expect(await figure("failed")).toBe(report.total.failed);
    expect(report.total.refused).toBeGreaterThan(0);
    // The four outcomes on the page add up to the requests (a malformed request is a client error).
    expect(report.total.client_errors).toBeGreaterThan(0);
    expect(await figure("client-errors")).toBe(report.total.client_errors);
    expect((await figure("served")) + (await figure("refused")) + (await figure("failed")) + (await figure("client-errors"))).toBe(await figure("requests"));
    const noneRow = page.locator("tr", { has: page.locator("td:first-child", { hasText: /^\(none\)$/ }) });
    expect(await noneRow.locator("td").nth(5).textContent()).toBe(String(report.rows.find((row) => row.group === "(none)")?.client_errors));
    expect(await figure("cost")).toBeCloseTo(report.total.cost_usd ?? NaN, 12);
    expect(await figure("savings")).toBeCloseTo(report.total.savings_usd ?? NaN, 12);
    expect(await figure("escalation-rate")).toBeCloseTo(report.total.escalation_rate ?? NaN, 12);
    expect(await figure("mean-feedback")).toBeCloseTo(report.total.mean_feedback ?? NaN, 12);
    expect(await figure("latency-p95")).toBe(report.total.latency_p95_ms);
    // Both charts drew (uPlot canvases), stacked by tier; the period switch re-renders from the URL.
    expect(await page.locator(".chart canvas").count()).toBe(2);
    // Each canvas is an image named by what it shows: title, period and range, total, busiest hour, largest groups.
    const charts = page.locator(".chart canvas");
    expect(await charts.evaluateAll((canvases) => canvases.map((canvas) => canvas.getAttribute("role")))).toEqual(["img", "img"]);
    const spendName = (await page.getByRole("img", { name: /^Spend by tier, last 48 hours, hourly \(/ }).getAttribute("aria-label")) ?? "";
    expect(spendName).toMatch(/\): total \$[\d.,]+; busiest hour .+ with \$[\d.,]+; largest groups? .+\(\d+\.\d%\)/);
    const requestsName = (await page.getByRole("img", { name: /^Requests by tier, last 48 hours, hourly \(/ }).getAttribute("aria-label")) ?? "";
    expect(requestsName).toContain(`: total ${(report.total.requests ?? NaN).toLocaleString("en-GB")}; busiest hour `);
    await page.locator("#select-by").selectOption("model");
    await page.waitForURL(/by=model/);
    await page.locator(".u-legend").first().waitFor();
    expect(await page.locator("h2", { hasText: "Spend by model" }).count()).toBe(1);
  });

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

  it("opens the decisions of one task from the overview's table, for the period it shows (journey 2.2)", async () => {
    await openPage(page, fixture.url, "/dashboard?period=60d&by=task");
    const table = page.locator("section", { has: page.locator("h2", { hasText: /^By task$/ }) });
    expect(await table.locator("th").first().textContent()).toBe("Task"); // it said "task", lower case, unlike every other heading
    await table.getByRole("link", { name: "code_generation", exact: true }).click();
    await page.waitForURL(/\/dashboard\/decisions\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ since: "60d", task: "code_generation" });
    await page.locator("tr[data-decision]").first().waitFor();
    expect(await page.locator("#filter-task").inputValue()).toBe("code_generation");
    expect(new Set(await page.locator("tr[data-decision] td:nth-child(3)").allTextContents())).toEqual(new Set(["code_generation"]));
    // By key, a key's row opens its decisions by id (the table shows its name).
    await openPage(page, fixture.url, "/dashboard?by=key");
    const keys = await admin<{ data: { id: string; name: string }[] }>("/api/keys");
    const search = keys.data.find((key) => key.name === "team-search");
    await page.locator("section", { has: page.locator("h2", { hasText: /^By key$/ }) }).getByRole("link", { name: /^team-search/ }).click();
    await page.waitForURL(/key=/);
    expect(new URL(page.url()).searchParams.get("key")).toBe(search?.id);
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

  it("reads an experiment's verdict", async () => {
    await openPage(page, fixture.url, "/dashboard/experiments");
    await page.getByRole("link", { name: EXPERIMENT }).click();
    const verdict = page.locator("[data-verdict]");
    await verdict.waitFor();
    const report = await admin<{ verdict: string }>(`/api/experiments/${EXPERIMENT}/report`);
    expect(await verdict.textContent()).toBe(report.verdict);
    expect(report.verdict).toMatch(/cheaper/);
    expect(await page.locator("svg.interval-chart circle").count()).toBeGreaterThan(0);
    // Its rows are in different units, so the axis claims none: only "no change" is labelled.
    expect(await page.locator("svg.interval-chart text.tick").allTextContents()).toEqual(["no change"]);
    // The chart is an image whose name gives what it plots, each row's estimate and interval in its own unit.
    const chart = page.locator("svg.interval-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    const name = (await chart.getAttribute("aria-label")) ?? "";
    expect(name.startsWith(`Variant minus control for ${EXPERIMENT} (`)).toBe(true);
    expect(name).toMatch(/cost change [+-]?\d+\.\d% \([+-]?\d+\.\d% – [+-]?\d+\.\d%\); error rate .+ pt/);
    expect(await page.getByRole("img", { name }).count()).toBe(1);
  });

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

  it("routes a prompt in the playground without calling upstream", async () => {
    const calls = fixture.simulator.calls.length;
    await openPage(page, fixture.url, "/dashboard/playground");
    await page.getByLabel("Prompt").fill("Write a Python function that reverses a linked list.");
    await page.getByLabel("Tier").fill("mid");
    await page.getByRole("button", { name: "Route it" }).click();
    await page.locator("#playground-result table").waitFor();
    expect(await page.locator('[data-figure="pg-tier"]').textContent()).toBe("mid");
    expect(await page.locator("ol.reasons").textContent()).toContain("The request names the tier mid.");
    expect(fixture.simulator.calls.length).toBe(calls);
  });

  it("shows new decisions live and pauses while the tab is hidden", async () => {
    await openPage(page, fixture.url, "/dashboard/live");
    await page.locator("#live-list tr[data-decision]").first().waitFor();
    const key = await createKey("live-probe");
    const send = async () => {
      const response = await fetch(`${fixture.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ model: "switchyard/tier/budget", messages: [{ role: "user", content: "live?" }] }),
      });
      await response.arrayBuffer();
      return response.headers.get("x-switchyard-decision-id") ?? "";
    };
    const row = (id: string) => page.locator(`#live-list tr[data-decision="${id}"]`);
    const first = await send();
    await row(first).waitFor({ timeout: 8_000 });

    await page.evaluate(hideTab(true));
    expect(await page.locator("#live-state").textContent()).toContain("paused");
    const second = await send();
    await page.waitForTimeout(2_600); // longer than a poll interval
    expect(await row(second).count()).toBe(0);
    await page.evaluate(hideTab(false));
    await row(second).waitFor({ timeout: 8_000 });
  });

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
    const alert = () => probe.locator("main [role=alert]").textContent();
    try {
      await probe.clock.install();
      await probe.route(/\/api\//, () => undefined); // never answered: a stuck store
      await probe.goto(`${fixture.url}/dashboard/decisions`, { waitUntil: "commit" });
      await probe.locator("main .loading[role=status]").waitFor();
      await probe.clock.fastForward(31_000);
      await expect.poll(alert).toContain("did not answer within 30 seconds");
      expect(await probe.locator("main .loading").count()).toBe(0);
      await probe.unrouteAll({ behavior: "ignoreErrors" });

      await probe.route(/\/api\//, (route) => route.fulfill({ status: 502, contentType: "text/html", body: "<html><body><h1>502 Bad Gateway</h1></body></html>" }));
      await probe.goto(`${fixture.url}/dashboard/models`);
      await expect.poll(alert).toContain("was not JSON (HTTP 502");
      await probe.unrouteAll({ behavior: "ignoreErrors" });

      await probe.route(/\/api\//, (route) => route.abort("connectionrefused"));
      await probe.goto(`${fixture.url}/dashboard`);
      await expect.poll(alert).toContain("Could not reach the gateway");
    } finally {
      await probe.close();
    }
  });

  it("keeps a slow page's late answer off the page opened after it", async () => {
    const probe = await browser.context.newPage();
    try {
      await probe.route(/\/api\/overview/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue().catch(() => undefined);
      });
      await probe.goto(`${fixture.url}/dashboard`, { waitUntil: "commit" });
      await probe.locator("main h1", { hasText: "Overview" }).waitFor();
      await probe.getByRole("link", { name: "Models", exact: true }).click();
      await probe.locator("main h1", { hasText: "Models" }).waitFor();
      await probe.waitForTimeout(2_500); // the overview's answer has arrived by now
      expect(await probe.locator("main h1").allTextContents()).toEqual(["Models"]);
      expect(await probe.locator("main").textContent()).not.toContain("Spend against budgets");
    } finally {
      await probe.close();
    }
  });

  it("stops calling the Live page live while its polls fail, and resumes when they succeed", async () => {
    const probe = await browser.context.newPage();
    try {
      await probe.goto(`${fixture.url}/dashboard/live`);
      await probe.locator("#live-list tr[data-decision]").first().waitFor();
      const state = () => probe.locator("#live-state").textContent();
      await probe.route(/\/api\/decisions/, (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { message: "The decision log is unavailable.", type: "server_error", code: "storage_unavailable", param: null } }) }));
      await expect.poll(state, { timeout: 8_000 }).toContain("not updating");
      expect(await probe.locator("main [role=alert]").textContent()).toContain("The decision log is unavailable.");
      await probe.unrouteAll({ behavior: "ignoreErrors" });
      await expect.poll(state, { timeout: 8_000 }).toBe("live");
      expect(await probe.locator("main [role=alert]").count()).toBe(0);
    } finally {
      await probe.close();
    }
  });

  it("sends a page whose session ended to sign-in and back to the same page afterwards", async () => {
    await openPage(page, fixture.url, "/dashboard/live");
    await browser.context.clearCookies(); // the session ends (expiry, a restart, sign-out elsewhere)
    await page.waitForURL(/\/dashboard\/sign-in/, { timeout: 8_000 }); // the next poll gets a 401
    expect(new URL(page.url()).searchParams.get("next")).toBe("/dashboard/live");
    await page.getByLabel("Admin key", { exact: true }).fill(ADMIN_KEY);
    await Promise.all([page.waitForURL(`${fixture.url}/dashboard/live`), page.getByRole("button", { name: "Sign in" }).click()]);
    await page.locator("#live-list tr[data-decision]").first().waitFor();
  });

  it("keeps a typed prompt when the session ends mid-use, with a link to sign in beside the page", async () => {
    // A POST's 401 used to send the page to sign-in at once, and the prompt typed into the playground was gone.
    await openPage(page, fixture.url, "/dashboard/playground");
    const prompt = "Typed before the session ended: write a Rust function that parses ISO 8601 dates, with tests.";
    await page.getByLabel("Prompt").fill(prompt);
    await browser.context.clearCookies();
    await page.getByRole("button", { name: "Route it" }).click();
    const alert = page.locator("#playground-result [role=alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Your session ended, so this was not done");
    expect(page.url()).toBe(`${fixture.url}/dashboard/playground`);
    expect(await page.getByLabel("Prompt").inputValue()).toBe(prompt);
    // Signing in through the link's new tab lets the same button work again.
    const [tab] = await Promise.all([browser.context.waitForEvent("page"), alert.getByRole("link").click()]);
    await tab.getByLabel("Admin key", { exact: true }).fill(ADMIN_KEY);
    await Promise.all([tab.waitForURL(`${fixture.url}/dashboard`), tab.getByRole("button", { name: "Sign in" }).click()]);
    await tab.close();
    await page.getByRole("button", { name: "Route it" }).click();
    await page.locator("#playground-result table").waitFor();
  });

  it("opens the sign-out URL from a link as the server's page with a button; only the button signs out", async () => {
    await openPage(page, fixture.url, "/dashboard/models");
    const session = (await browser.context.cookies(fixture.url)).find((cookie) => cookie.name === "switchyard_session");
    const cookie = `switchyard_session=${session?.value ?? ""}`;
    // A link to the address (a bookmark, a typed URL) loads the server's page, not the app's "Page not found".
    await page.evaluate(`document.querySelector("main").append(Object.assign(document.createElement("a"), { id: "leave", href: "/dashboard/sign-out", textContent: "Leave" }))`);
    await Promise.all([page.waitForURL(`${fixture.url}/dashboard/sign-out`), page.locator("#leave").click()]);
    await expect.poll(() => page.title()).toBe("Sign out · Switchyard");
    expect(await page.getByText("Page not found").count()).toBe(0);
    expect((await fetch(`${fixture.url}/api/keys`, { headers: { cookie } })).status).toBe(200);
    await Promise.all([page.waitForURL(/\/dashboard\/sign-in$/), page.getByRole("button", { name: "Sign out" }).click()]);
    expect((await fetch(`${fixture.url}/api/keys`, { headers: { cookie } })).status).toBe(401);
    await signIn(page, fixture.url, ADMIN_KEY);
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

  it("shows each experiment's verdict in view on a phone, not as a sixth column off to the right", async () => {
    const { data } = await admin<{ data: { name: string; verdict: string }[] }>("/api/experiments");
    const verdict = data.find((row) => row.name === EXPERIMENT)?.verdict ?? "";
    expect(verdict).toMatch(/cheaper/);
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, "/dashboard/experiments");
      const edges = (await page.evaluate(`(() => {
        // The innermost element holding the verdict: where its text is laid out.
        const cell = [...document.querySelectorAll("main td, main td *")].filter((element) => element.textContent.includes(${JSON.stringify(verdict)})).pop();
        return { cell: cell.getBoundingClientRect().toJSON(), box: cell.closest(".table-wrap").getBoundingClientRect().toJSON() };
      })()`)) as { cell: { left: number; right: number }; box: { left: number; right: number } };
      expect(edges.cell.left).toBeGreaterThanOrEqual(edges.box.left);
      expect(edges.cell.right, "the verdict ends inside the box").toBeLessThanOrEqual(edges.box.right + 1);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("keeps the experiment chart readable and wholly in view on a phone (labels shrank to ~7 px; then dots went off-screen)", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, `/dashboard/experiments/${EXPERIMENT}`);
      const label = page.locator("svg.interval-chart text.label").first();
      await label.waitFor();
      // The rendered height of a label's glyphs, in CSS pixels.
      expect((await label.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).toBeLessThanOrEqual(1);
      // Every dot, interval and the no-change line in view without scrolling the chart's box (at 560 px the box
      // scrolled, and on a 375 px phone only the first row's dot was on screen).
      const wrap = await page.locator(".interval-wrap").boundingBox();
      const marks = await page.locator("svg.interval-chart circle, svg.interval-chart line, svg.interval-chart text").all();
      expect(marks.length).toBeGreaterThan(4);
      for (const mark of marks) {
        const box = await mark.boundingBox();
        if (!box || box.width + box.height === 0) continue;
        expect(box.x, await mark.evaluate((element) => element.outerHTML)).toBeGreaterThanOrEqual((wrap?.x ?? 0) - 0.5);
        expect(box.x + box.width, await mark.evaluate((element) => element.outerHTML)).toBeLessThanOrEqual((wrap?.x ?? 0) + (wrap?.width ?? 0) + 0.5);
      }
      expect(await page.locator(".interval-wrap").evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("stacks at most ten series per chart, the smallest groups summed as other, so no two share a colour", async () => {
    await openPage(page, fixture.url, "/dashboard?by=model");
    const report = await admin<{ rows: { group: string }[] }>("/api/report?since=48h&by=model");
    expect(report.rows.length).toBeGreaterThan(10);
    for (const legend of await page.locator(".u-legend").all()) {
      const labels = (await legend.locator(".u-series .u-label").allTextContents()).slice(1); // the first is Time
      expect(labels.length).toBe(10);
      expect(labels.filter((label) => /^other \(\d+ groups\)$/.test(label))).toHaveLength(1);
    }
    // The table below still lists every group.
    expect(await page.locator("section", { has: page.locator("h2", { hasText: /^By model$/ }) }).locator("tbody tr").count()).toBe(report.rows.length);
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

  it("marks a budget spent past its limit as over the limit, not like one at 85%", async () => {
    const probe = await browser.context.newPage();
    try {
      // The real overview, with the global daily budget spent to 160% of its limit (a limit lowered after the spend).
      await probe.route(/\/api\/overview/, async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { budgets: { budget: string; limit_usd: number; spent_usd: number; remaining_usd: number }[] };
        for (const budget of body.budgets) {
          if (budget.budget !== "global/day") continue;
          budget.spent_usd = budget.limit_usd * 1.6;
          budget.remaining_usd = 0;
        }
        await route.fulfill({ response, json: body });
      });
      await probe.goto(`${fixture.url}/dashboard`);
      const over = probe.locator("tr", { hasText: "global/day" });
      await over.waitFor();
      expect(await over.textContent()).toContain("160.0%");
      expect(await over.locator(".badge.bad").textContent()).toBe("over limit");
      // Past the limit the meter is in its worst band (red), which a merely high one (amber) is not.
      expect(await meterBand(over.locator("meter"))).toBe("even-less-good");
      const fine = probe.locator("tr", { hasText: "tier:premium/month" });
      expect(await fine.locator(".badge").count()).toBe(0);
    } finally {
      await probe.close();
    }
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
          const text = [...row.querySelectorAll("td span")].find((span) => span.textContent.includes("standard")).firstChild;
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

  it("keeps a 10 KB key name from taking a phone's whole keys table: its budgets and Revoke stay in reach", async () => {
    // Under overflow-wrap: break-word the clipped 160-character name was one word as wide as the phone: the Name column
    // filled the box and every other column sat off to the right.
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openPage(page, fixture.url, "/dashboard/keys");
      // Where the column after Name starts, against the box's visible right edge: it must start inside, with room.
      const edges = (await page.evaluate(`(() => {
        const cell = document.querySelector("tr[data-key^='team-kkkk'] td");
        return { next: cell.nextElementSibling.getBoundingClientRect().left, box: cell.closest(".table-wrap").getBoundingClientRect().right };
      })()`)) as { next: number; box: number };
      expect(edges.next, `the Prefix column starts at ${edges.next}px, the box ends at ${edges.box}px`).toBeLessThan(edges.box - 24);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
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

  /** Which band of a <meter> its value is in, by the HTML rules (from its attributes). */
  async function meterBand(meter: Locator): Promise<string> {
    const attribute = async (name: string, fallback: number) => {
      const value = await meter.getAttribute(name);
      return value === null ? fallback : Number(value);
    };
    const min = await attribute("min", 0);
    const max = await attribute("max", 1);
    const low = await attribute("low", min);
    const high = await attribute("high", max);
    const optimum = await attribute("optimum", (min + max) / 2);
    const value = await attribute("value", 0);
    const region = (v: number) => (v < low ? "low" : v > high ? "high" : "middle");
    const best = region(optimum);
    const here = region(value);
    if (here === best) return "optimum";
    return (best === "low" && here === "high") || (best === "high" && here === "low") ? "even-less-good" : "suboptimum";
  }

  /** What the browser does when the tab is hidden or shown again (evaluated in the page). */
  function hideTab(hidden: boolean): string {
    return `Object.defineProperty(document, "hidden", { configurable: true, get: () => ${hidden} }); document.dispatchEvent(new Event("visibilitychange"));`;
  }

  async function createKey(name: string): Promise<string> {
    const response = await fetch(`${fixture.url}/api/keys`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ name }),
    });
    return ((await response.json()) as { secret: string }).secret;
  }
});
