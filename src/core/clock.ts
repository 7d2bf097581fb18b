/**
 * Injectable time source, so budgets and windows are deterministic under test.
 * @module
 */

/** Gives the current time. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The real wall clock. */
export const SYSTEM_CLOCK: Clock = { now: () => Date.now() };
