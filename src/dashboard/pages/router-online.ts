/**
 * The Router page's online mode (`routing.online`): the bandit in front of the default router for auto decisions,
 * with the counters of the instance that answered. Without it the page named only the default router, as if that
 * alone routed, while the bandit explored other tiers and, past its gate, routed with its own adapter.
 * @module
 */
import type { OnlineView, RouterRefView } from "../api-types.js";
import { code, h } from "../dom.js";
import { count, percent } from "../format.js";
import { stat, stats } from "../ui.js";

/** What routes auto requests, as each decision's `router` records it: `online(bandit)` or `online(<default>)`. */
export function onlineRouterName(online: OnlineView, defaultName: string): string {
  return online.adapterActive ? "online bandit (its own adapter)" : `online bandit over ${defaultName}`;
}

/** The online mode panel: decisions, exploration, outcomes learned and whether the bandit's adapter routes. */
export function onlinePanel(online: OnlineView, active: RouterRefView, defaultName: string): HTMLElement {
  const share = online.decisions > 0 ? online.explored / online.decisions : null;
  const fixes = [online.corrected ? `${count(online.corrected)} corrected scores` : null, online.skipped ? `${count(online.skipped)} feed entries skipped` : null].filter((note) => note !== null);
  return h(
    "section",
    { class: "panel", "data-router-online": "" },
    h("h2", {}, "Online mode, this instance"),
    stats(
      stat("Auto decisions", count(online.decisions), { figure: "online-decisions", raw: online.decisions, note: "since this instance started" }),
      stat("Explored", count(online.explored), { figure: "online-explored", raw: online.explored, note: share === null ? "another tier than the best guess" : `${percent(share)} of auto decisions` }),
      stat("Outcomes learned", count(online.outcomes), { figure: "online-outcomes", raw: online.outcomes, note: fixes.length > 0 ? fixes.join(", ") : "feedback, judge grades, quality checks" }),
      stat("Bandit's adapter", online.adapterActive ? "active" : "not yet", {
        figure: "online-adapter",
        note: online.adapterActive ? `routes instead of ${defaultName}` : `${active.id === "shipped" ? "the shipped rule" : defaultName} routes until it has enough outcomes and beats it`,
      }),
    ),
    h("p", { class: "hint" }, ["Each auto decision records whether it explored and which router chose (", code("online(bandit)"), " or ", code("online(<default>)"), "); other instances keep their own counters but learn from the same outcomes."]),
  );
}
