/**
 * The overview charts' time axis in a language whose dates are long (Brazilian Portuguese, "7 de dez."): the label of
 * the tick at the chart's right edge was drawn centred on it and cut by the canvas ("7 de dez"), as "06:00 PM" was in
 * an American browser whenever the last hour ended on a tick. The 7-day chart always ends on a tick (the end of the
 * UTC day under way), so the cut showed every time in a Brazilian browser.
 */
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { chromiumAvailable } from "./browser.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

/** A request a day over the last week, so both charts draw bars. */
function weekOfRecords(now: number) {
  return Array.from({ length: 7 }, (_, day) => makeDecisionRecord({ id: `dec_0000000000000000axisedg${day}`, createdAt: now - day * 86_400_000 - 60_000 }));
}

/** For each chart, how many pixels are drawn in the last 4 columns of its canvas below the plot (the axis labels' band). */
async function inkAtRightEdge(): Promise<number[]> {
  return (await page.evaluate(`[...document.querySelectorAll(".chart canvas")].map((canvas) => {
    const plot = canvas.closest(".uplot")?.querySelector(".u-over");
    const context = canvas.getContext("2d");
    if (!plot || !context) return -1;
    const top = Math.ceil((plot.offsetTop + plot.offsetHeight) * devicePixelRatio) + 1;
    const pixels = context.getImageData(canvas.width - 4, top, 4, canvas.height - top).data;
    let ink = 0;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] > 0) ink += 1;
    return ink;
  })`)) as number[];
}

describe.skipIf(!chromiumAvailable())("the overview charts' time axis in a Brazilian browser", () => {
  useHostileSession({
    fixture: () => ({ empty: true, records: weekOfRecords(Date.now()) }),
    browser: { viewport: { width: 1360, height: 900 }, locale: "pt-BR" },
  });

  it("keeps the label of the tick at the chart's right edge whole, inside the chart", async () => {
    await openPage(page, fixture.url, "/dashboard?period=7d");
    await page.locator(".chart canvas").nth(1).waitFor();
    await page.waitForTimeout(150); // the charts redraw once their ResizeObserver fires
    const ink = await inkAtRightEdge();
    expect(ink).toHaveLength(2);
    // Nothing drawn in the canvas's last columns: a label reaching them was cut by the edge.
    expect(ink).toEqual([0, 0]);
  });
});
