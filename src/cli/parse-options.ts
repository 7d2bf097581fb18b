/**
 * Parsers for numeric and list flags, with errors that say what was expected.
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";
import { parseDecimal } from "../core/parse-decimal.js";

/** Parses `--quality`: a number from 0 to 1. */
export function parseQuality(value: string): number {
  const quality = parseDecimal(value);
  if (!Number.isFinite(quality) || quality < 0 || quality > 1) {
    throw new InvalidRequestError(`--quality must be a number from 0 to 1 (got "${value}").`);
  }
  return quality;
}

/** Parses a non-negative number flag. */
export function parseNonNegative(flag: string, value: string): number {
  const number = parseDecimal(value);
  if (!Number.isFinite(number) || number < 0) throw new InvalidRequestError(`${flag} must be a non-negative number (got "${value}").`);
  return number;
}

/** Parses a whole-number flag from `min` to `max`, written in decimal (`1.5`, `1e3` or `0x10` are refused). */
export function parseWholeNumber(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new InvalidRequestError(`${flag} must be a whole number from ${min} to ${max} (got "${value}").`);
  }
  return number;
}

/** Parses a comma-separated list flag. */
export function parseList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}
