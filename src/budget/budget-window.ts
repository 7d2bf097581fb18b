/**
 * Budget windows: UTC calendar days and months.
 * @module
 */

/** A budget window length. */
export type BudgetWindow = "day" | "month";

/** The window containing an instant. */
export interface WindowSpan {
  /** `2026-11-26` for a day, `2026-11` for a month. */
  label: string;
  /** Start, ms since epoch (inclusive). */
  startsAt: number;
  /** End, ms since epoch (exclusive). */
  endsAt: number;
}

/** The UTC day or month that contains `now`. */
export function windowAt(window: BudgetWindow, now: number): WindowSpan {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (window === "day") {
    const day = date.getUTCDate();
    const startsAt = Date.UTC(year, month, day);
    return { label: new Date(startsAt).toISOString().slice(0, 10), startsAt, endsAt: Date.UTC(year, month, day + 1) };
  }
  const startsAt = Date.UTC(year, month, 1);
  return { label: new Date(startsAt).toISOString().slice(0, 7), startsAt, endsAt: Date.UTC(year, month + 1, 1) };
}
