/**
 * The admin API answering 200 with JSON of another shape (a proxy's own JSON, a gateway of another version behind the
 * same address): every page said "Cannot read properties of undefined (reading 'length')", and the Decisions page
 * threw an uncaught error besides. And an experiment's report whose call failed was headed "Experiments", with no way
 * back to the list.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./browser.js";
import { browser, fixture, useHostileSession } from "./hostile-session.js";

const PAGES = ["/dashboard", "/dashboard/decisions", "/dashboard/decisions/dec_0000000000000000missing1", "/dashboard/models", "/dashboard/experiments", "/dashboard/experiments/cheaper", "/dashboard/router", "/dashboard/keys", "/dashboard/live"];
/** Answers of the wrong shape, each with status 200 and a JSON content type. */
const WRONG_SHAPES = ['{"status":"ok","result":{}}', "[]", "null", '{"data":{}}'];

/** A page of its own whose /api calls all answer `body`, and the script errors it throws. */
async function pageAnswering(body: string): Promise<{ probe: Page; pageErrors: string[] }> {
  const probe = await browser.context.newPage();
  const pageErrors: string[] = [];
  probe.on("pageerror", (error) => pageErrors.push(error.message));
  await probe.route(/\/api\//, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  return { probe, pageErrors };
}

describe.skipIf(!chromiumAvailable())("the dashboard when /api answers JSON of another shape", () => {
  useHostileSession({ fixture: () => ({ empty: true, records: [] }) });

  it("says on every page that the gateway's answer was not what this dashboard expects, never a script error", async () => {
    for (const body of WRONG_SHAPES) {
      const { probe, pageErrors } = await pageAnswering(body);
      try {
        for (const path of PAGES) {
          await probe.goto(`${fixture.url}${path}`);
          const alert = probe.locator("main [role=alert]").first();
          await alert.waitFor();
          const text = (await alert.textContent()) ?? "";
          expect(text, `${path} with ${body}`).toContain("was not what this dashboard expects");
          expect(text, `${path} with ${body}`).toMatch(/another Switchyard version/);
          expect(text, `${path} with ${body}`).not.toMatch(/Cannot read|is not a function|undefined|null/);
          await probe.waitForLoadState("networkidle");
        }
        expect(pageErrors, body).toEqual([]);
      } finally {
        await probe.close();
      }
    }
  }, 120_000);

  it("heads an experiment's report whose call failed with its own name, with the way back to the list", async () => {
    const probe = await browser.context.newPage();
    try {
      await probe.route(/\/api\//, (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { message: "The decision log is unavailable.", type: "server_error", code: "storage_unavailable", param: null } }) }));
      await probe.goto(`${fixture.url}/dashboard/experiments/cheaper`);
      await expect.poll(() => probe.locator("main [role=alert]").textContent()).toContain("The decision log is unavailable.");
      expect(await probe.locator("main h1").allTextContents()).toEqual(["Experiment cheaper"]);
      expect(await probe.getByRole("link", { name: "← All experiments" }).getAttribute("href")).toBe("/dashboard/experiments");
    } finally {
      await probe.close();
    }
  });
});
