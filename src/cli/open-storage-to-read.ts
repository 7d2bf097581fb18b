/**
 * Opens the configured storage for a command that only reads it (`report`, `keys list`, `train --from-log`, the
 * experiment gate of `router promote`). Opening a SQLite file that is not there creates it (and its folder), so such a
 * command run in the wrong folder left an empty `.switchyard/switchyard.db` behind and printed an empty report that
 * passed for "no traffic". Here a missing file is an error naming the path and how to point at the log; with Postgres
 * configured, a missing local file only means no outbox to ship, and an in-memory one stands in for it.
 * @module
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { InvalidRequestError } from "../core/errors/index.js";
import { openStorage, type Storage, type StorageConfig } from "../storage/open-storage.js";
import type { CliIo } from "./cli-io.js";

/**
 * `storage` without Redis, for a command that reads or writes only the key store or the decision log: those live in
 * SQLite or Postgres, never in Redis (the ledger, rate limits and circuits), so a Redis that is down, the outage an
 * operator runs `report` to look into, made the command fail with "cannot connect" for nothing.
 */
export function withoutRedis(storage: StorageConfig): StorageConfig {
  return { ...storage, redis_url: undefined };
}

/** Opens `storage` (without Redis: `withoutRedis`) to read `what` from it, creating no file. */
export async function openStorageToRead(configured: StorageConfig, io: CliIo, what: "decision log" | "key store"): Promise<Storage> {
  const storage = withoutRedis(configured);
  const file = storage.sqlite === ":memory:" ? undefined : path.resolve(io.cwd, storage.sqlite);
  if (file === undefined || existsSync(file)) return openStorage({ storage, cwd: io.cwd, reportQueries: true });
  if (storage.postgres_url) return openStorage({ storage: { ...storage, sqlite: ":memory:" }, cwd: io.cwd, reportQueries: true });
  throw new InvalidRequestError(
    `No ${what} found at ${file}: nothing was created. The gateway writes to the storage.sqlite file of its own config, ./.switchyard/switchyard.db in the folder \`switchyard serve\` runs in. Run this command in that folder, or pass --config with the same storage (storage.sqlite, or storage.postgres_url).`,
  );
}
