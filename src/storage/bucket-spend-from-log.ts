/**
 * What a budget bucket's window has spent, read back from the decision log: the durable record of every request's
 * cost. The Redis ledger seeds a bucket it does not hold with it (`redis-ledger.ts`, `spentSoFar`), so a Redis that
 * restarted without persistence, or evicted the ledger's keys, cannot hand out a hard cap a second time.
 * @module
 */
import { windowAt, type BudgetWindow } from "../budget/budget-window.js";
import type { LedgerBucket } from "../budget/ledger.js";
import { toNanoUsd } from "../budget/usd-units.js";
import type { DecisionFilter, DecisionLogQueries } from "../log/decision-log-store.js";
import { JUDGE_SCOPE } from "../routing/judge/sampled-judge.js";

/** The decisions a bucket counts: its target (as `match-budgets.ts` spells bucket ids) and its window. */
export function bucketFilter(bucket: Pick<LedgerBucket, "id" | "windowEndsAt">): DecisionFilter | undefined {
  const at = bucket.id.lastIndexOf("@");
  const key = at < 0 ? bucket.id : bucket.id.slice(0, at);
  const slash = key.lastIndexOf("/");
  const window = key.slice(slash + 1);
  if (slash < 0 || (window !== "day" && window !== "month")) return undefined;
  const target = key.slice(0, slash);
  const span = windowAt(window satisfies BudgetWindow, bucket.windowEndsAt - 1);
  const period = { since: span.startsAt, until: span.endsAt };
  if (target === "global") return period;
  const colon = target.indexOf(":");
  const kind = target.slice(0, colon);
  const value = target.slice(colon + 1);
  if (kind === "key") return { ...period, keyId: value };
  if (kind === "task") return { ...period, task: value };
  if (kind === "tier") return { ...period, tier: value };
  return undefined;
}

/**
 * A bucket's spend so far in nano-dollars: the cost of the decisions it covers. A request's whole cost counts toward
 * its record's tier and task (an attempt a fallback or downgrade charged to another tier counts there too): the log
 * cannot split it, and counting more is the side a cap can stand. For the same reason a record with an impossible
 * token count or latency still counts its cost (a report leaves it out); only a cost that is itself impossible
 * (below zero, infinite, not a number) is no amount and is left out (`spentUsd`, ADR 0073). The sampled judge's
 * gradings were reserved under `JUDGE_SCOPE` (its own task budget, and global ones): a bucket that scope reaches
 * counts what the window's records say the judge spent on them too (a grading counts in its decision's window).
 */
export function spentFromLog(decisions: Pick<DecisionLogQueries, "spentUsd">): (bucket: LedgerBucket) => Promise<number> {
  return async (bucket) => {
    const filter = bucketFilter(bucket);
    if (!filter) return 0;
    const own = await decisions.spentUsd(filter);
    if (!reachedByJudge(filter)) return toNanoUsd(own.costUsd);
    const all = filter.task === undefined && filter.tier === undefined ? own : await decisions.spentUsd({ since: filter.since, until: filter.until });
    return toNanoUsd(own.costUsd) + toNanoUsd(all.judgeCostUsd);
  };
}

/** Whether the judge's reserves counted in a bucket of this filter (as `match-budgets.ts` binds its scope). */
function reachedByJudge(filter: DecisionFilter): boolean {
  return filter.keyId === undefined && (filter.task === undefined || filter.task === JUDGE_SCOPE.task) && (filter.tier === undefined || filter.tier === JUDGE_SCOPE.tier);
}
