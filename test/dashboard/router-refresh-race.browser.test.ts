/**
 * The Router page's Refresh and Reload now (ADR 0062) against a slow read and a second gateway instance. A Refresh
 * whose shadow report (7 days of the log) was still running when Reload now finished drew its older answer last: the
 * warning about a promotion not yet loaded came back after the reload had applied it. And neither button said what it
 * did: a screen reader heard nothing after Refresh, nor after a reload that moved the focus to Refresh; behind a load
 * balancer a reload that reached one instance, read back from another, looked as if it had done nothing.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adapterId } from "../../src/routing/adapter/router-state.js";
import { minimalAdapterText } from "../support/minimal-adapter.js";
import { ADMIN_KEY } from "./dashboard-fixture.js";
import { chromiumForTests, fixture, page, useDashboardSession } from "./dashboard-session.js";
import { openPage } from "./sign-in.js";

/** `GET /api/router` (the same function unroutes it: playwright matches a route by its matcher). */
const routerState = (url: URL): boolean => url.pathname === "/api/router";

const shipped = { id: "shipped", weights: null };

describe.skipIf(!chromiumForTests())("dashboard in chromium: router refresh and reload, racing and announced", () => {
  useDashboardSession({ signedIn: true });

  it("keeps the newest read: a Refresh still reading when Reload now finishes does not bring back the warning", async () => {
    const candidate = await pendingCandidate(11);
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      await page.locator("[data-router-pending]").waitFor();
      // Refresh's shadow report is slow (a week of a busy log); its router state is read at once, before the reload.
      let slowed = false;
      await page.route("**/api/router/shadow**", async (route) => {
        if (slowed) return route.continue();
        slowed = true;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      const stateRead = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/router");
      await page.getByRole("button", { name: "Refresh" }).click();
      await stateRead;
      await page.locator("[data-router-pending]").getByRole("button", { name: "Reload now" }).click();
      await expect.poll(() => page.locator("[data-figure=router-active]").textContent()).toBe(`${candidate.id} at quality 0.5`);
      // The slow Refresh ends after the reload's own read: its older state must not be drawn over the newer one.
      await page.waitForTimeout(2000);
      expect(await page.locator("[data-figure=router-active]").textContent()).toBe(`${candidate.id} at quality 0.5`);
      expect(await page.locator("[data-router-pending]").count()).toBe(0);
    } finally {
      await page.unroute("**/api/router/shadow**");
      await restoreShipped();
    }
  });

  it("announces what Refresh and Reload now did, and says so when another instance still routes with the old default", async () => {
    const candidate = await pendingCandidate(12);
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      await page.locator("[data-router-pending]").waitFor();
      const status = page.locator("[data-router-status]");
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect.poll(() => status.textContent()).toMatch(/^Read again at /);
      expect(await status.getAttribute("role")).toBe("status");
      // Behind a load balancer: the POST reaches this instance, the page's read comes back from one not reloaded.
      const before = await (await fetch(`${fixture.url}/api/router`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).text();
      await page.route(
        routerState,
        (route) => (route.request().method() === "GET" ? route.fulfill({ status: 200, contentType: "application/json", body: before }) : route.continue()),
      );
      await page.locator("[data-router-pending]").getByRole("button", { name: "Reload now" }).click();
      await expect.poll(() => status.textContent()).toContain(`Reloaded: the instance that answered routes with ${candidate.id} at quality 0.5`);
      expect(await status.textContent()).toContain("still routes with shipped (no adapter)");
      expect(await page.locator("[data-router-pending]").count()).toBe(1);
    } finally {
      await page.unroute(routerState);
      await restoreShipped();
    }
  });

  it("refuses a reload sent with the session from another origin or none, and shows a failed reload's markup as text", async () => {
    const cookie = (await page.context().cookies(fixture.url)).map((one) => `${one.name}=${one.value}`).join("; ");
    for (const origin of ["https://evil.example", undefined]) {
      const answer = await fetch(`${fixture.url}/api/router/reload`, { method: "POST", headers: { cookie, ...(origin ? { origin } : {}) } });
      expect(answer.status).toBe(403);
    }
    const markup = `<img src=x onerror="window.__xss=1">`;
    writeState({ id: "adapter-0123456789ab", weights: path.join(fixture.dir, `${markup}.json`), quality: 0.5 });
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      await page.locator("[data-router-pending]").getByRole("button", { name: "Reload now" }).click();
      const error = page.locator("[data-router-reload-error]");
      await error.waitFor();
      expect(await error.textContent()).toContain(markup);
      expect(await error.locator("img").count()).toBe(0);
      expect(await page.evaluate("window.__xss")).toBeUndefined();
    } finally {
      await restoreShipped();
    }
  });
});

/** Writes a valid candidate adapter and names it the default in the state file, as `router promote` without a reload. */
async function pendingCandidate(seed: number): Promise<{ id: string }> {
  const text = await minimalAdapterText({ seed });
  const weights = path.join(fixture.dir, ".switchyard", "routers", `candidate-${seed}.json`);
  mkdirSync(path.dirname(weights), { recursive: true });
  writeFileSync(weights, text);
  const candidate = { id: adapterId(text), weights, quality: 0.5 };
  writeState(candidate);
  return candidate;
}

async function restoreShipped(): Promise<void> {
  writeState(shipped);
  await fetch(`${fixture.url}/api/router/reload`, { method: "POST", headers: { authorization: `Bearer ${ADMIN_KEY}` } });
}

function writeState(active: object): void {
  mkdirSync(path.join(fixture.dir, ".switchyard"), { recursive: true });
  writeFileSync(path.join(fixture.dir, ".switchyard", "router-state.json"), JSON.stringify({ format: "switchyard-router-state-v1", active, previous: [], shadow: null, history: [] }));
}
