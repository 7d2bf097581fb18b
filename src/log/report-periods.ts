/**
 * The period a report reads when none is given. Spend views look at the last 7 days; experiment views (the CLI's
 * `report --by experiment`, `/api/report?by=experiment`, `/api/experiments`, the dashboard's Experiments page and
 * `router promote`) at the last 30, since an experiment runs for weeks and its verdict needs all of them (ADR 0071).
 * @module
 */

/** The default `since` of spend reports (`switchyard report`, `GET /api/report`). */
export const DEFAULT_REPORT_SINCE = "7d";

/** The default `since` of every experiment view. */
export const DEFAULT_EXPERIMENT_SINCE = "30d";

/** The default `since` of a report grouped `by` this dimension. */
export function defaultReportSince(by: string): string {
  return by === "experiment" ? DEFAULT_EXPERIMENT_SINCE : DEFAULT_REPORT_SINCE;
}
