/**
 * The SQLite Ledger. Each reserve runs in one `BEGIN IMMEDIATE` transaction, which takes the database's
 * write lock before reading, so the check-then-reserve is atomic across every process sharing the file.
 * @module
 */
import type {
  ExpiredReservationPolicy,
  Ledger,
  LedgerBucketUsage,
  LedgerReserveInput,
  LedgerReserveResult,
} from "../../budget/ledger.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";
import { addMissingColumns } from "./add-missing-columns.js";
import { busyRetryFor } from "./retry-while-busy.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ledger_buckets (
  id TEXT PRIMARY KEY,
  budget TEXT NOT NULL,
  window_ends_at INTEGER NOT NULL,
  spent_nano_usd INTEGER NOT NULL DEFAULT 0,
  reserved_nano_usd INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS ledger_reservations (
  id TEXT PRIMARY KEY,
  amount_nano_usd INTEGER NOT NULL,
  bucket_ids TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  actual_nano_usd INTEGER
);
CREATE INDEX IF NOT EXISTS ledger_reservations_held ON ledger_reservations (expires_at) WHERE state = 'held';
`;

/** Settled reservations are kept this long (for audits and idempotent settles), then deleted by the sweep. */
const SETTLED_RETENTION_IN_MS = 86_400_000;

interface ReservationRow {
  id: string;
  amount_nano_usd: number;
  bucket_ids: string;
  state: string;
}

/** Creates a ledger over an open database (see `openSqliteDatabase`); creates its tables if missing. */
export function createSqliteLedger(db: SqliteDatabase, { closeDatabase = false } = {}): Ledger {
  db.exec(SCHEMA);
  // Files made before the settled cost was kept (reservationCharges) get the column.
  addMissingColumns(db, "ledger_reservations", [{ name: "actual_nano_usd", sql: "INTEGER" }]);
  const insertBucket = db.prepare(
    "INSERT OR IGNORE INTO ledger_buckets (id, budget, window_ends_at) VALUES (?, ?, ?)",
  );
  const readBucket = db.prepare<[string], { spent_nano_usd: number; reserved_nano_usd: number }>(
    "SELECT spent_nano_usd, reserved_nano_usd FROM ledger_buckets WHERE id = ?",
  );
  const addToBucket = db.prepare(
    "UPDATE ledger_buckets SET spent_nano_usd = spent_nano_usd + ?, reserved_nano_usd = reserved_nano_usd + ? WHERE id = ?",
  );
  const insertReservation = db.prepare(
    `INSERT INTO ledger_reservations (id, amount_nano_usd, bucket_ids, state, created_at, expires_at, updated_at)
     VALUES (?, ?, ?, 'held', ?, ?, ?)`,
  );
  const readReservation = db.prepare<[string], ReservationRow>(
    "SELECT id, amount_nano_usd, bucket_ids, state FROM ledger_reservations WHERE id = ?",
  );
  const setState = db.prepare("UPDATE ledger_reservations SET state = ?, updated_at = ? WHERE id = ?");
  const setSettled = db.prepare("UPDATE ledger_reservations SET state = 'settled', actual_nano_usd = ?, updated_at = ? WHERE id = ?");
  const readCharge = db.prepare<[string], { state: string; actual_nano_usd: number | null }>("SELECT state, actual_nano_usd FROM ledger_reservations WHERE id = ?");
  const readExpired = db.prepare<[number], ReservationRow>(
    "SELECT id, amount_nano_usd, bucket_ids, state FROM ledger_reservations WHERE state = 'held' AND expires_at <= ?",
  );
  const deleteSettled = db.prepare("DELETE FROM ledger_reservations WHERE state IN ('settled', 'released') AND updated_at < ?");

  const reserve = db.transaction((input: LedgerReserveInput): LedgerReserveResult => {
    for (const bucket of input.buckets) {
      // Read first: the bucket exists on every request but the first of its window.
      const row = readBucket.get(bucket.id);
      if (!row) insertBucket.run(bucket.id, bucket.budget, bucket.windowEndsAt);
      const remaining = bucket.limitInNanoUsd - (row?.spent_nano_usd ?? 0) - (row?.reserved_nano_usd ?? 0);
      if (input.amountInNanoUsd > remaining) {
        return { ok: false, budget: bucket.budget, bucketId: bucket.id, remainingInNanoUsd: remaining };
      }
    }
    for (const bucket of input.buckets) addToBucket.run(0, input.amountInNanoUsd, bucket.id);
    const ids = JSON.stringify(input.buckets.map((b) => b.id));
    insertReservation.run(input.reservationId, input.amountInNanoUsd, ids, input.now, input.expiresAt, input.now);
    return { ok: true };
  });

  const settle = db.transaction((reservationId: string, actual: number, now: number): void => {
    const row = readReservation.get(reservationId);
    if (!row || row.state === "settled" || row.state === "released") return;
    // Undo what the reservation (or its expiry) put in each bucket, then book the actual cost.
    const spentDelta = actual - (row.state === "expired_charged" ? row.amount_nano_usd : 0);
    const reservedDelta = row.state === "held" ? -row.amount_nano_usd : 0;
    for (const id of parseIds(row)) addToBucket.run(spentDelta, reservedDelta, id);
    setSettled.run(actual, now, reservationId);
  });

  const release = db.transaction((reservationId: string, now: number): void => {
    const row = readReservation.get(reservationId);
    if (!row || (row.state !== "held" && row.state !== "expired_charged")) return;
    // A late release (held while the store was down) takes back the worst case an expiry charged, as a settle does.
    const held = row.state === "held";
    for (const id of parseIds(row)) addToBucket.run(held ? 0 : -row.amount_nano_usd, held ? -row.amount_nano_usd : 0, id);
    setState.run("released", now, reservationId);
  });

  const expire = db.transaction((now: number, policy: ExpiredReservationPolicy): number => {
    const rows = readExpired.all(now);
    for (const row of rows) {
      const spentDelta = policy === "charge" ? row.amount_nano_usd : 0;
      for (const id of parseIds(row)) addToBucket.run(spentDelta, -row.amount_nano_usd, id);
      setState.run(policy === "charge" ? "expired_charged" : "expired_released", now, row.id);
    }
    deleteSettled.run(now - SETTLED_RETENTION_IN_MS);
    return rows.length;
  });

  // Another process holding the write lock is waited for with async pauses, each try one whole transaction (a
  // failed try rolled back), so the event loop stays free and a cap still holds across processes.
  // One waiter per connection: statements queue behind the one probing for the lock (retry-while-busy.ts).
  const retryWhileBusy = busyRetryFor(db);
  return {
    reserve: (input) => retryWhileBusy(() => reserve.immediate(input)),
    settle: ({ reservationId, actualInNanoUsd, now }) => retryWhileBusy(() => settle.immediate(reservationId, actualInNanoUsd, now)),
    release: ({ reservationId, now }) => retryWhileBusy(() => release.immediate(reservationId, now)),
    expireReservations: ({ now, policy }) => retryWhileBusy(() => expire.immediate(now, policy)),
    reservationCharges: (ids) =>
      retryWhileBusy(() => {
        const charges = new Map<string, number | null>();
        for (const id of ids) {
          const row = readCharge.get(id);
          if (row) charges.set(id, finalCharge(row.state, row.actual_nano_usd));
        }
        return charges;
      }),
    usage: (buckets): Promise<LedgerBucketUsage[]> =>
      retryWhileBusy(() =>
        buckets.map(({ id }) => {
          const row = readBucket.get(id);
          return { id, spentInNanoUsd: row?.spent_nano_usd ?? 0, reservedInNanoUsd: row?.reserved_nano_usd ?? 0 };
        }),
      ),
    async close() {
      if (closeDatabase && db.open) db.close();
    },
  };
}

function parseIds(row: ReservationRow): string[] {
  const parsed: unknown = JSON.parse(row.bucket_ids);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
}

/** What a reservation in this state finally charged: its settled cost, 0 once released, null while still open. */
function finalCharge(state: string, actual: number | null): number | null {
  if (state === "settled") return actual;
  if (state === "released" || state === "expired_released") return 0;
  return null;
}
