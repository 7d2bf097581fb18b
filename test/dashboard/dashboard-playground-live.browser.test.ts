/**
 * The dashboard's playground and Live page in a real browser: routing a prompt without calling upstream, new
 * decisions shown live (paused while the tab is hidden), and the Live page saying so while its polls fail.
 * Shared setup: `dashboard-session.ts`.
 */
import { describe, expect, it } from "vitest";
import { browser, chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { ADMIN_KEY } from "./dashboard-fixture.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumForTests())("dashboard in chromium: playground and live", () => {
  useDashboardSession({ signedIn: true });

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
    // The chain's rows are named for a screen reader ("Candidate 1"), under a column header that says what the number is ("#" did not).
    const chain = page.locator("#playground-result table");
    expect(await chain.getByRole("columnheader").first().textContent()).toBe("Candidate");
    expect(await chain.getByRole("rowheader").first().textContent()).toBe("Candidate 1");
    expect(await chain.locator("tbody th[scope=row]").count()).toBe(await chain.locator("tbody tr").count());
  });

  it("routes a playground request with every capability and the chat fields that change its worst case", async () => {
    await openPage(page, fixture.url, "/dashboard/playground");
    await page.getByLabel("Prompt").fill("Look up today's euro rate.");
    await page.getByLabel("Model").fill("openai/gpt-5-nano");
    await page.getByRole("button", { name: "Route it" }).click();
    await page.locator("#playground-result table").waitFor();
    const worstCase = async () => Number((await page.locator("#playground-result table tbody tr").first().locator("th, td").nth(3).textContent())?.replace(/[^0-9.]/g, ""));
    const plain = await worstCase();
    await page.getByLabel("Other request fields (JSON, optional)").fill('{"plugins": [{"id": "web"}]}');
    await page.getByLabel("structured_outputs").check();
    await page.getByRole("button", { name: "Route it" }).click();
    await expect.poll(() => page.locator("ol.reasons").textContent()).toContain("switchyard.requires asks for structured_outputs");
    // The web plugin's five results, billed beside the tokens, now show in the chain's worst case.
    expect((await worstCase()) - plain).toBeGreaterThanOrEqual(0.02);
    await page.getByLabel("Other request fields (JSON, optional)").fill("{plugins");
    await page.getByRole("button", { name: "Route it" }).click();
    expect(await page.locator("#playground-result [role=alert]").textContent()).toContain("must be a JSON object");
    // A field the form leaves empty keeps what the JSON gives it.
    await page.getByLabel("Model").fill("");
    await page.getByLabel("Other request fields (JSON, optional)").fill('{"model": "openai/gpt-4.1-nano"}');
    await page.getByRole("button", { name: "Route it" }).click();
    await expect.poll(() => page.locator('[data-figure="pg-model"]').textContent()).toBe("openai/gpt-4.1-nano");
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
