/**
 * The query parameters each admin GET route reads, and the check that refuses one it does not read when the caller
 * plainly meant it: a parameter another admin route reads (`until` on an experiment report, whose period ends now),
 * a near miss of one (`teir`), or a page offset. Each was ignored, so the answer covered what its URL said it did
 * not. Any other name (a cache-buster `_=`, a tracking tag) is still ignored, as docs/admin-api.md says.
 * @module
 */
import { closestName } from "../../core/closest-name.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { escapeSentText, quoteSentText } from "../../core/quote-sent-text.js";

const FILTERS = ["since", "until", "task", "tier", "model", "status", "key", "experiment", "min_cost_usd"] as const;

/**
 * What each admin GET route reads from its query string (by the route's URL pattern). A route that starts reading a
 * parameter lists it here, or a name another route reads is refused on it.
 */
export const ADMIN_QUERY_PARAMS: Readonly<Record<string, readonly string[]>> = {
  "/api/overview": ["by", "series"],
  "/api/report": ["by", ...FILTERS],
  "/api/report/timeseries": ["bucket", "by", ...FILTERS],
  "/api/decisions": ["limit", "cursor", ...FILTERS],
  "/api/decisions/:id": [],
  "/api/models/stats": FILTERS,
  "/api/budgets": ["key", "task", "tier"],
  "/api/experiments": ["since"],
  "/api/experiments/:name/report": ["since"],
  "/api/keys": [],
  "/api/router": [],
  "/api/router/shadow": ["since"],
};

const ADMIN_NAMES = [...new Set(Object.values(ADMIN_QUERY_PARAMS).flat())];
/**
 * How other APIs page: no admin route reads them (`/api/decisions` pages by cursor). Offsets, and the ids OpenAI's
 * (`after`, `before`), Stripe's (`starting_after`, `ending_before`) and Anthropic's (`after_id`, `before_id`) lists
 * page from: a pager that sent its last id as one got the first page again, for ever (round 23).
 */
const PAGE_OFFSETS = new Set(["offset", "page", "skip", "per_page", "page_size", "after", "before", "starting_after", "ending_before", "after_id", "before_id"]);
/** Of those, the two that also read as a time: a period's start and end (`since`, `until`) where a route has one. */
const TIME_WORDS = new Set(["after", "before"]);
/** Shorter names are left alone: a near miss of three letters or fewer is as likely a cache-buster (`_`, `ts`, `v`). */
const MIN_NEAR_MISS_LENGTH = 4;

/** Throws a 400 naming the first query parameter `route` does not read and the caller plainly meant, if any. */
export function refuseUnreadQueryParams(route: string, query: unknown): void {
  const reads = ADMIN_QUERY_PARAMS[route];
  if (reads === undefined || typeof query !== "object" || query === null) return;
  for (const written of Object.keys(query)) {
    // `name[]` and `name[0]` (how qs and axios write a list) are the name's; queryValue refuses the list form.
    const name = written.split("[", 1)[0] ?? written;
    if (reads.includes(name)) continue;
    const why = refusal(route, reads, name);
    if (why !== undefined) throw new InvalidRequestError(why, { param: escapeSentText(name, 64) });
  }
}

/**
 * Throws a 400 naming a DELETE's first query parameter: no admin DELETE reads one, and a revoke cannot be taken back, so
 * `?dry_run=1` or `?confirm=false` is refused rather than ignored (it revoked the key).
 */
export function refuseDeleteQueryParams(route: string, query: unknown): void {
  if (typeof query !== "object" || query === null) return;
  const written = Object.keys(query)[0];
  if (written === undefined) return;
  const name = written.split("[", 1)[0] ?? written;
  // The name is the caller's text: quoted escaped, so a line separator or a direction override cannot rewrite the message.
  const quoted = quoteSentText(name, 64);
  throw new InvalidRequestError(`DELETE ${route} takes no query parameters, and ${quoted} would be ignored while the delete went ahead: nothing was deleted. Send it without the query string.`, { param: escapeSentText(name, 64) });
}

function refusal(route: string, reads: readonly string[], name: string): string | undefined {
  const takes = reads.length === 0 ? "it takes no parameters" : `it takes ${reads.join(", ")}`;
  if (ADMIN_NAMES.includes(name)) return `${route} does not take ${name} (${takes}), so it would be ignored and the answer not narrowed by it.`;
  if (PAGE_OFFSETS.has(name)) {
    const paging = reads.includes("cursor") ? `${route} pages with limit and cursor (the next_cursor of the previous page)` : `${route} is not paged (${takes})`;
    // `?after=2026-11-01` meant a period: told only how the route pages, its sender was not told what it wanted.
    const period = TIME_WORDS.has(name) && reads.includes("since") ? "; a period is since (after) and until (before)" : "";
    return `${name} is not read: ${paging}${period}.`;
  }
  if (name.length < MIN_NEAR_MISS_LENGTH) return undefined;
  const meant = closestName(name, reads, 1 / 3);
  // Only here is the name the caller's own text (the others are names from the fixed lists above): quoted escaped.
  return meant === undefined ? undefined : `unknown parameter ${quoteSentText(name, 64)}; did you mean ${meant}? (${route}: ${takes})`;
}
