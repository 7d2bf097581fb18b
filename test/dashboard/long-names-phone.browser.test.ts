/**
 * Names from outside on a phone (375 px): a 500-character model id, a right-to-left one, one with zero-width characters
 * and one of markup. The overview's By model table keeps a group's Requests, Spend and Mean feedback beside its name
 * (a long name pushed Mean feedback a scroll away), a long name is cut to a few lines with the whole of it in its title;
 * and a decision's attempts are named by a row header a screen reader can say ("Attempt 1"), under "Attempt", not "#".
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const NAMES = [`acme/${"long-".repeat(99)}end`, "نموذج/عربي-طويل-جدا-للاختبار-والعرض", "acme/zero\u200bwidth\u200b\u200bmodel\u200d-name", `<b>html</b><img src=x onerror="window.__xss='name'">`];
const TWO_ATTEMPTS = "dec_0000000000000000attempt2";

/** Five requests for each name over the last hours (counted from the file's start), and one decision that failed over. */
function records(): DecisionRecord[] {
  const now = Date.now();
  const named = NAMES.flatMap((model, m) =>
    Array.from({ length: 5 }, (_, i) => makeDecisionRecord({ id: `dec_00000000000000000n${m}${String(i).padStart(5, "0")}`, createdAt: now - 60_000 - (m * 5 + i) * 60_000, model, feedbackScore: 0.5 })),
  );
  const failover = makeDecisionRecord({
    id: TWO_ATTEMPTS,
    createdAt: now - 30_000,
    attempts: [
      { model: "openai/gpt-5-mini", status: 503, errorType: "http", latencyMs: 40, startedAtMs: now - 30_000 },
      { model: "openai/gpt-5-nano", status: 200, errorType: null, latencyMs: 90, startedAtMs: now - 29_960 },
    ],
  });
  return [...named, failover];
}

describe.skipIf(!chromiumAvailable())("dashboard on a phone: long and hostile names, and the attempts' row headers", () => {
  useHostileSession({ fixture: () => ({ empty: true, records: records() }), browser: { viewport: { width: 375, height: 812 } } });

  it("keeps Mean feedback beside a 500-character model name at 375 px, the name cut to a few lines and whole in its title", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h&by=model");
    const group = page.locator("section[data-by-group]");
    const wrap = group.locator(".table-wrap");
    const box = await wrap.boundingBox();
    const feedback = await group.getByRole("columnheader", { name: "Mean feedback" }).boundingBox();
    expect(box && feedback).toBeTruthy();
    // In view without scrolling sideways.
    expect(feedback!.x + feedback!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    for (const name of NAMES) {
      const head = group.locator("tbody th[scope=row]").filter({ has: page.locator(`[title="${name.replace(/"/g, '\\"')}"]`) });
      expect(await head.count(), name).toBe(1);
      // A few lines at most, not a column of "long-long-…" 400 px tall.
      expect((await head.boundingBox())!.height, name).toBeLessThan(90);
      // Cut below its lines, never at the side: "onerror=alert(1)>", a word wider than the box, ran under its edge.
      expect(await head.locator("> *").evaluate((box) => box.scrollWidth - box.clientWidth), name).toBeLessThanOrEqual(1);
    }
    // Cut to the eye only: a screen reader reads the whole name as the link's name (a title alone is not read as one).
    expect(await group.getByRole("link", { name: NAMES[1]!, exact: true }).count()).toBe(1);
    // Past 160 characters too: its text is cut in the middle ("…"), the link's name is not.
    expect(Array.from(NAMES[0]!).length).toBeGreaterThan(160);
    expect(await group.getByRole("link", { name: NAMES[0]!, exact: true }).count()).toBe(1);
    expect(await page.evaluate("window.__xss")).toBeUndefined();
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
  });

  it("heads a decision's attempts with 'Attempt', each row's header read as 'Attempt 1', 'Attempt 2'", async () => {
    await openPage(page, fixture.url, `/dashboard/decisions/${TWO_ATTEMPTS}`);
    const attempts = page.locator("#attempts table");
    expect(await attempts.getByRole("columnheader").first().textContent()).toBe("Attempt");
    expect(await attempts.getByRole("rowheader").allTextContents()).toEqual(["Attempt 1", "Attempt 2"]);
    expect(await attempts.locator("tbody th[scope=row]").count()).toBe(2);
  });
});
