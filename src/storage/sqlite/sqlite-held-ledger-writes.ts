/**
 * Settles and releases a shared ledger holds in memory while its store (Redis) is unreachable, kept on the local
 * SQLite file across a stop (ADR 0059). A graceful stop saves what is still held; the next start hands the rows to
 * the ledger again, which sends them at once or holds them until the store is back, and takes each row off the file
 * only once the ledger has its write. A write Redis refuses (out of memory, a replica) stays on the file, is reported,
 * and is sent again in the same run after a growing delay (and at the next start, if the run ends first). Each write is idempotent, so sending one twice (a crash after a send, before its row was
 * taken) changes nothing.
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

/** How soon writes Redis refused at a start are sent again in the same run: first after `firstMs`, then twice as long each time, up to `maxMs`. */
export interface HeldWritesRetry {
  firstMs: number;
  maxMs: number;
}

const DEFAULT_RETRY: HeldWritesRetry = { firstMs: 30_000, maxMs: 600_000 };

/** What was saved at a stop, sent again at a start, or lost because it could not be saved. */
export interface HeldLedgerWritesSummary {
  event: "saved" | "replayed" | "refused" | "lost";
  writes: number;
  settles: number;
  releases: number;
  /** What the settles among them say was spent, in USD (their reservations' worst cases stand until they are applied). */
  settledInUsd: number;
  /** The SQLite file they are kept in. */
  path: string;
  /** Why they could not be saved (`lost`), or Redis's refusal of the first of them (`refused`: kept on the file). */
  error?: string;
  /** `refused`: when they are sent again in this run (absent once the process is stopping: then at the next start). */
  retryInMs?: number | undefined;
}

interface Row {
  seq: number;
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
 * Hands the writes a previous process saved to `ledger` (taking each off the file once the ledger has it), and returns
 * the save to run at a graceful stop, before the ledger's client closes.
 */
export function keepHeldLedgerWrites(input: {
  db: SqliteDatabase;
  ledger: Ledger;
  path: string;
  now: () => number;
  onSummary: (summary: HeldLedgerWritesSummary) => void;
  retry?: Partial<HeldWritesRetry>;
}): () => void {
  const { db, ledger, path } = input;
  db.exec(SCHEMA);
  const rows = db.prepare<[], Row>("SELECT seq, kind, reservation_id, actual_nano_usd FROM ledger_writes_held ORDER BY seq").all();
  // Matched on the write too: once another process took a row, a later save may reuse its seq for another write.
  const forget = db.prepare("DELETE FROM ledger_writes_held WHERE seq = ? AND kind = ? AND reservation_id = ?");
  const forgetAll = db.transaction((taken: readonly Row[]) => {
    for (const row of taken) forget.run(row.seq, row.kind, row.reservation_id);
  });
  const saved = rows.map((row): HeldLedgerWrite => (row.kind === "settle" ? { kind: "settle", reservationId: row.reservation_id, actualInNanoUsd: row.actual_nano_usd ?? 0 } : { kind: "release", reservationId: row.reservation_id }));
  const retry = { ...DEFAULT_RETRY, ...input.retry };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // Handed over in order, at once, so the ledger keeps their order; each resolves once sent or held by the ledger.
  const send = (pending: readonly { row: Row; write: HeldLedgerWrite }[], delayMs: number): void => {
    const sent = pending.map(({ write }) => (write.kind === "settle" ? ledger.settle({ ...write, now: input.now() }) : ledger.release({ ...write, now: input.now() })));
    void Promise.allSettled(sent).then((results) => {
      const taken: Row[] = [];
      const accepted: HeldLedgerWrite[] = [];
      const refused: { row: Row; write: HeldLedgerWrite }[] = [];
      let reason: unknown;
      results.forEach((result, index) => {
        const entry = pending[index];
        if (!entry) return;
        if (result.status === "fulfilled") {
          taken.push(entry.row);
          accepted.push(entry.write);
        } else {
          // Redis's own refusal (out of memory, read-only): the row stays, sent again later in this run or at the next start.
          reason ??= result.reason;
          refused.push(entry);
        }
      });
      try {
        // A file closed meanwhile (a quick stop) keeps the rows: sent again at the next start, a no-op then.
        if (db.open && taken.length > 0) forgetAll.immediate(taken);
      } catch {
        // Kept on the file, sent again at the next start (idempotent).
      }
      if (accepted.length > 0) input.onSummary(summarize("replayed", accepted, path));
      if (refused.length === 0) return;
      input.onSummary({ ...summarize("refused", refused.map((entry) => entry.write), path), error: reason instanceof Error ? reason.message : String(reason), retryInMs: stopped ? undefined : delayMs });
      // A store that refuses writes (out of memory, a replica) usually recovers without a restart (/readyz says when).
      if (!stopped) timer = setTimeout(() => send(refused, Math.min(delayMs * 2, retry.maxMs)), delayMs).unref();
    }).catch(() => undefined); // nobody awaits this: a failing report must not end the process as an unhandled rejection
  };
  if (saved.length > 0) send(rows.flatMap((row, index) => (saved[index] ? [{ row, write: saved[index] }] : [])), retry.firstMs);
  const insert = db.prepare("INSERT INTO ledger_writes_held (kind, reservation_id, actual_nano_usd, held_at) VALUES (?, ?, ?, ?)");
  const insertAll = db.transaction((writes: readonly HeldLedgerWrite[]) => {
    const at = new Date(input.now()).toISOString();
    for (const write of writes) insert.run(write.kind, write.reservationId, write.kind === "settle" ? write.actualInNanoUsd : null, at);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    const held = ledger.heldWrites?.() ?? [];
    if (held.length === 0) return;
    // Saved there, they would end with the process: not the "sent at the next start" a `saved` promises.
    if (db.memory) {
      input.onSummary({ ...summarize("lost", held, path), error: "storage.sqlite is :memory:, which does not outlive the process; set it to a file to keep them across a stop" });
      return;
    }
    try {
      insertAll.immediate(held);
      input.onSummary(summarize("saved", held, path));
    } catch (error) {
      input.onSummary({ ...summarize("lost", held, path), error: error instanceof Error ? error.message : String(error) });
    }
  };
}
