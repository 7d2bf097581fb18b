/**
 * A request charged more than it reserved: an upstream whose reported usage is past `max_tokens` is believed (its
 * usage is its bill, round 24), and the ledger counts that spend against every budget, so the requests after it see
 * it. Concurrent requests admitted meanwhile did not, which is how such an upstream can take spend past a hard cap:
 * the record says so, so an operator can find it (round 27).
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

/** Below a nano-dollar the ledger does not count, so no overrun. */
const NANO_USD = 1e-9;

/** What the request's attempts reserved in all, or undefined when none reserved (no budget applies). */
export function reservedUsd(record: Pick<DecisionRecord, "attempts">): number | undefined {
  const amounts = record.attempts.map((attempt) => attempt.reservedUsd).filter((amount): amount is number => amount !== undefined);
  return amounts.length === 0 ? undefined : amounts.reduce((sum, amount) => sum + amount, 0);
}

/** The reason a record carries when its cost passed what its attempts reserved, or undefined. */
export function billedPastReservation(record: Pick<DecisionRecord, "attempts" | "costUsd" | "outputTokens">): string | undefined {
  const reserved = reservedUsd(record);
  if (reserved === undefined || record.costUsd <= reserved + NANO_USD) return undefined;
  return (
    `The upstream billed $${record.costUsd.toFixed(6)}, more than reserved ($${reserved.toFixed(6)}; ${record.outputTokens} output tokens reported): ` +
    "its usage is believed as its bill and counted against every budget, but requests admitted meanwhile did not see it."
  );
}
