/**
 * Safe Postgres identifiers for configurable schema names.
 * @module
 */
import { ConfigError } from "../../core/errors/index.js";

/** Quotes a schema or table name; only letters, digits and `_` are accepted. */
export function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new ConfigError([{ path: "storage", message: `invalid Postgres schema name "${name}": use letters, digits and _` }]);
  }
  return `"${name}"`;
}
