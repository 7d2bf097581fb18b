/**
 * One record a store refuses for what it holds (a value its driver or schema cannot take) must not stop every record
 * behind it for good. Before this, a batch the store refused was retried whole every 100 ms, forever: the records
 * after the bad one never shipped, and every read (which flushes first) failed with it.
 *
 * When a batch fails, its records are tried one at a time, and those the store still refuses on a second try are set
 * aside, provided the store has shown it is up: it took at least one of them, or every error it gave names the
 * record's content (a data exception or constraint, a value the driver cannot bind). An error that says the store is
 * unavailable (a connection, a lock, the disk) sets nothing aside, and neither do errors of unknown kind while it
 * takes none: then the whole batch waits for the next try, as before (a lone record of that kind waits until another
 * record ships beside it). Set-aside records
 * are tried once more, each alone, by the first flush of each process that finds the store up.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

/** A record the store refused on its own, while it took others: its place in the batch and the store's reason. */
export interface RefusedRecord {
  index: number;
  record: DecisionRecord;
  reason: string;
  error: unknown;
}

/** Reported through the decision log's `onError` when records are set aside (kept in the outbox's refused table). */
export class DecisionRecordsRefusedError extends Error {
  readonly refused: readonly { id: string; reason: string }[];
  constructor(refused: readonly RefusedRecord[], keptAt: string) {
    const ids = refused.map((entry) => entry.record.id);
    super(`The decision log's store refused ${refused.length} record(s) on their own while it took the others (${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", …" : ""}: ${refused[0]?.reason ?? ""}). They were set aside so the records behind them keep shipping; ${keptAt}.`);
    this.name = "DecisionRecordsRefusedError";
    this.refused = refused.map((entry) => ({ id: entry.record.id, reason: entry.reason }));
  }
}

/** The first line of an error's message, bounded, for the refused table and the log line. */
export function refusalReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 300);
}

/**
 * Whether an error says the store itself is unavailable (a connection, a lock, the disk, the server's resources)
 * rather than that it refuses what a record holds: such an error never sets a record aside, whatever the others did.
 * Postgres SQLSTATE classes 08 (connection), 40 (rollback), 53 (resources), 57 (operator intervention), 58 (system)
 * and XX (internal), and 25006 (a server turned read-only, as a failover demotes it: mid-batch, it must not set the
 * rest aside); SQLite's busy, locked, I/O, full, read-only and cannot-open codes; Node's network errors; the
 * gateway's own `storage_unavailable`.
 */
export function storeUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error instanceof Error && /connection|timeout|timed out|terminat/i.test(error.message);
  // The gateway's own refusal of a store it knows is down (the Postgres stores before their setup, or while their
  // health probe fails): a 503 of no SQLSTATE, which must not read as a record's fault.
  if (code === "storage_unavailable") return true;
  if (/^(?:08|40|53|57|58|XX)[0-9A-Z]{3}$/.test(code) || code === "25006") return true;
  if (/^SQLITE_(?:BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN|NOMEM|PROTOCOL|INTERRUPT)/.test(code)) return true;
  return /^(?:E(?:CONN|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|AI_AGAIN|NOTFOUND))/.test(code);
}

/**
 * Whether an error says the store refuses what a record holds: Postgres SQLSTATE classes 22 (data exception) and 23
 * (integrity constraint), SQLite's constraint, mismatch, too-big and range codes, and a value the driver could not bind
 * (TypeError, RangeError).
 */
export function refusesRecord(error: unknown): boolean {
  if (error instanceof TypeError || error instanceof RangeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (/^(?:22|23)[0-9A-Z]{3}$/.test(code) || /^SQLITE_(?:CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code));
}

/**
 * Inserts the records; when the store refuses the batch, finds the records it refuses on their own (see the module
 * note). Resolves to those records (empty when the batch went in whole); rejects with the batch's error when the
 * store took none of them, and with the store's error when it said it is unavailable during the search.
 */
export async function insertSettingAsideRefused(insert: (records: readonly DecisionRecord[]) => Promise<void>, records: readonly DecisionRecord[]): Promise<RefusedRecord[]> {
  try {
    await insert(records);
    return [];
  } catch (batchError) {
    if (storeUnavailable(batchError) || (records.length < 2 && !refusesRecord(batchError))) throw batchError;
    const failed = await insertEach(insert, records.map((record, index) => ({ index, record })));
    // Taking none shows nothing, unless every error names the record's content as the reason.
    if (failed.length === records.length && !failed.every((entry) => refusesRecord(entry.error))) throw batchError;
    // A record refused once more is refused for what it holds.
    return insertEach(insert, failed);
  }
}

/** Tries each record alone; resolves to those refused. Rejects as soon as the store says it is unavailable. */
export async function insertEach(insert: (records: readonly DecisionRecord[]) => Promise<void>, entries: readonly { index: number; record: DecisionRecord }[]): Promise<RefusedRecord[]> {
  const refused: RefusedRecord[] = [];
  for (const { index, record } of entries) {
    try {
      await insert([record]);
    } catch (error) {
      if (storeUnavailable(error)) throw error;
      refused.push({ index, record, reason: refusalReason(error), error });
    }
  }
  return refused;
}
