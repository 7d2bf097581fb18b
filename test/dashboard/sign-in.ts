/**
 * Browser steps shared by the dashboard test and the screenshot script.
 * @module
 */
import type { Page } from "playwright-core";

/** Opens the dashboard, lands on sign-in, and signs in through the Admin key field. */
export async function signIn(page: Page, url: string, adminKey: string): Promise<void> {
  await page.goto(`${url}/dashboard`);
  await page.getByLabel("Admin key", { exact: true }).fill(adminKey);
  await Promise.all([page.waitForURL(`${url}/dashboard`), page.getByRole("button", { name: "Sign in" }).click()]);
}

/** Goes to a dashboard path and waits until the page has rendered (no "Loading…" and the network is idle). */
export async function openPage(page: Page, url: string, path: string): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.waitForLoadState("networkidle");
  await page.locator("main#main > *").first().waitFor();
}
