/**
 * Values bound to the decision table's columns, each of its column's type whatever the record held at run time.
 * A record's types are a promise TypeScript cannot keep for numbers and strings that came from the upstream or a
 * client: one value a driver cannot bind (an object, a boolean, NaN in a NOT NULL column, 1.5 in a BIGINT) fails
 * its whole batch on every try, so no later record would ever ship and every read, which flushes first, would fail.
 * @module
 */

/** A TEXT column: strings as they are; numbers and booleans as text; anything else (objects) as JSON, else null. */
export function textValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/** A TEXT NOT NULL column: as `textValue`, with "" for nothing. */
export function requiredTextValue(value: unknown): string {
  return textValue(value) ?? "";
}

/** An INTEGER / BIGINT NOT NULL column: a finite number rounded and held within JavaScript's safe integers, else 0. */
export function wholeValue(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return 0;
  return Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, Math.round(value)));
}

/**
 * A REAL / DOUBLE PRECISION NOT NULL column: a number as it is, NaN as the text "NaN" (SQLite binds NaN as NULL,
 * which the column refuses; it keeps the text, Postgres reads it as its NaN), anything else 0. A NaN or infinite cost
 * or latency was written as 0 and read back as a plausible free, instant request; kept, it reads back as the number
 * it was, which reports count as impossible (log/impossible-measures.ts) and the admin API gives as null.
 */
export function realValue(value: unknown): number | string {
  if (typeof value !== "number") return 0;
  return Number.isNaN(value) ? "NaN" : value;
}

/** A nullable REAL column: a finite number, else null. */
export function optionalRealValue(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
