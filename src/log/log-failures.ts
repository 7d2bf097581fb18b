/**
 * How the decision log reports failures it cannot throw (timer callbacks) and answers a lookup after a failed flush.
 * @module
 */

/** A flush that failed before a read, kept so a lookup that finds nothing can answer with it. */
export interface FlushFailure {
  error: unknown;
}

/** `notFound` when the flush before the lookup succeeded; else the flush's error, thrown. */
export function owed<T>(failure: FlushFailure | undefined, notFound: T): T {
  if (failure) throw failure.error;
  return notFound;
}

/** Calls the caller's error hook from a timer callback, where a throw would take the process down. */
export function reportQuietly(onError: (error: unknown, pending: number) => void, error: unknown, pending: number): void {
  try {
    onError(error, pending);
  } catch {
    // The hook itself failed; the records are safe in memory either way.
  }
}

/**
 * The log closed while records the store refused were held in memory only (the outbox's are on disk and ship at the
 * next start): they end with the process. Says how many and why, so a stop is never taken for a clean one.
 */
export class RecordsLostAtCloseError extends Error {
  readonly lostRecords: number;
  constructor(lostRecords: number, cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    const why = `${typeof code === "string" ? `${code}: ` : ""}${cause instanceof Error ? (cause.message.split("\n")[0] ?? "") : String(cause)}`;
    super(`${lostRecords} decision record${lostRecords === 1 ? " was" : "s were"} held in memory only, as the store refused ${lostRecords === 1 ? "it" : "them"} (${why}), and ${lostRecords === 1 ? "is" : "are"} lost with this process`, { cause });
    this.name = "RecordsLostAtCloseError";
    this.lostRecords = lostRecords;
  }
}
