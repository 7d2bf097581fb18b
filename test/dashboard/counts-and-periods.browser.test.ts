/**
 * Counts in a German browser where they reached the thousands (a group's feedback scores, an arm's, a key's rate
 * limit), and the period an experiment's figures cover, said on its pages.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { HOSTILE_ADMIN_KEY } from "./hostile-fixture.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const DAY = 86_400_000;

describe.skipIf(!chromiumAvailable())("dashboard counts and periods in a German browser", () => {
  useHostileSession({
    fixture: () => {
      const now = Date.now();
      // 2,400 scored requests of one experiment today, and 10 of it 40 days ago (outside the experiment pages' 30 days).
      const records = Array.from({ length: 2_400 }, (_, index) =>
        makeDecisionRecord({ id: `dec_0000000000000000cnt${String(index).padStart(5, "0")}`, createdAt: now - 60_000 - index * 1_000, experiment: "many", arm: index % 2 ? "variant" : "control", experimentUnit: `user-${index}`, feedbackScore: 0.5 }),
      );
      for (let index = 0; index < 10; index++) records.push(makeDecisionRecord({ id: `dec_0000000000000000old${String(index).padStart(5, "0")}`, createdAt: now - 40 * DAY - index, experiment: "many", arm: "control", experimentUnit: `old-${index}` }));
      return { empty: true, records };
    },
    browser: { viewport: { width: 1280, height: 800 }, locale: "de-DE" },
    ready: async () => {
      const created = await fetch(`${fixture.url}/api/keys`, { method: "POST", headers: { authorization: `Bearer ${HOSTILE_ADMIN_KEY}`, "content-type": "application/json" }, body: JSON.stringify({ name: "team-batch", rpm: 6000 }) });
      expect(created.status).toBe(201);
    },
  });

  it("writes counts in the thousands in the reader's format beside the figures of the same row", async () => {
    // "0,50 (2400)" stood beside "2.400" requests in the same row; an arm's "n=1200" beside "1.200" requests.
    await openPage(page, fixture.url, "/dashboard?by=tier");
    const row = page.locator("main table tr", { hasText: "budget" }).last();
    expect(await row.textContent()).toContain("0,50 (2.400 scores)");
    await openPage(page, fixture.url, "/dashboard/experiments/many");
    expect(await page.locator("main table").first().textContent()).toContain("n=1.200");
    await openPage(page, fixture.url, "/dashboard/keys");
    expect(await page.locator('tr[data-key="team-batch"]').textContent()).toContain("6.000 req/min");
  });

  it("says over which period an experiment's requests and verdict are counted, on its report and in the list", async () => {
    // The figures were the API's default 30 days, unsaid: the 10 requests of 40 days ago are not in them.
    await openPage(page, fixture.url, "/dashboard/experiments");
    expect(await page.locator("main [data-period]").textContent()).toContain("the last 30 days");
    expect(await page.locator("main table tr", { hasText: "many" }).first().textContent()).toContain("1.200");
    await openPage(page, fixture.url, "/dashboard/experiments/many");
    expect(await page.locator("main [data-period]").textContent()).toContain("the last 30 days");
  });
});
