/**
 * The SpendGuard over a Ledger: binds the configured budgets to each request, reserves the worst case in
 * all of them at once, settles to the actual cost, and resolves reservations left behind by a crash.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { BudgetConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import { BudgetExceededError } from "../core/errors/index.js";
import { budgetStatus, type BudgetStatus } from "./budget-status.js";
import type { ExpiredReservationPolicy, Ledger, LedgerBucket } from "./ledger.js";
import { bindBudgets, bucketsAt } from "./match-budgets.js";
import type { Reservation, SpendGuard, SpendScope } from "./spend-guard.js";
import { fromNanoUsd, toNanoUsd } from "./usd-units.js";

/** Ten minutes: far beyond the longest request (upstream.timeouts.total_ms defaults to 2 minutes). */
export const DEFAULT_RESERVATION_TTL_IN_MS = 600_000;

/** Options of `createSpendGuard`. */
export interface SpendGuardOptions {
  ledger: Ledger;
  budgets: readonly BudgetConfig[];
  clock: Clock;
  /** Makes reservation ids. Default: random UUIDs. */
  generateId?: () => string;
  /** After this long an unsettled reservation counts as stale. Default 10 minutes. */
  reservationTtlInMs?: number;
  /** What happens to a stale reservation. Default `charge` (its worst case stays spent). */
  expiredReservationPolicy?: ExpiredReservationPolicy;
  /** How often reserve sweeps stale reservations first. Default once a second. */
  sweepIntervalInMs?: number;
  /**
   * Looks up a key's name and own limits when a scope carries only `keyId` (cached for `keyCacheTtlInMs`).
   * Pass the KeyStore. Without it, only limits given in `SpendScope.keyLimits` apply.
   */
  keys?: { findById(id: string): Promise<{ name: string; dailyBudgetUsd: number | null; monthlyBudgetUsd: number | null } | undefined> };
  /** Default 5 s. */
  keyCacheTtlInMs?: number;
  /**
   * A sweep run before a reserve that failed. It does not fail the reserve: the sweep is housekeeping, tried again a
   * second later, and a ledger that is really down fails the reserve itself. Default: ignored.
   */
  onSweepError?: (error: unknown) => void;
}

export type { BudgetStatus } from "./budget-status.js";

/** SpendGuard plus introspection for the admin API and startup recovery. */
export interface BudgetGuard extends SpendGuard {
  /** The budgets that apply to `scope` (default: the global and named budgets) and what is left of each. */
  status(scope?: SpendScope): Promise<BudgetStatus[]>;
  /** Resolves stale reservations now (run at startup); returns how many. */
  sweep(): Promise<number>;
}

/** Creates the SpendGuard. */
export function createSpendGuard(options: SpendGuardOptions): BudgetGuard {
  const {
    ledger,
    budgets,
    clock,
    generateId = () => `res_${randomUUID()}`,
    reservationTtlInMs = DEFAULT_RESERVATION_TTL_IN_MS,
    expiredReservationPolicy = "charge",
    sweepIntervalInMs = 1_000,
  } = options;
  const withKey = keyScopeResolver(options.keys, options.keyCacheTtlInMs ?? 5_000, clock);
  const { sweep, maybeSweep } = createReservationSweeper(ledger, { clock, expiredReservationPolicy, sweepIntervalInMs, onSweepError: options.onSweepError });

  return {
    async reserve({ scope: given, amountUsd, reservationId }) {
      const scope = await withKey(given);
      const now = clock.now();
      const buckets = bucketsAt(bindBudgets(budgets, scope), now);
      const amountInNanoUsd = toNanoUsd(amountUsd);
      const reservation: Reservation = { id: reservationId ?? generateId(), amountUsd: fromNanoUsd(amountInNanoUsd), budgets: buckets.map((b) => b.budget) };
      if (buckets.length === 0) return reservation;
      await maybeSweep(now);
      const result = await ledger.reserve({
        reservationId: reservation.id,
        buckets,
        amountInNanoUsd,
        now,
        expiresAt: now + reservationTtlInMs,
      });
      if (!result.ok) {
        const refusing = buckets.find((bucket) => bucket.id === result.bucketId) ?? buckets.find((bucket) => bucket.budget === result.budget);
        throw new BudgetExceededError({
          budget: result.budget,
          remainingUsd: fromNanoUsd(Math.max(0, result.remainingInNanoUsd)),
          requestedUsd: reservation.amountUsd,
          resetsAt: refusing?.windowEndsAt ?? null,
          heldUsd: refusing ? await heldByRequestsInFlight(ledger, buckets, refusing, amountInNanoUsd) : 0,
          // A key's caller is not told what a budget it shares with other keys has left or holds (their spend).
          sharedWithOtherKeys: scope.keyId !== undefined && !refusing?.id.startsWith(`key:${scope.keyId}/`),
        });
      }
      return reservation;
    },
    async covers(given) {
      return bindBudgets(budgets, await withKey(given)).length > 0;
    },
    async settle(reservation, actualUsd) {
      if (reservation.budgets?.length === 0) return;
      await ledger.settle({ reservationId: reservation.id, actualInNanoUsd: toNanoUsd(actualUsd), now: clock.now() });
    },
    async release(reservation) {
      if (reservation.budgets?.length === 0) return;
      await ledger.release({ reservationId: reservation.id, now: clock.now() });
    },
    async status(scope) {
      return budgetStatus(ledger, budgets, scope, clock.now());
    },
    sweep,
  };
}

/**
 * What open reservations hold of the bucket that refused, when the request would fit beside the settled spend alone of
 * every bucket it reserves in (so a retry once they settle may pass); 0 when settled spend refuses it in any of them:
 * the first refusing bucket may be held in flight while another (the caller's own key budget) is spent out until its
 * window ends, and a retry promised then could never pass. Read after the refusal, not in the reserve's transaction:
 * a figure for the message only. A store that cannot answer leaves it 0 (the 402 stands).
 */
async function heldByRequestsInFlight(ledger: Ledger, buckets: readonly LedgerBucket[], refusing: LedgerBucket, amountInNanoUsd: number): Promise<number> {
  try {
    const usages = await ledger.usage(buckets);
    const spentOut = buckets.some((bucket) => {
      const usage = usages.find((read) => read.id === bucket.id);
      return !usage || usage.spentInNanoUsd + amountInNanoUsd > bucket.limitInNanoUsd;
    });
    const held = usages.find((read) => read.id === refusing.id)?.reservedInNanoUsd ?? 0;
    return spentOut || held <= 0 ? 0 : fromNanoUsd(held);
  } catch {
    return 0;
  }
}

/** Fills a scope's key name and limits from the key store when the caller gave only the key id. */
function keyScopeResolver(
  keys: SpendGuardOptions["keys"],
  ttlInMs: number,
  clock: Clock,
): (scope: SpendScope) => Promise<SpendScope> {
  const cache = new Map<string, { scope: Pick<SpendScope, "keyName" | "keyLimits">; at: number }>();
  return async (scope) => {
    if (!keys || !scope.keyId || scope.keyLimits) return scope;
    const now = clock.now();
    let cached = cache.get(scope.keyId);
    if (!cached || now - cached.at >= ttlInMs) {
      const key = await keys.findById(scope.keyId);
      if (cache.size >= 10_000) cache.clear();
      cached = { scope: key ? { keyName: key.name, keyLimits: { dailyUsd: key.dailyBudgetUsd, monthlyUsd: key.monthlyBudgetUsd } } : {}, at: now };
      cache.set(scope.keyId, cached);
    }
    return { ...scope, ...cached.scope, ...(scope.keyName ? { keyName: scope.keyName } : {}) };
  };
}

/**
 * Resolves stale reservations: `sweep` now (one sweep at a time; callers meanwhile share it), `maybeSweep` at most
 * once per `sweepIntervalInMs` (reserve calls it first).
 */
function createReservationSweeper(
  ledger: Ledger,
  { clock, expiredReservationPolicy, sweepIntervalInMs, onSweepError }: { clock: Clock; expiredReservationPolicy: ExpiredReservationPolicy; sweepIntervalInMs: number; onSweepError: ((error: unknown) => void) | undefined },
): { sweep(): Promise<number>; maybeSweep(now: number): Promise<void> } {
  let lastSweepAt = Number.NEGATIVE_INFINITY;
  let sweeping: Promise<number> | undefined;
  const sweep = (): Promise<number> => {
    sweeping ??= ledger
      .expireReservations({ now: clock.now(), policy: expiredReservationPolicy })
      .finally(() => {
        sweeping = undefined;
      });
    return sweeping;
  };
  const maybeSweep = async (now: number): Promise<void> => {
    if (now - lastSweepAt < sweepIntervalInMs) return;
    lastSweepAt = now;
    // A failed sweep failed the request that ran it (a 500), though its own reserve may work: reported instead.
    await sweep().catch((error: unknown) => onSweepError?.(error));
  };
  return { sweep, maybeSweep };
}
