/**
 * `2026-11-26 22:36 UTC` for a report's headings: the reports' ISO bounds (`2026-11-26T22:36:55.295Z`, kept in
 * `--json`) read as machine output, and the days are UTC days, which it says.
 * @module
 */

/** An ISO date-time as its UTC minute. */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
