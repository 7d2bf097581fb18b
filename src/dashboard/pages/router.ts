/**
 * Router: the learning loop as the gateway sees it. The default router in use (and a promotion not yet reloaded),
 * the shadow router with how many decisions it would change and its predicted cost, the experiment arms that run a
 * candidate, and every promotion and rollback the router state file records.
 * @module
 */
import { api } from "../api.js";
import type { RouterRefView, RouterView, ShadowView } from "../api-types.js";
import { clipped, code, emptyState, errorBox, h, replace } from "../dom.js";
import { count, percent, signedPercent, timeElement, usd } from "../format.js";
import type { Page, PageContext } from "../page.js";
import { badge, pageHeader, stat, stats, table } from "../ui.js";
import { onlinePanel, onlineRouterName } from "./router-online.js";

/** A router's name as the CLI's `router status` writes it: its id, and the quality it runs at when promoted with one. */
const routerName = (ref: RouterRefView): string => (ref.id === "shipped" ? "shipped (no adapter)" : ref.quality === undefined ? ref.id : `${ref.id} at quality ${ref.quality}`);

export const routerPage: Page = {
  title: "Router",
  async render(context: PageContext) {
    const body = h("div", { "data-router-body": "" });
    // What Refresh or Reload now did, announced: the focus stays on (or moves to) Refresh, which says nothing itself.
    const status = h("p", { class: "hint", role: "status", "data-router-status": "" });
    const load = loader(body, status);
    // The state changes on the gateway's host (`router promote`, `rollback`, a reload) while the page is open: Refresh
    // reads it again in place, keeping the keyboard on the button, instead of a reload of the whole page.
    const refresh: HTMLButtonElement = h(
      "button",
      {
        type: "button",
        class: "secondary",
        id: "router-refresh",
        title: "Read the router state and the shadow figures again",
        on: { click: () => void busy(refresh, () => refreshed(load, body, status)) },
      },
      "Refresh",
    );
    context.root.append(pageHeader("Router", refresh), status, body);
    await load();
  },
};

/** Refresh: reads again and says when; a read that fails takes the panels' place with why. */
async function refreshed(load: () => Promise<RouterView | null>, body: HTMLElement, status: HTMLElement): Promise<void> {
  status.textContent = "";
  try {
    if (await load()) status.textContent = `Read again at ${clockTime()}.`;
  } catch (error) {
    replace(body, errorBox(error));
  }
}

/** The time of day a read or reload finished, in the viewer's zone, to the second (two Refreshes a minute apart differ). */
const clockTime = (): string => new Date().toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * Reads the router and its shadow and draws them into `body` (a pending promotion's Reload now draws them again).
 * Of reads that overlap (a Refresh whose 7-day shadow report is slow, then Reload now), only the newest started is
 * drawn: an older one ending later drew a state the gateway had left, the warning of a promotion just applied. A read
 * overtaken so answers null, and its error is not shown.
 */
function loader(body: HTMLElement, status: HTMLElement): () => Promise<RouterView | null> {
  let newest = 0;
  const load = async (): Promise<RouterView | null> => {
    const mine = ++newest;
    let view: RouterView;
    let shadow: unknown;
    try {
      [view, shadow] = await Promise.all([api<RouterView>("/api/router"), api<ShadowView>("/api/router/shadow", { query: { since: "7d" } }).catch((error: unknown) => error)]);
    } catch (error) {
      if (mine !== newest) return null;
      throw error;
    }
    if (mine !== newest) return null;
    const arms = armsPanel(view);
    const online = view.online ? onlinePanel(view.online, view.active, routerName(view.active)) : null;
    replace(body, defaultPanel(view, { load, status }), ...(online ? [online] : []), shadowPanel(view, shadow), ...(arms ? [arms] : []), historyPanel(view));
    return view;
  };
  return load;
}

/**
 * Runs `work` unless it already runs from this button (a second click would send it twice). The button is marked
 * busy, not disabled: a disabled button drops the keyboard's focus to the page.
 */
async function busy(button: HTMLButtonElement, work: () => Promise<unknown>): Promise<void> {
  if (button.getAttribute("aria-disabled") === "true") return;
  button.setAttribute("aria-disabled", "true");
  button.setAttribute("aria-busy", "true");
  try {
    await work();
  } finally {
    button.removeAttribute("aria-disabled");
    button.removeAttribute("aria-busy");
  }
}

/** Under the router that routes auto requests: its weights, or, once the online bandit's adapter routes, that one's. */
function activeNote(view: RouterView): HTMLElement | string {
  if (view.online?.adapterActive) return "its adapter, learned online from outcomes, in place of the default";
  return view.active.weights ? clipped(view.active.weights) : "the shipped weights";
}

/** How a panel reads the page again, and where it says what it did. */
interface Reader {
  load: () => Promise<RouterView | null>;
  status: HTMLElement;
}

function defaultPanel(view: RouterView, reader: Reader): HTMLElement {
  return h(
    "section",
    { class: "panel", "data-router-default": "" },
    h("h2", {}, "Default router"),
    stats(
      stat("Routes auto requests", clipped(view.online ? onlineRouterName(view.online, routerName(view.active)) : routerName(view.active)), { figure: "router-active", note: activeNote(view) }),
      stat("Loaded", timeElement(view.loaded_at, "short"), { note: "at start, SIGHUP or POST /api/router/reload" }),
      // The gateway answers the newest changes only: the total is its count, the promotions among them cannot be counted here.
      stat("Promotions and rollbacks", count(view.history_total ?? (view.history ?? []).length)),
    ),
    view.pending ? pendingCallout(view, view.pending, reader) : null,
    view.state_error ? h("p", { class: "callout error", role: "alert" }, `The router state file cannot be read, so its history is not shown: ${view.state_error}`) : null,
  );
}

/**
 * A promotion the state file names but this gateway has not loaded, with Reload now: the same reload as SIGHUP or
 * `POST /api/router/reload`, on the instance that answers. A reload that fails keeps the routers in use and says why.
 */
function pendingCallout(view: RouterView, pending: RouterRefView, reader: Reader): HTMLElement {
  const problem = h("div", {});
  const reload: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "secondary",
      on: {
        click: () =>
          void busy(reload, async () => {
            replace(problem);
            reader.status.textContent = "";
            let answer: Pick<RouterView, "active">;
            try {
              answer = await api<Pick<RouterView, "active">>("/api/router/reload", { method: "POST" });
            } catch (error) {
              replace(problem, h("div", { "data-router-reload-error": "" }, errorBox(error)));
              return;
            }
            const hadFocus = document.activeElement === reload;
            const after = await reader.load().catch((error: unknown) => void replace(problem, errorBox(error)));
            reader.status.textContent = reloadedSaying(answer, after ?? null);
            // The redraw took the warning and this button away: the keyboard goes on from Refresh, not from the page's top.
            if (hadFocus && !reload.isConnected) document.getElementById("router-refresh")?.focus();
          }),
      },
    },
    "Reload now",
  );
  return h(
    "div",
    {},
    h(
      "div",
      { class: "callout warn", "data-router-pending": "" },
      h("p", {}, `The router state file names ${routerName(pending)} as the default, but this gateway still routes with ${routerName(view.active)}. Reload to switch: `, code("kill -HUP <pid>"), " or ", code("POST /api/router/reload"), " on its host, or here."),
      h("p", { class: "callout-actions" }, reload, h("span", {}, "Reloads the gateway instance that answers; behind a load balancer, reload each instance.")),
    ),
    problem,
  );
}

/**
 * What a reload did, from its own answer: behind a load balancer the page's next read may come from an instance not
 * reloaded, and the warning coming back with no word read as a reload that did nothing.
 */
function reloadedSaying(answer: Pick<RouterView, "active">, after: RouterView | null): string {
  const done = `Reloaded: the instance that answered routes with ${routerName(answer.active)}.`;
  if (!after || after.active.id === answer.active.id) return done;
  return `${done} The page's read came from an instance that still routes with ${routerName(after.active)}: behind a load balancer, reload each instance.`;
}

function shadowPanel(view: RouterView, shadow: ShadowView | unknown): HTMLElement {
  const panel = h("section", { class: "panel", "data-router-shadow": "" }, h("h2", {}, "Shadow, last 7 days"));
  if (!(shadow && typeof shadow === "object" && "routers" in shadow)) {
    panel.append(errorBox(shadow));
    return panel;
  }
  const rows = (shadow as ShadowView).routers;
  if (rows.length === 0) {
    panel.append(
      emptyState(view.shadow ? `Shadow router ${view.shadow.id} has logged no auto decision yet.` : "No shadow router.", [
        view.shadow ? "It is computed for every auto request; send some traffic. " : "Run a candidate in shadow with ",
        view.shadow ? null : code("switchyard router shadow FILE"),
        view.shadow ? null : " (an adapter from ",
        view.shadow ? null : code("switchyard train --from-log"),
        view.shadow ? null : "), then reload: it is computed for every auto decision and logged, with no effect on traffic.",
      ]),
    );
    return panel;
  }
  panel.append(
    table(
      ["Shadow router", "Decisions", "Would change tier", "Would change model", "Predicted cost", "Routed cost", "Change", "Tier moves"],
      rows.map((row) => [
        clipped(row.router),
        count(row.decisions),
        `${count(row.tier_changes)} (${percent(row.change_share)})`,
        count(row.model_changes),
        usd(row.shadow_estimated_cost_usd),
        usd(row.estimated_cost_usd),
        row.predicted_cost_change === null ? "—" : signedPercent(row.predicted_cost_change),
        row.transitions.length === 0 ? "none" : row.transitions.map((move) => `${move.from}→${move.to} ${count(move.count)}`).join(", "),
      ]),
      // On a phone the router's name stays in view while its figures scroll past it, as on Models.
      { numeric: [1, 2, 3, 4, 5, 6], stickyFirstColumn: true },
    ),
    h("p", { class: "hint" }, view.shadow ? "" : "No shadow router runs now: these are the decisions logged while one ran. ", "Costs are worst-case estimates on both sides, so they compare alike; switchyard report --by shadow gives the same figures."),
  );
  return panel;
}

function armsPanel(view: RouterView): HTMLElement | null {
  const arms = Object.entries(view.arms);
  if (arms.length === 0) return null;
  return h(
    "section",
    { class: "panel", "data-router-arms": "" },
    h("h2", {}, "Candidates in experiments"),
    table(
      ["Experiment", "Variant arm's router"],
      arms.map(([experiment, ref]) => [h("a", { href: `/dashboard/experiments/${encodeURIComponent(experiment)}` }, clipped(experiment)), clipped(routerName(ref))]),
    ),
    h("p", { class: "hint" }, ["Promote one after a winning verdict with ", code("switchyard router promote --experiment NAME"), "."]),
  );
}

function historyPanel(view: RouterView): HTMLElement {
  const panel = h("section", { class: "panel", "data-router-history": "" }, h("h2", {}, "Promotions and rollbacks"));
  const history = [...(view.history ?? [])].reverse();
  if (history.length === 0) {
    panel.append(
      emptyState("No promotion yet.", [
        "Train a candidate with ",
        code("switchyard train --from-log"),
        ", run it as an experiment arm (variant.weights), then ",
        code("switchyard router promote --experiment NAME"),
        " makes it the default after a winning verdict. Every promotion and rollback is listed here.",
      ]),
    );
    return panel;
  }
  const total = view.history_total ?? history.length;
  panel.append(
    table(
      ["When", "Change", "From", "To", "By", "Experiment"],
      history.map((change) => [
        timeElement(change.at),
        [change.action === "promote" ? badge("promote", "good") : badge("rollback", "neutral"), change.forced ? [" ", badge("forced", "warn")] : null],
        clipped(routerName(change.from)),
        clipped(routerName(change.to)),
        clipped(change.by),
        change.experiment ? h("a", { href: `/dashboard/experiments/${encodeURIComponent(change.experiment)}` }, clipped(change.experiment)) : "—",
      ]),
      // A promotion's verdict is a sentence, under its row; a rollback has none ("rollback").
      { details: (index) => (history[index]?.action === "promote" ? [h("span", { class: "muted" }, "Verdict: "), history[index]?.verdict ?? ""] : null), rowAttributes: (index): Record<string, string> => (history[index]?.action === "promote" ? { class: "has-detail" } : {}) },
    ),
  );
  if (total > history.length) panel.append(h("p", { class: "hint", "data-router-history-more": "" }, [`The newest ${count(history.length)} of ${count(total)} changes; `, code("switchyard router status"), " on the gateway's host lists them all."]));
  return panel;
}
