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

/** A REAL / DOUBLE PRECISION NOT NULL column: a finite number, else 0. */
export function realValue(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** A nullable REAL column: a finite number, else null. */
export function optionalRealValue(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
