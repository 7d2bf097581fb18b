/**
 * A rise and a fall in an Arabic reader's numbers (ar-EG) put their signs at the same end of the figure. Intl writes a
 * fall "؜-١٫٥" (an Arabic letter mark first), which runs right to left: its minus sits right of the digits. The page
 * put its own plus before the mark, so a rise read "+٢٫٧" with the plus on the left, and the overview's Change column
 * read its rises and falls from opposite ends.
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const HOUR = 3_600_000;

/** The last 48 hours: 10 requests, 2 failed, scores 0.5. The 48 before: 10 served, scores 0.9. Relative to the file's start. */
function records(now: number): DecisionRecord[] {
  const id = (prefix: string, index: number) => `dec_0000000000000000${prefix}${String(index).padStart(4, "0")}`;
  const recent = Array.from({ length: 10 }, (_, index) =>
    makeDecisionRecord({ id: id("arnw", index), createdAt: now - HOUR - index * 60_000, feedbackScore: 0.5, ...(index < 2 ? { outcome: "failed" as const, status: 502, errorType: "upstream_error", costUsd: 0 } : {}) }),
  );
  const before = Array.from({ length: 10 }, (_, index) => makeDecisionRecord({ id: id("arbf", index), createdAt: now - 60 * HOUR - index * 60_000, feedbackScore: 0.9 }));
  return [...recent, ...before];
}

/** Where a change's sign is drawn against its digits: "right" or "left" of the first digit. */
async function signSide(measure: string): Promise<string> {
  const cell = page.locator("[data-period-before] tbody tr", { hasText: measure }).locator("td").last();
  await cell.evaluate((td) => td.setAttribute("data-measured", ""));
  try {
    // A string: the test files are type-checked without the DOM's types.
    return (await page.evaluate(`(() => {
      const td = document.querySelector("[data-measured]");
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent || "";
        const sign = text.search(/[-+\u2212]/);
        const digit = text.search(/[\u0660-\u0669]/);
        if (sign < 0 || digit < 0) continue;
        const at = (index) => {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          return range.getBoundingClientRect().left;
        };
        return at(sign) > at(digit) ? "right" : "left";
      }
      return "no sign and Arabic digit in " + JSON.stringify(td.textContent);
    })()`)) as string;
  } finally {
    await cell.evaluate((td) => td.removeAttribute("data-measured"));
  }
}

describe.skipIf(!chromiumAvailable())("dashboard in an Arabic (ar-EG) browser: signed changes", () => {
  useHostileSession({ fixture: () => ({ empty: true, records: records(Date.now()) }), browser: { viewport: { width: 1280, height: 800 }, locale: "ar-EG" } });

  it("draws a rise's plus where a fall's minus is, at the same end of the digits", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    await page.locator("[data-period-before] tbody tr").first().waitFor();
    const rise = await signSide("Error rate"); // +20.0 pt
    const fall = await signSide("Mean feedback"); // −0.40
    expect(fall).toMatch(/^(left|right)$/);
    expect(rise).toBe(fall);
  });
});
