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
 * A token count (INTEGER NOT NULL on SQLite): a whole number as `wholeValue` holds it; NaN as the text "NaN" and an
 * infinity as itself, as `realValue` keeps a cost or latency (SQLite keeps both in an INTEGER column). Both were
 * written as 0, read back as a plausible empty answer, and left out of reports' `impossible` count.
 */
export function tokenValue(value: unknown): number | string {
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) return value;
  return wholeValue(value);
}

/**
 * The BIGINT values Postgres keeps a NaN or infinite token count as (a BIGINT holds neither): the three smallest,
 * far below any count `wholeValue` writes and below zero, so reports' `impossibleSql` counts them as impossible too.
 */
const POSTGRES_TOKEN_SENTINELS: readonly [string, number][] = [
  ["-9223372036854775808", Number.NaN],
  ["-9223372036854775807", Number.NEGATIVE_INFINITY],
  ["-9223372036854775806", Number.POSITIVE_INFINITY],
];

/** A token count for a Postgres BIGINT NOT NULL column: as `tokenValue`, NaN and the infinities as their sentinels. */
export function postgresTokenValue(value: unknown): number | string {
  const kept = tokenValue(value);
  if (typeof kept === "number" && Number.isFinite(kept)) return kept;
  return POSTGRES_TOKEN_SENTINELS.find(([, number]) => Object.is(number, Number(kept)))?.[0] ?? 0;
}

/** A stored token count back to a number: SQLite's "NaN" and Postgres's sentinels (BIGINT as text) to what they stand for. */
export function tokenCount(value: unknown): number {
  const sentinel = POSTGRES_TOKEN_SENTINELS.find(([text]) => text === String(value));
  return sentinel ? sentinel[1] : Number(value);
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
