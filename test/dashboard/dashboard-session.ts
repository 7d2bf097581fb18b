/**
 * The shared setup of the dashboard browser tests, one file per page or journey: a real gateway with seeded traffic
 * (`dashboard-fixture.ts`), one chromium launch a file, and one page whose script errors and dialogs are collected.
 * A test file calls {@link useDashboardSession} inside its `describe`; its `beforeAll` sets the bindings below, which
 * the tests read when they run (ES module bindings are live).
 * @module
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { chromiumAvailable, CHROMIUM, launchBrowser, type Browser } from "./browser.js";
import { ADMIN_KEY, startDashboardFixture, type DashboardFixture } from "./dashboard-fixture.js";
import { signIn } from "./sign-in.js";

/** A decision as /api/decisions lists it (the fields the tests read). */
export interface Listed {
  id: string;
  task: string;
  tier: string;
  model: string | null;
  prompt: string | null;
  attempts: { model: string; status: number; errorType: string | null }[];
  outcome: string;
}

/** Set by the file's `beforeAll`. */
export let fixture: DashboardFixture;
export let browser: Browser;
export let page: Page;
/** Script errors and CSP violations on `page` (HTTP 4xx errors the page handles are expected, and left out). */
export const problems: string[] = [];
/** Every dialog `page` opened (dismissed). */
export const dialogs: string[] = [];

/** Whether the browser tests can run: without chromium they are skipped with a note, and CI fails instead. */
export function chromiumForTests(): boolean {
  if (chromiumAvailable()) return true;
  if (process.env.CI) throw new Error(`No chromium at ${CHROMIUM}; .ci/run installs it with apt-get.`);
  process.stderr.write(`note: no chromium at ${CHROMIUM}; skipping the dashboard browser tests (apt-get install -y chromium).\n`);
  return false;
}

/**
 * Starts the fixture and the browser before the file's tests (signed in, unless the file tests signing in), and closes
 * both after. `spread`: the seeded traffic over the last 40 hours, as `npm run screenshots` seeds it.
 */
export function useDashboardSession({ signedIn, spread = false }: { signedIn: boolean; spread?: boolean }): void {
  beforeAll(async () => {
    fixture = await startDashboardFixture({ spread });
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
    if (signedIn) await signIn(page, fixture.url, ADMIN_KEY);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
    // Every page the file opened, as the single file's XSS test checked for all pages opened before it: no script
    // error, no CSP violation, no dialog.
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
}

/** GETs an admin API path with the admin key; the answer must be 200. */
export async function admin<T>(path: string): Promise<T> {
  const response = await fetch(`${fixture.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The value of a figure on the page (`data-figure` with its `data-value`). */
export async function figure(name: string): Promise<number> {
  return Number(await page.locator(`[data-figure="${name}"]`).getAttribute("data-value"));
}
