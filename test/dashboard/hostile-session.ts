/**
 * The shared setup of the browser tests over a gateway seeded with records of their own (`hostile-fixture.ts`): the
 * fixture, one chromium launch a file, one page signed in with the admin key, both closed after the file. A test file
 * calls {@link useHostileSession} inside its `describe`; its `beforeAll` sets the bindings below, which the tests read
 * when they run (ES module bindings are live), as `dashboard-session.ts` does for the seeded-traffic fixture.
 * @module
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, type Browser } from "./browser.js";
import { HOSTILE_ADMIN_KEY, startHostileFixture, type HostileFixture } from "./hostile-fixture.js";
import { signIn } from "./sign-in.js";

/** Set by the file's `beforeAll`. */
export let fixture: HostileFixture;
export let browser: Browser;
export let page: Page;

/** What a file's session starts with. */
export interface HostileSessionOptions {
  /** The fixture's options, made when the file starts (records dated from then). Default: the hostile store. */
  fixture?: () => Parameters<typeof startHostileFixture>[0];
  /** The browser's viewport, locale and the like. */
  browser?: Parameters<typeof launchBrowser>[0];
  /** Runs once the fixture is up, before the browser opens (traffic to send, a key to create). */
  ready?: () => Promise<void>;
}

/** Starts the fixture and the browser before the file's tests, signed in, and closes both after. */
export function useHostileSession(options: HostileSessionOptions = {}): void {
  beforeAll(async () => {
    fixture = await startHostileFixture(options.fixture?.());
    await options.ready?.();
    browser = await launchBrowser(options.browser);
    page = await browser.context.newPage();
    await signIn(page, fixture.url, HOSTILE_ADMIN_KEY);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });
}
