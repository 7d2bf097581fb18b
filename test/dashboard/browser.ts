/**
 * Debian's chromium driven by playwright-core: never a browser download. CI installs chromium with apt-get
 * (.ci/run); set SWITCHYARD_CHROMIUM to use another binary.
 * @module
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where chromium is expected. */
export const CHROMIUM = process.env.SWITCHYARD_CHROMIUM ?? "/usr/bin/chromium";

/** True when the browser binary exists (the test suite needs it; CI installs it). */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** A browser with a fresh profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches chromium headless with a fresh user-data-dir and no network side-channels. */
export async function launchBrowser(
  options: { colorScheme?: "light" | "dark"; viewport?: { width: number; height: number }; locale?: string; javaScriptEnabled?: boolean } = {},
): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "switchyard-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
    viewport: options.viewport ?? { width: 1360, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    timezoneId: "Europe/Berlin",
    locale: options.locale ?? "en-GB",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
