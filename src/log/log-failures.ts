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
