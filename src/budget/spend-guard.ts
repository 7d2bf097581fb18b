/**
 * The port the engine uses for spend control: reserve the worst case before each upstream attempt,
 * then settle to the actual cost or release. Implementations live in `budget/` over a `Ledger` in `storage/`.
 * @module
 */

/** Who a request is charged to; each budget scope matches one of these. */
export interface SpendScope {
  /** Virtual key id, when the request carried one. */
  keyId?: string;
  /** The key's name, so a `key` budget may name the key by name as well as by id. */
  keyName?: string;
  /** The key's own limits from its record (`keys create --daily-budget-usd/--monthly-budget-usd`). */
  keyLimits?: { dailyUsd?: number | null; monthlyUsd?: number | null };
  task: string;
  tier: string;
}

/** A held reservation. Opaque to callers except for its id and amount. */
export interface Reservation {
  id: string;
  amountUsd: number;
  /** Display names of the budgets this reservation counts against (empty when none applies). */
  budgets?: string[];
}

/** Reserve-then-settle spend control. */
export interface SpendGuard {
  /**
   * Atomically reserves `amountUsd` against every budget that applies to `scope`.
   * Throws BudgetExceededError (402) naming the budget when any would overflow; reserves nothing then.
   * `reservationId`, when given, must be the id the ledger reserves under: the request's in-flight marker names it
   * before the reserve, and recovery after a crash asks the ledger what it charged for that id.
   */
  reserve(input: { requestId: string; scope: SpendScope; amountUsd: number; reservationId?: string }): Promise<Reservation>;
  /**
   * Whether a reserve for `scope` reaches the ledger (some budget applies to it). The in-flight marker names a
   * reservation only then: after a crash, recovery reads a named reservation the ledger never saw as "never taken"
   * (charged nothing), so naming one no budget covers would lose the worst case ADR 0008 charges. Absent: assumed.
   */
  covers?(scope: SpendScope): Promise<boolean>;
  /** Replaces the reservation by the actual cost. */
  settle(reservation: Reservation, actualUsd: number): Promise<void>;
  /** Drops the reservation (the attempt failed and cost nothing). */
  release(reservation: Reservation): Promise<void>;
}
