/**
 * The overview's "Failed" card counts every `outcome: failed` record: a chain that failed on every model, and also a
 * request a crash or kill cut (recorded at the next start as `errorType: interrupted`, status 0) and a gateway error.
 * Its note said "every fallback failed", so after a restart the cut requests read as an upstream outage.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

describe.skipIf(!chromiumAvailable())("dashboard overview Failed card", () => {
  useHostileSession({
    fixture: () => {
      const now = Date.now();
      const cut = makeDecisionRecord({
        id: "dec_000000000000000000interrupt01",
        createdAt: now - 60_000,
        model: null,
        outcome: "failed",
        status: 0,
        errorType: "interrupted",
        costUsd: 0,
        attempts: [{ model: "openai/gpt-5-nano", status: 0, errorType: "interrupted", latencyMs: 40, reservedUsd: 0 }],
      });
      return { empty: true, records: [cut] };
    },
  });

  it("does not say every fallback failed for a request a restart cut", async () => {
    await openPage(page, fixture.url, "/dashboard");
    const card = page.locator(".stat", { has: page.locator("[data-figure=failed]") });
    await card.waitFor();
    expect(await page.locator("[data-figure=failed]").textContent()).toBe("1");
    const said = (await card.textContent()) ?? "";
    expect(said).not.toContain("every fallback failed");
    expect(said).toContain("restart");
  });
});
