/**
 * Which dashboard page a path names, read the same way by the server (which answers a path that names none with a
 * 404 page) and by the dashboard's own router (which renders the page): one list, so the two never disagree.
 * @module
 */

/** The dashboard's pages by the path segment after `/dashboard` ("" is the overview), and whether one more segment (an id, a name) follows. */
const PAGES = { "": false, decisions: true, experiments: true, router: false, models: false, keys: false, playground: false, live: false } as const;

/** A dashboard page: the segment after `/dashboard` ("" for the overview). */
export type DashboardSection = keyof typeof PAGES;

/** The page a path names. */
export interface DashboardPagePath {
  section: DashboardSection;
  /** The decoded segment after the page's own (a decision id, an experiment name), if any. */
  param: string | undefined;
}

/**
 * The page a path (without its query) names, or undefined when it names none: an unknown section, a segment more
 * than the page takes, an empty segment, or broken percent-encoding. One trailing slash is allowed.
 */
export function dashboardPageAt(pathname: string): DashboardPagePath | undefined {
  if (pathname !== "/dashboard" && !pathname.startsWith("/dashboard/")) return undefined;
  const rest = pathname.endsWith("/") ? pathname.slice("/dashboard/".length, -1) : pathname.slice("/dashboard/".length);
  const segments = rest === "" ? [] : rest.split("/").map(decodeSegment);
  const [section = "", param, ...more] = segments;
  if (more.length > 0 || segments.some((segment) => segment === undefined || segment === "")) return undefined;
  if (!Object.hasOwn(PAGES, section)) return undefined;
  const known = section as DashboardSection;
  if (param !== undefined && !PAGES[known]) return undefined;
  return { section: known, param };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
