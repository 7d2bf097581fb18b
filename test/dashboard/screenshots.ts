/**
 * `npm run screenshots`: seeds real traffic through the gateway and the simulator, signs in through the Admin
 * key field in Debian's chromium, and saves each page (light, dark, phone, phone in dark mode) under docs/dashboard/.
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { chromiumAvailable, CHROMIUM, launchBrowser } from "./browser.js";
import { ADMIN_KEY, EXPERIMENT, startDashboardFixture } from "./dashboard-fixture.js";
import { openPage, signIn } from "./sign-in.js";

const OUT = path.resolve(import.meta.dirname, "../../docs/dashboard");
const LAPTOP = { width: 1360, height: 900 };
const PHONE = { width: 390, height: 844 };

if (!chromiumAvailable()) throw new Error(`No chromium at ${CHROMIUM}: apt-get install -y chromium`);
mkdirSync(OUT, { recursive: true });
const fixture = await startDashboardFixture({ spread: true });
const browser = await launchBrowser({ viewport: LAPTOP });
try {
  const page = await browser.context.newPage();
  const shot = async (name: string, fullPage = true) => {
    await page.waitForTimeout(150); // charts settle after their ResizeObserver fires
    await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
    process.stdout.write(`docs/dashboard/${name}.png\n`);
  };
  await page.goto(`${fixture.url}/dashboard/sign-in`);
  await shot("sign-in", false);
  await signIn(page, fixture.url, ADMIN_KEY);
  const decisionId = await firstFailoverDecision(fixture.url);
  const failedId = await firstFailedDecision(fixture.url);
  const pages: [string, string][] = [
    ["overview", "/dashboard"],
    ["overview-60d-by-model", "/dashboard?period=60d&by=model"],
    ["decisions", "/dashboard/decisions"],
    ["decision-detail", `/dashboard/decisions/${decisionId}`],
    ["decision-failed", `/dashboard/decisions/${failedId}`],
    ["models", "/dashboard/models"],
    ["experiments", "/dashboard/experiments"],
    ["experiment-report", `/dashboard/experiments/${EXPERIMENT}`],
    ["router", "/dashboard/router"],
    ["keys", "/dashboard/keys"],
    ["live", "/dashboard/live"],
  ];
  writeRouterHistory(fixture.dir);
  for (const [name, route] of pages) {
    await openPage(page, fixture.url, route);
    await shot(name, name !== "decisions" && name !== "live");
  }
  await openPage(page, fixture.url, "/dashboard/playground");
  await page.getByLabel("Prompt").fill("Write a Rust function that parses ISO 8601 dates, with tests.");
  await page.getByRole("button", { name: "Route it" }).click();
  await page.locator("#playground-result table").waitFor();
  await shot("playground");
  await page.emulateMedia({ colorScheme: "dark" });
  for (const [name, route] of [
    ["overview-dark", "/dashboard"],
    ["decision-detail-dark", `/dashboard/decisions/${decisionId}`],
    ["experiment-report-dark", `/dashboard/experiments/${EXPERIMENT}`],
  ] as const) {
    await openPage(page, fixture.url, route);
    await shot(name);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(PHONE);
  await openPage(page, fixture.url, "/dashboard");
  await shot("overview-phone");
  await openPage(page, fixture.url, "/dashboard/decisions");
  await shot("decisions-phone", false);
  // The model column stays in view while the figures scroll (styles.css, table.sticky-first).
  await openPage(page, fixture.url, "/dashboard/models");
  await shot("models-phone", false);
  // A phone in dark mode: the keys form's placeholders (muted, AA) and a decision's page.
  await page.emulateMedia({ colorScheme: "dark" });
  await openPage(page, fixture.url, "/dashboard/keys");
  await shot("keys-phone-dark", false);
  await openPage(page, fixture.url, `/dashboard/decisions/${decisionId}`);
  await shot("decision-detail-phone-dark", false);
} finally {
  await browser.close();
  await fixture.close();
}

/** A router state file as `switchyard router promote` and `rollback` leave it: a promotion after a winning verdict, undone. */
function writeRouterHistory(dir: string): void {
  const shipped = { id: "shipped", weights: null };
  const candidate = { id: "adapter-854aa00d6a53", weights: path.join(dir, ".switchyard", "routers", "adapter-854aa00d6a53.json"), quality: 0.5 };
  const day = Date.now() - 86_400_000;
  const history = [
    { action: "promote", at: new Date(day).toISOString(), by: "lead", from: shipped, to: candidate, experiment: EXPERIMENT, verdict: "variant is 80% cheaper per request (CI 70–86%) with no significant change in feedback (variant 0.91 vs control 0.90, difference CI −0.030 to +0.050); error rate unchanged (0.0% vs 0.0%).", forced: false },
    { action: "rollback", at: new Date(day + 3_600_000).toISOString(), by: "ops", from: candidate, to: shipped, experiment: null, verdict: "rollback", forced: false },
  ];
  mkdirSync(path.join(dir, ".switchyard"), { recursive: true });
  writeFileSync(path.join(dir, ".switchyard", "router-state.json"), JSON.stringify({ format: "switchyard-router-state-v1", active: shipped, previous: [], shadow: null, history }));
}

interface Listed {
  id: string;
  attempts: { errorType: string | null }[];
  outcome: string;
}

async function decisions(url: string): Promise<Listed[]> {
  const response = await fetch(`${url}/api/decisions?since=60d&limit=1000`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
  return ((await response.json()) as { data: Listed[] }).data;
}

/** A decision whose first attempt failed and whose second served (the failover seeded above). */
async function firstFailoverDecision(url: string): Promise<string> {
  const found = (await decisions(url)).find((record) => record.outcome === "served" && record.attempts.length > 1 && record.attempts[0]?.errorType === "http");
  if (!found) throw new Error("no failover decision was seeded");
  return found.id;
}

/** A decision no model answered, after upstream attempts (the model that is down, seeded above). */
async function firstFailedDecision(url: string): Promise<string> {
  const found = (await decisions(url)).find((record) => record.outcome === "failed" && record.attempts.some((attempt) => attempt.errorType !== null));
  if (!found) throw new Error("no failed decision was seeded");
  return found.id;
}

export type { Page };
