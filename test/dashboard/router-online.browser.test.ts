/**
 * The Router page of a gateway in online mode (`routing.online`): the bandit sits in front of the default router for
 * auto decisions, explores up to its share, and replaces the default with its own adapter once it passes its gate.
 * The page said "Routes auto requests: shipped (no adapter)" and nothing else, though `GET /api/router` gives the
 * instance's online counters: a team lead could not tell that a bandit routed, or how much it explored.
 */
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./browser.js";
import { HOSTILE_ADMIN_KEY } from "./hostile-fixture.js";
import { fixture, page, useHostileSession } from "./hostile-session.js";
import { openPage } from "./sign-in.js";

/** `GET /api/router` (the same function unroutes it: playwright matches a route by its matcher). */
const routerState = (url: URL): boolean => url.pathname === "/api/router";

interface Online {
  decisions: number;
  explored: number;
  outcomes: number;
  adapterActive: boolean;
}

describe.skipIf(!chromiumAvailable())("dashboard Router page in online mode", () => {
  useHostileSession({
    fixture: () => ({ empty: true, routing: { online: { enabled: true, max_explore_share: 0.5, min_outcomes: 200 } } }),
    ready: async () => {
      for (let index = 0; index < 12; index++) {
        const response = await fetch(`${fixture.url}/v1/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: `What is ${index} + ${index}?` }] }),
        });
        expect(response.status).toBe(200);
      }
    },
  });

  it("says the bandit routes auto requests in front of the default router, with this instance's counters", async () => {
    const answer = await fetch(`${fixture.url}/api/router`, { headers: { authorization: `Bearer ${HOSTILE_ADMIN_KEY}` } });
    const online = ((await answer.json()) as { online: Online }).online;
    expect(online.decisions).toBe(12);
    await openPage(page, fixture.url, "/dashboard/router");
    expect(await page.locator("[data-figure=router-active]").textContent()).toBe("online bandit over shipped (no adapter)");
    const panel = page.locator("[data-router-online]");
    expect(await panel.locator("[data-figure=online-decisions]").textContent()).toBe("12");
    expect(await panel.locator("[data-figure=online-explored]").textContent()).toBe(String(online.explored));
    expect(await panel.textContent()).toContain(`${((online.explored / 12) * 100).toFixed(1)}% of auto decisions`);
    expect(await panel.locator("[data-figure=online-outcomes]").textContent()).toBe(String(online.outcomes));
    expect(await panel.locator("[data-figure=online-adapter]").textContent()).toBe("not yet");
  });

  it("once the bandit's adapter routes, does not name the default's weights as what routes auto requests", async () => {
    // Past its gate the bandit routes with the adapter it learned: the card read "online bandit (its own adapter)"
    // over "the shipped weights", as if those routed.
    await page.route(
      routerState,
      async (route) => {
        const answer = await route.fetch();
        const view = (await answer.json()) as { online: Online };
        await route.fulfill({ response: answer, json: { ...view, online: { ...view.online, adapterActive: true } } });
      },
    );
    try {
      await openPage(page, fixture.url, "/dashboard/router");
      const card = page.locator(".stat", { has: page.locator("[data-figure=router-active]") });
      expect(await card.locator("[data-figure=router-active]").textContent()).toBe("online bandit (its own adapter)");
      const note = (await card.locator(".stat-note").textContent()) ?? "";
      expect(note).not.toBe("the shipped weights");
      expect(note).toContain("learned online");
      expect(await page.locator("[data-figure=online-adapter]").textContent()).toBe("active");
    } finally {
      await page.unroute(routerState);
    }
  });
});
