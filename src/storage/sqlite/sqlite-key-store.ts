/**
 * The SQLite KeyStore. A partial unique index keeps active names unique.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";
import type { KeyStore, VirtualKey } from "../key-store.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";
import { busyRetryFor } from "./retry-while-busy.js";
import { sameSecretHash } from "../virtual-key-secret.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS virtual_keys (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, prefix TEXT NOT NULL, secret_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL, revoked_at INTEGER, daily_budget_usd REAL, monthly_budget_usd REAL,
  rpm INTEGER, allowed_tiers TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS virtual_keys_active_name ON virtual_keys (name) WHERE revoked_at IS NULL;
`;

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  created_at: number;
  revoked_at: number | null;
  daily_budget_usd: number | null;
  monthly_budget_usd: number | null;
  rpm: number | null;
  allowed_tiers: string | null;
}

/** Creates the key store over an open database; creates its table if missing. */
export function createSqliteKeyStore(db: SqliteDatabase, { closeDatabase = false } = {}): KeyStore {
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT INTO virtual_keys (id, name, prefix, secret_hash, created_at, revoked_at, daily_budget_usd, monthly_budget_usd, rpm, allowed_tiers)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byHash = db.prepare<[string], KeyRow>("SELECT * FROM virtual_keys WHERE secret_hash = ?");
  const byId = db.prepare<[string], KeyRow>("SELECT * FROM virtual_keys WHERE id = ?");
  const all = db.prepare<[], KeyRow>("SELECT * FROM virtual_keys ORDER BY created_at, rowid");
  const activeByIdOrName = db.prepare<[string, string, string], KeyRow>(
    "SELECT * FROM virtual_keys WHERE revoked_at IS NULL AND (id = ? OR name = ?) ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END LIMIT 1",
  );
  const revoke = db.prepare("UPDATE virtual_keys SET revoked_at = ? WHERE id = ?");
  const countActive = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM virtual_keys WHERE revoked_at IS NULL");

  const retryWhileBusy = busyRetryFor(db);
  return {
    async insert(key, secretHash) {
      try {
        await retryWhileBusy(() => insert.run(key.id, key.name, key.prefix, secretHash, key.createdAt, key.revokedAt, key.dailyBudgetUsd, key.monthlyBudgetUsd, key.rpm, key.allowedTiers ? JSON.stringify(key.allowedTiers) : null));
      } catch (error) {
        if (String((error as Error).message).includes("UNIQUE") && String((error as Error).message).includes("name")) {
          throw new InvalidRequestError(`An active key is already named "${key.name}". Revoke it first or pick another name.`, { param: "name" });
        }
        throw error;
      }
    },
    async findByHash(secretHash) {
      const row = byHash.get(secretHash);
      // The index finds the row; the final equality is checked in constant time.
      return row && sameSecretHash(row.secret_hash, secretHash) ? toKey(row) : undefined;
    },
    async findById(id) {
      const row = byId.get(id);
      return row && toKey(row);
    },
    async list({ includeRevoked = false } = {}) {
      return all.all().map(toKey).filter((key) => includeRevoked || key.revokedAt === null);
    },
    revoke: (idOrName, now) =>
      retryWhileBusy(() => {
        const row = activeByIdOrName.get(idOrName, idOrName, idOrName);
        if (!row) return undefined;
        revoke.run(now, row.id);
        return { ...toKey(row), revokedAt: now };
      }),
    async countActive() {
      return countActive.get()?.n ?? 0;
    },
    async close() {
      if (closeDatabase && db.open) db.close();
    },
  };
}

function toKey(row: KeyRow): VirtualKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    dailyBudgetUsd: row.daily_budget_usd,
    monthlyBudgetUsd: row.monthly_budget_usd,
    rpm: row.rpm,
    allowedTiers: row.allowed_tiers ? (JSON.parse(row.allowed_tiers) as string[]) : null,
  };
}
