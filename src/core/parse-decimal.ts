/**
 * A number as a person writes one in a flag or a query string: decimal, with an optional sign, fraction and exponent,
 * spaces around. `Number()` also reads `""` and blanks as 0 (an unset shell variable became a $0 budget) and
 * `0x10`, `0b1`, `0o7` as other bases; those are no number here.
 * @module
 */

const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;

/** The number `value` writes in decimal, else NaN. */
export function parseDecimal(value: string): number {
  return DECIMAL.test(value) ? Number(value) : Number.NaN;
}
