/**
 * Figures in an Arabic reader's own numbers (ar-EG: Arabic-Indic digits, right-to-left marks) inside the dashboard's
 * left-to-right text, in chromium: each keeps its place. Without isolation the bidi algorithm ran " / " between two
 * Arabic numbers right to left, and "Tokens in / out: ١٬٠٠٠ / ٢٠" showed the output's count first.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

const ID = "dec_00000000000000000arab0001";

/** The left edge of each text, as rendered inside the first element matching `selector` (its first occurrence). */
async function leftEdges(selector: string, texts: string[]): Promise<number[]> {
  // A string: the test files are type-checked without the DOM's types.
  return (await page.evaluate(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const wanted = ${JSON.stringify(texts)};
    const edges = wanted.map(() => null);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      wanted.forEach((text, index) => {
        const at = node.textContent.indexOf(text);
        if (at < 0 || edges[index] !== null) return;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        edges[index] = range.getBoundingClientRect().left;
      });
    }
    return edges;
  })()`)) as number[];
}

describe.skipIf(!chromiumAvailable())("dashboard in an Arabic (ar-EG) browser", () => {
  useHostileSession({
    fixture: () => ({ empty: true, records: [makeDecisionRecord({ id: ID, createdAt: Date.now() - 60_000, inputTokens: 1000, outputTokens: 20, costUsd: 0.5 })] }),
    browser: { viewport: { width: 1280, height: 800 }, locale: "ar-EG" },
  });

  it("keeps a decision's tokens in before its tokens out, as they are written", async () => {
    await openPage(page, fixture.url, `/dashboard/decisions/${ID}`);
    const tokens = page.locator("dt", { hasText: /^Tokens in \/ out$/ }).locator("xpath=following-sibling::dd[1]");
    // The reader's own digits: the browser formats in ar-EG.
    expect(await tokens.textContent()).toContain("١٬٠٠٠");
    await tokens.evaluate((dd) => dd.setAttribute("data-measured", ""));
    const [input, output] = await leftEdges("[data-measured]", ["١٬٠٠٠", "٢٠"]);
    expect(typeof input === "number" && typeof output === "number").toBe(true);
    expect(input).toBeLessThan(output ?? Number.NaN);
  });

  it("sets each time apart (dir=auto): an Arabic date runs right to left, and took the figures beside it along", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    expect(await page.locator("[data-read-at] time").getAttribute("dir")).toBe("auto");
  });

  it("shows a figure's isolate marks as nothing, not as '[U+2068]٣٠[U+2069]' around every Arabic figure", async () => {
    await openPage(page, fixture.url, "/dashboard?period=48h");
    await page.locator('[data-figure="requests"]').waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toMatch(/[\u0660-\u0669]/);
    expect(text).not.toContain("[U+2068]");
    expect(text).not.toContain("[U+2069]");
  });
});
