/**
 * The dashboard's entry: the layout (navigation, sign-out) and a small History-API router over the pages.
 * Every page renders into `main` with DOM calls only (see dom.ts).
 * @module
 */
import { dashboardPageAt, type DashboardSection } from "../core/dashboard-page-path.js";
import { h, replace, errorBox } from "./dom.js";
import type { Page, PageContext } from "./page.js";
import { decisionDetailPage } from "./pages/decision-detail.js";
import { decisionsPage } from "./pages/decisions.js";
import { experimentsPage } from "./pages/experiments.js";
import { keysPage } from "./pages/keys.js";
import { livePage } from "./pages/live.js";
import { modelsPage } from "./pages/models.js";
import { overviewPage } from "./pages/overview.js";
import { playgroundPage } from "./pages/playground.js";
import { routerPage } from "./pages/router.js";
import { viewFocus } from "./view-focus.js";

const NAV: { path: string; label: string }[] = [
  { path: "/dashboard", label: "Overview" },
  { path: "/dashboard/decisions", label: "Decisions" },
  { path: "/dashboard/models", label: "Models" },
  { path: "/dashboard/experiments", label: "Experiments" },
  { path: "/dashboard/router", label: "Router" },
  { path: "/dashboard/keys", label: "Keys & budgets" },
  { path: "/dashboard/playground", label: "Route playground" },
  { path: "/dashboard/live", label: "Live" },
];

const PAGES: Record<DashboardSection, (param: string | undefined) => Page> = {
  "": () => overviewPage,
  decisions: (param) => (param ? decisionDetailPage : decisionsPage),
  models: () => modelsPage,
  experiments: () => experimentsPage,
  router: () => routerPage,
  keys: () => keysPage,
  playground: () => playgroundPage,
  live: () => livePage,
};

/** The page for a path, and the path segment after the page's own (an id or name); the server reads paths the same way. */
function pageFor(path: string): { page: Page; param: string | undefined } | undefined {
  const found = dashboardPageAt(path);
  return found ? { page: PAGES[found.section](found.param), param: found.param } : undefined;
}

// tabindex -1: the skip link can move focus here (a main element is not focusable by itself).
const main = h("main", { id: "main", class: "content", tabindex: -1 });
/**
 * Says "Updated: <page>" when a view changed under a control that kept the focus (a picker, a filter, "Older →"): a
 * screen reader heard nothing of the new figures or rows. Present from the start, as a live region must be.
 */
const viewStatus = h("p", { class: "visually-hidden", role: "status", "data-view-status": "" });
const navLinks = NAV.map((item) => h("a", { href: item.path, class: "nav-link" }, item.label));
let cleanups: (() => void)[] = [];
/** Counts page views, so a view the user has already left cannot register timers on the next one. */
let views = 0;
/** The path and query of the view on the page (a change of the fragment alone keeps it). */
let shownUrl = "";
/** The path of the view on the page ("" before the first; focus on a control is kept across views of the same path). */
let shownPath = "";
/**
 * The place in this tab's history of the entry shown, kept with each entry the router pushes: a popstate that lands
 * on a higher one is Forward, a lower one Back (the browser says neither), so Forward gives the new view's heading the
 * focus rather than its link back to the view just left ("← All decisions").
 */
let shownIndex = historyIndex() ?? 0;

/** The place kept with the history entry shown now, when it has one (entries this router pushed or replaced). */
function historyIndex(): number | undefined {
  const index = (history.state as { index?: unknown } | null)?.index;
  return typeof index === "number" && Number.isSafeInteger(index) ? index : undefined;
}

/** Which way a popstate went, from the place kept with the entry it landed on; "back" when it holds none (as before). */
function traversalTo(index: number | undefined): "back" | "forward" {
  return index !== undefined && index > shownIndex ? "forward" : "back";
}

function layout(): HTMLElement {
  const signOut = h(
    "form",
    { method: "post", action: "/dashboard/sign-out", class: "sign-out" },
    h("button", { type: "submit", class: "secondary" }, "Sign out"),
  );
  // Keyboard users reach the page without tabbing through the whole navigation first (WCAG 2.4.1). Handled here,
  // not as a plain #main link: the router would take the link for a page change.
  const skip = h(
    "a",
    {
      href: "#main",
      class: "skip-link",
      on: {
        click: (event) => {
          event.preventDefault();
          main.focus();
        },
      },
    },
    "Skip to content",
  );
  const header = h("header", { class: "top" }, h("a", { href: "/dashboard", class: "brand" }, h("span", { class: "brand-mark", "aria-hidden": "true" }), "Switchyard"), h("nav", { "aria-label": "Dashboard" }, navLinks), signOut);
  trackHeaderHeight(header);
  return h("div", { class: "layout" }, skip, header, main, viewStatus);
}

/**
 * Keeps the sticky header's height in `--header-height`, which `scroll-padding-top` (styles.css) leaves free when the
 * browser scrolls a focused control into view: Shift+Tab up a list put each link under the header (WCAG 2.4.11), on
 * a phone under three lines of navigation. Measured, since the navigation wraps to one, two or three lines.
 */
function trackHeaderHeight(header: HTMLElement): void {
  new ResizeObserver(() => document.documentElement.style.setProperty("--header-height", `${header.offsetHeight}px`)).observe(header);
}

/**
 * Shows the page for the current URL. After Back or Forward (`restoreScroll`) it scrolls to where that entry was
 * left, once the view has its data: the browser's own restoring ran before the list was there, so Back from a
 * decision opened far down the list landed at its top.
 */
async function render(options: { restoreScroll?: boolean; traversal?: "back" | "forward" } = {}): Promise<void> {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
  const path = location.pathname;
  viewStatus.textContent = "";
  const focus = viewFocus({ main, path, shownPath, leftUrl: shownUrl, traversal: options.traversal ?? "none" });
  shownIndex = historyIndex() ?? shownIndex;
  shownPath = path;
  shownUrl = path + location.search;
  for (const link of navLinks) {
    const target = link.getAttribute("href") ?? "";
    const current = target === "/dashboard" ? path === "/dashboard" || path === "/dashboard/" : path.startsWith(target);
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const match = pageFor(path);
  // Each view renders into a box of its own: a slower view the user already left (its data arrives late) then
  // fills a detached box instead of appending itself under the page now shown.
  const root = h("div", { class: "page" });
  const view = ++views;
  replace(main, root);
  if (!match) {
    // As the server's 404 page says it for a link opened afresh.
    document.title = "Page not found · Switchyard";
    replace(root, h("h1", {}, "Page not found"), h("p", { class: "callout error", role: "alert" }, `There is no dashboard page at ${path.length > 200 ? `${path.slice(0, 200)}…` : path}. Pick a page from the navigation above.`));
    focus.settled(root);
    return;
  }
  const context: PageContext = {
    root,
    param: match.param,
    query: new URLSearchParams(location.search),
    navigate,
    onLeave: (cleanup) => (view === views ? cleanups.push(cleanup) : cleanup()),
    retry: () => retryView(view),
  };
  document.title = `${match.page.title} · Switchyard`;
  // Pages append their heading first and their data once it arrives: until then (or until the call gives up,
  // see API_TIMEOUT_MS) the page says it is loading instead of looking finished and empty.
  const loading = h("p", { class: "loading", role: "status" }, "Loading…");
  try {
    const rendered = match.page.render(context);
    root.append(loading);
    focus.early(root);
    await rendered;
  } catch (error) {
    // A page that failed before its heading still says which page it is (a lone red box did not).
    if (!root.querySelector("h1")) root.prepend(h("h1", { class: "page-title" }, match.page.title));
    root.append(errorBox(error, { retry: () => retryView(view) }));
  } finally {
    loading.remove();
  }
  if (view === views) viewStatus.textContent = focus.settled(root) ? `Updated: ${match.page.title}` : "";
  // After "Loading…" is gone, which sat above the data and moved it down.
  const saved = (history.state as { scrollY?: unknown } | null)?.scrollY;
  if (options.restoreScroll && view === views && typeof saved === "number") window.scrollTo(0, saved);
}

/**
 * Reads the view again in place (an error box's "Try again"), if it is still the one shown: the URL, the history entry
 * and the scroll stay; the focus, lost with the button, goes to the heading (view-focus.ts).
 */
function retryView(view: number): void {
  if (view === views) void render();
}

/** Goes to a dashboard URL without a reload. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  // Where this entry was left, for Back (see render).
  if (!options.replace) history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, "");
  // The view it was reached from, kept with the entry (Back, Forward and a reload keep it): a decision links back to
  // the list it was opened from (decisionsListLink), not to whichever list this tab showed last.
  if (options.replace) history.replaceState({ index: shownIndex }, "", url);
  else history.pushState({ from: shownUrl, index: shownIndex + 1 }, "", url);
  window.scrollTo(0, 0);
  void render();
}

document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.("a");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || link.target) return;
  const url = new URL(link.href, location.href);
  // A link to a part of this page ("#attempts") is the browser's to follow: as a navigation it drew the page again
  // from the top and never reached the part.
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
  // Assets and the server's own sign-in and sign-out pages load as documents, not as views of this app.
  const serverPage = url.pathname.startsWith("/dashboard/assets") || url.pathname.startsWith("/dashboard/sign-");
  if (url.origin !== location.origin || !url.pathname.startsWith("/dashboard") || serverPage) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});
// Following a link to a part of the page ("#attempts") also fires popstate: the view shown is still the right one.
window.addEventListener("popstate", () => {
  if (location.pathname + location.search !== shownUrl) {
    void render({ restoreScroll: true, traversal: traversalTo(historyIndex()) });
    return;
  }
  // That link added an entry of the browser's own, with no place: it gets the next one, or a Forward from it to the
  // entry after it was taken for Back (the focus went to the link to the view just left).
  if (historyIndex() === undefined) history.replaceState({ ...(history.state as object | null), index: shownIndex + 1 }, "");
  shownIndex = historyIndex() ?? shownIndex;
});

const app = document.getElementById("app");
if (app) {
  // The first entry's place, kept for a reload and for the popstate that comes back to it.
  if (historyIndex() === undefined) history.replaceState({ ...(history.state as object | null), index: shownIndex }, "");
  replace(app, layout());
  void render();
}
