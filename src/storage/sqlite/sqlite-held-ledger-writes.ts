/**
 * Settles and releases a shared ledger holds in memory while its store (Redis) is unreachable, kept on the local
 * SQLite file across a stop (ADR 0059). A graceful stop saves what is still held; the next start takes the rows and
 * hands them to the ledger again, which sends them at once or holds them until the store is back. Each write is
 * idempotent, so sending one twice (a crash after a send, before the rows were taken) changes nothing.
 * @module
 */
import type { HeldLedgerWrite, Ledger } from "../../budget/ledger.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ledger_writes_held (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  reservation_id TEXT NOT NULL,
  actual_nano_usd INTEGER,
  held_at TEXT NOT NULL
);
`;

/** What was saved at a stop, sent again at a start, or lost because it could not be saved. */
export interface HeldLedgerWritesSummary {
  event: "saved" | "replayed" | "lost";
  writes: number;
  settles: number;
  releases: number;
  /** What the settles among them say was spent, in USD (their reservations' worst cases stand until they are applied). */
  settledInUsd: number;
  /** The SQLite file they are kept in. */
  path: string;
  /** Why they could not be saved (`lost`). */
  error?: string;
}

interface Row {
  kind: string;
  reservation_id: string;
  actual_nano_usd: number | null;
}

/** Sums `writes` for a summary. */
function summarize(event: HeldLedgerWritesSummary["event"], writes: readonly HeldLedgerWrite[], path: string): HeldLedgerWritesSummary {
  const settles = writes.filter((write) => write.kind === "settle");
  const settledInNanoUsd = settles.reduce((total, write) => total + write.actualInNanoUsd, 0);
  return { event, writes: writes.length, settles: settles.length, releases: writes.length - settles.length, settledInUsd: settledInNanoUsd / 1_000_000_000, path };
}

/**
 * Hands the writes a previous process saved to `ledger` (taking them off the file), and returns the save to run at a
 * graceful stop, before the ledger's client closes.
 */
export function keepHeldLedgerWrites(input: { db: SqliteDatabase; ledger: Ledger; path: string; now: () => number; onSummary: (summary: HeldLedgerWritesSummary) => void }): () => void {
  const { db, ledger, path } = input;
  db.exec(SCHEMA);
  const take = db.transaction((): Row[] => {
    const rows = db.prepare<[], Row>("SELECT kind, reservation_id, actual_nano_usd FROM ledger_writes_held ORDER BY seq").all();
    db.prepare("DELETE FROM ledger_writes_held").run();
    return rows;
  });
  const saved = take.immediate().map((row): HeldLedgerWrite => (row.kind === "settle" ? { kind: "settle", reservationId: row.reservation_id, actualInNanoUsd: row.actual_nano_usd ?? 0 } : { kind: "release", reservationId: row.reservation_id }));
  for (const write of saved) {
    const sent = write.kind === "settle" ? ledger.settle({ ...write, now: input.now() }) : ledger.release({ ...write, now: input.now() });
    // Redis's own refusal of one is reported by the ledger (onDeferredError); nothing else awaits these.
    sent.catch(() => undefined);
  }
  if (saved.length > 0) input.onSummary(summarize("replayed", saved, path));
  const insert = db.prepare("INSERT INTO ledger_writes_held (kind, reservation_id, actual_nano_usd, held_at) VALUES (?, ?, ?, ?)");
  const insertAll = db.transaction((writes: readonly HeldLedgerWrite[]) => {
    const at = new Date(input.now()).toISOString();
    for (const write of writes) insert.run(write.kind, write.reservationId, write.kind === "settle" ? write.actualInNanoUsd : null, at);
  });
  return () => {
    const held = ledger.heldWrites?.() ?? [];
    if (held.length === 0) return;
    try {
      insertAll.immediate(held);
      input.onSummary(summarize("saved", held, path));
    } catch (error) {
      input.onSummary({ ...summarize("lost", held, path), error: error instanceof Error ? error.message : String(error) });
    }
  };
}
