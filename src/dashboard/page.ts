/**
 * What every page gets from the router.
 * @module
 */

/** The router's context for one page view. */
export interface PageContext {
  /** Where the page renders (emptied before). */
  root: HTMLElement;
  /** The path segment after the page's own, e.g. a decision id. */
  param: string | undefined;
  query: URLSearchParams;
  navigate(url: string, options?: { replace?: boolean }): void;
  /** Reads and draws the view again, as it is (an error box's "Try again"). */
  retry(): void;
  /** Runs when the user leaves the page (stop timers and listeners here). */
  onLeave(cleanup: () => void): void;
}

/** A page. */
export interface Page {
  title: string;
  render(context: PageContext): void | Promise<void>;
}
