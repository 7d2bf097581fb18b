/**
 * Where the keyboard's focus goes when the router replaces one view with another. Before, it stayed wherever the
 * old view left it: on a link of the navigation (a screen reader said nothing of the new page), or, for a link of the
 * old view itself (a decision in the list, "Older →", "← Back to the list") and after Back or Forward, on the body,
 * so the next Tab started again at the top of the navigation.
 * @module
 */

/** What the router knows of a view change, taken before the old view goes. */
export interface ViewChange {
  /** The element that shows the views. */
  main: HTMLElement;
  /** The path of the view to show, and of the view shown until now ("" before the first). */
  path: string;
  shownPath: string;
  /** The path and query of the view being left. */
  leftUrl: string;
  /**
   * How the view was reached: Back goes back to the link that led from this view to the one being left, when it is
   * there; Forward and a link give the heading the focus (Forward's view links back to the view left, "← All
   * decisions", which is where the user just was, not where they went).
   */
  traversal: "none" | "back" | "forward";
}

/** Moves focus into a view: `early` once its heading is there, `settled` once its data is. */
export interface ViewFocus {
  early(root: HTMLElement): void;
  /** True when a control kept the focus: nothing else tells a screen reader the view under it changed. */
  settled(root: HTMLElement): boolean;
}

/**
 * The focus plan for a view change. A control of the view with an id keeps the focus in the next view of the same
 * path (a period picker, a filter: the arrow keys step through a picker's choices, each step a view). Otherwise,
 * unless the user has moved the focus meanwhile, the new view's heading takes it (a screen reader reads it out, and
 * Tab goes on from the top of the page); after Back, the link to the view left takes it, once it is there
 * (Back from a decision lands on that decision's row, as the list is scrolled back to it).
 */
export function viewFocus(change: ViewChange): ViewFocus {
  const { main, path, shownPath, leftUrl } = change;
  const before = document.activeElement;
  const keptId = before instanceof HTMLElement && before.id && main.contains(before) && path === shownPath ? before.id : "";
  const firstView = shownPath === "";
  let heading: HTMLElement | null = null;
  // Focus the router may move: lost with the old view, still where the user started the change from, or on the
  // heading the router gave it to while the data loaded.
  const movable = () => {
    const now = document.activeElement;
    return now === null || now === document.body || now === before || (heading !== null && now === heading);
  };
  const keep = (root: HTMLElement): boolean => {
    if (keptId === "") return false;
    if (!movable()) return root.contains(document.activeElement);
    const again = root.querySelector<HTMLElement>(`#${CSS.escape(keptId)}`);
    // Without scrolling to it: the router shows a new view from its top, and "Older →" (at the foot of the list, and
    // focused by a mouse click too) pulled the next page down to its last rows.
    again?.focus({ preventScroll: true });
    return again !== null;
  };
  const toHeading = (root: HTMLElement) => {
    if (firstView || !movable()) return;
    heading = root.querySelector<HTMLElement>("h1");
    if (!heading) return;
    // Focusable from script only: not a Tab stop, and no ring (styles.css) for a heading nobody can act on.
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  };
  return {
    early(root) {
      // A control to keep that comes with the data ("Older →" under the rows) is waited for: through the heading
      // meanwhile, a screen reader read "Decisions, heading level 1" before "Older →" on every page.
      if (keptId === "") toHeading(root);
      else keep(root);
    },
    settled(root) {
      if (keep(root)) return true;
      if (heading === null || document.activeElement !== heading) toHeading(root);
      if (change.traversal !== "back" || !movable()) return false;
      // Compared as the browser reads the link (its href may be relative, or spell a character otherwise).
      const back = Array.from(root.querySelectorAll<HTMLAnchorElement>("a[href]")).find((link) => link.origin === location.origin && link.pathname + link.search === leftUrl);
      back?.focus({ preventScroll: true });
      return false;
    },
  };
}
