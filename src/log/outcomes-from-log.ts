/**
 * Turns decision records into the deployment adapter's training examples (`switchyard train --from-log`).
 * Only served decisions with stored routing features count. Each signal gives one example, weighted as
 * `SIGNAL_WEIGHTS` documents (docs/learning.md):
 * - feedback: the score, on the tier that answered;
 * - the sampled judge's grade: the score, on the tier that answered;
 * - a failed quality check: reward 0 on the tier whose answer failed (the tier escalated from, when escalated);
 * - an escalation: reward 0 on the tier escalated from.
 * @module
 */
import { outcomeFromSignal, parseRoutingFeatures, type OutcomeExample, type OutcomeSignal } from "../learning/index.js";
import type { DecisionRecord } from "./decision-record.js";

/** The examples and what was counted on the way. */
export interface LogOutcomes {
  /** Oldest first (the adapter holds out the newest). */
  examples: OutcomeExample[];
  /** Examples per signal. */
  signals: Record<OutcomeSignal, number>;
  /** Served decisions read. */
  served: number;
  /** Served decisions without stored features (`log.store_features: false`, or logged before features existed). */
  withoutFeatures: number;
  /** Signals left out because their tier is not one the adapter chooses between, per tier (a team's own tier, `free`). */
  outsideArms: Record<string, number>;
}

/**
 * Reads records (any order) into examples, oldest first.
 * @param ladder - the config's tiers, cheapest first (to find the tier an escalation came from)
 * @param arms - the tiers the adapter chooses between; examples on other tiers are dropped
 */
export function outcomesFromRecords(records: readonly DecisionRecord[], ladder: readonly string[], arms: readonly string[]): LogOutcomes {
  const result: LogOutcomes = { examples: [], signals: { feedback: 0, judge: 0, quality_check_failure: 0, escalation: 0 }, served: 0, withoutFeatures: 0, outsideArms: Object.create(null) as Record<string, number> };
  const sorted = [...records].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const record of sorted) {
    if (record.outcome !== "served") continue;
    result.served += 1;
    const features = parseRoutingFeatures(record.features ?? null);
    if (!features) {
      result.withoutFeatures += 1;
      continue;
    }
    const add = (signal: OutcomeSignal, tier: string, model: string, score?: number): void => {
      if (!arms.includes(tier)) {
        result.outsideArms[tier] = (result.outsideArms[tier] ?? 0) + 1;
        return;
      }
      // The probability the served tier had of being chosen (online mode records it; 1 when nothing explored).
      result.examples.push(outcomeFromSignal(signal, { features, tier, model, costUsd: record.costUsd, propensity: record.propensity ?? 1 }, score));
      result.signals[signal] += 1;
    };
    const answered = record.model ?? record.candidates[0] ?? "";
    const escalatedFrom = escalationSource(record, ladder);
    if (record.feedbackScore !== null) add("feedback", record.tier, answered, record.feedbackScore);
    if (record.judgeScore !== null && record.judgeScore !== undefined) add("judge", record.tier, answered, record.judgeScore);
    const firstModel = record.attempts[0]?.model ?? answered;
    if (record.qualityChecks.length > 0) add("quality_check_failure", escalatedFrom ?? record.tier, escalatedFrom ? firstModel : answered);
    if (escalatedFrom) add("escalation", escalatedFrom, firstModel);
  }
  return result;
}

/** The tier a successful escalation came from: one step below the tier it went to. */
function escalationSource(record: DecisionRecord, ladder: readonly string[]): string | undefined {
  const to = record.escalatedTo;
  if (!to || to.endsWith("(failed)")) return undefined;
  const index = ladder.indexOf(to);
  return index > 0 ? ladder[index - 1] : undefined;
}
