/**
 * "The first N rows" queries with N written into the SQL instead of bound. The SQLite that better-sqlite3 ships
 * (3.53, built with STAT4) marks a statement whose `LIMIT` is a bound parameter to be compiled again whenever that
 * parameter is bound, so every run of `... LIMIT ?` parsed and planned its SQL afresh: about a quarter of the
 * outbox's `peek`, which runs twice per shipped batch (docs/benchmarks.md, Gateway, sixteenth pass). One statement
 * per limit value is prepared once and kept; the limits used are a handful of settings and constants.
 * @module
 */
import type { SqliteDatabase } from "./open-sqlite-database.js";

/** Most distinct limits kept prepared; past it a limit runs on the bound statement (compiled again each run). */
export const MAX_PREPARED_LIMITS = 8;

/** `ORDER BY ... LIMIT` queries by limit; `sql` ends where `LIMIT` would go. */
export function limitedQuery<Row>(db: SqliteDatabase, sql: string): (limit: number) => Row[] {
  const byLimit = new Map<number, { all: () => Row[] }>();
  let bound: { all: (limit: number) => Row[] } | undefined;
  return (limit) => {
    let statement = byLimit.get(limit);
    if (!statement) {
      // Only a whole, non-negative limit is written into the SQL; anything else goes through the bound form, as before.
      if (!Number.isSafeInteger(limit) || limit < 0 || byLimit.size >= MAX_PREPARED_LIMITS) {
        bound ??= db.prepare<[number], Row>(`${sql} LIMIT ?`);
        return bound.all(limit);
      }
      statement = db.prepare<[], Row>(`${sql} LIMIT ${limit}`);
      byLimit.set(limit, statement);
    }
    return statement.all();
  };
}
