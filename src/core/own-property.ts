/**
 * Lookups keyed by outside input (a tier, task or experiment a client names) on plain objects from config.
 * `record[name]` would reach `Object.prototype` for names such as `__proto__`, `constructor` or `toString`;
 * these helpers read own properties only. Lint (`no-restricted-syntax` in eslint.config.mjs) forbids computed
 * access on `tiers` / `tasks` records so every such lookup goes through here.
 * @module
 */

/** The record's own value for `key`, or undefined (never an inherited property). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when `key` is an own property of the record. */
export function hasOwnKey(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}
