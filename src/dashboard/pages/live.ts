/**
 * Live: new decisions appear as they are logged, without a reload. Polls every two seconds and stops while the
 * tab is hidden (visibilitychange), catching up when it is shown again.
 * @module
 */
import { api } from "../api.js";
import type { DecisionRecord, List } from "../api-types.js";
import { code, emptyState, errorBox, h, replace } from "../dom.js";
import type { Page, PageContext } from "../page.js";
import { pageHeader } from "../ui.js";
import { decisionTable } from "./decisions.js";

const POLL_MS = 2_000;
const SHOWN = 100;
/**
 * A record is stamped when its request starts but logged when it ends, so a slow request can land after faster,
 * newer ones: each poll looks back this far before the newest record seen (longer than the default 2 min request
 * deadline) and skips ids it already has.
 */
const LOOK_BACK_MS = 180_000;

export const livePage: Page = {
  title: "Live",
  async render(context: PageContext) {
    const state = h("span", { class: "badge good", id: "live-state" }, "live");
    const box = h("div", { id: "live-list" });
    const problem = h("div", {});
    context.root.append(pageHeader("Live", state), h("p", { class: "hint" }, "Decisions appear as they are logged (newest first); updates pause while this tab is hidden."), problem, box);
    let records: DecisionRecord[] = [];
    let timer: number | undefined;
    let polling = false;
    // Until a poll has answered, nothing is known: "Waiting for requests…" (and "send one") stood under a gateway that
    // could not be reached, over a log full of decisions.
    let answered = false;

    const draw = () => {
      if (!answered) replace(box, h("p", { class: "loading", role: "status" }, "Loading…"));
      else if (records.length === 0) replace(box, emptyState("Waiting for requests…", ["Send one to ", code(`${location.origin}/v1/chat/completions`), " and it shows up here within two seconds."]));
      else keepingFocus(box, () => replace(box, decisionTable(records)));
    };
    const poll = async () => {
      if (polling) return;
      polling = true;
      try {
        const newest = records[0]?.createdAt;
        const since = newest === undefined ? "1h" : new Date(newest - LOOK_BACK_MS).toISOString();
        const fresh = (await api<List<DecisionRecord>>("/api/decisions", { query: { since, limit: SHOWN } })).data;
        const known = new Set(records.map((record) => record.id));
        const added = fresh.filter((record) => !known.has(record.id) && (newest === undefined || record.createdAt >= newest - LOOK_BACK_MS));
        if (added.length > 0 || !answered) {
          answered = true;
          records = [...added, ...records].sort((a, b) => b.createdAt - a.createdAt).slice(0, SHOWN);
          draw();
        }
        replace(problem);
        if (timer !== undefined) setState("live", "good");
      } catch (error) {
        // The badge must not keep saying "live" while every poll fails: it says the list is stale until one succeeds.
        replace(problem, errorBox(error, { retrying: "Live tries again every 2 seconds and catches up once the gateway answers." }));
        // Nothing to show yet but the error above ("Loading…" under it read as still trying to load, not as failed).
        if (!answered) replace(box);
        if (timer !== undefined) setState("not updating (retrying)", "bad");
      } finally {
        polling = false;
      }
    };
    const setState = (text: string, tone: "good" | "bad" | "neutral") => {
      state.textContent = text;
      state.className = `badge ${tone}`;
    };
    /** Starts polling; resolves once the first poll has answered (or failed). */
    const start = async () => {
      if (timer !== undefined) return;
      setState("live", "good");
      const first = poll();
      timer = window.setInterval(() => void poll(), POLL_MS);
      await first;
    };
    const stop = () => {
      if (timer !== undefined) window.clearInterval(timer);
      timer = undefined;
      setState("paused (tab hidden)", "neutral");
    };
    const onVisibility = () => (document.hidden ? stop() : void start());
    document.addEventListener("visibilitychange", onVisibility);
    context.onLeave(() => {
      document.removeEventListener("visibilitychange", onVisibility);
      stop();
    });
    // The view is ready once the first poll has drawn the rows (the router says "Loading…" until then): Back from a
    // decision opened here put the focus back on its row only once the rows were there, and they came after.
    if (!document.hidden) return start();
    draw();
    stop();
  },
};

/**
 * Redraws the list and puts focus back on the link of the decision it was on: drawing the table anew every time
 * decisions arrived dropped a keyboard's focus to the body, so on a busy gateway no row could be reached and opened.
 */
function keepingFocus(box: HTMLElement, redraw: () => void): void {
  const focused = document.activeElement;
  const id = focused instanceof HTMLAnchorElement && box.contains(focused) ? focused.closest("tr")?.dataset.decision : undefined;
  redraw();
  if (id === undefined) return;
  for (const row of box.querySelectorAll<HTMLTableRowElement>("tr[data-decision]")) if (row.dataset.decision === id) row.querySelector("a")?.focus();
}
