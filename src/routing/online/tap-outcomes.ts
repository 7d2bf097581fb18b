/**
 * Online mode's outcome source: wraps the decision log store so that every outcome it records (quality-check
 * failures and escalations when a decision is written; feedback and judge grades when they arrive) is also
 * handed to the online learner, with the same rewards and weights as `train --from-log`.
 * @module
 */
import { outcomeFromSignal, parseRoutingFeatures, type OutcomeExample, type OutcomeSignal } from "../../learning/index.js";
import type { DecisionLogStore } from "../../log/decision-log-store.js";
import { outcomesFromRecords } from "../../log/outcomes-from-log.js";

/** The store, reporting outcomes to `onOutcome` as they are recorded. */
export function tapOutcomes(store: DecisionLogStore, ladder: readonly string[], arms: readonly string[], onOutcome: (example: OutcomeExample) => void): DecisionLogStore {
  const scored = async (signal: OutcomeSignal, decisionId: string, score: number): Promise<void> => {
    const record = await store.get(decisionId);
    const features = parseRoutingFeatures(record?.features ?? null);
    if (!record || !features || record.outcome !== "served" || !arms.includes(record.tier)) return;
    const example = outcomeFromSignal(signal, { features, tier: record.tier, model: record.model ?? "", costUsd: record.costUsd, propensity: record.propensity ?? 1 }, score);
    onOutcome({ ...example, source: { decisionId, signal } });
  };
  return {
    ...store,
    write(record) {
      store.write(record);
      for (const example of outcomesFromRecords([record], ladder, arms).examples) onOutcome(example);
    },
    async recordFeedback(decisionId, score, label) {
      const found = await store.recordFeedback(decisionId, score, label);
      if (found) await scored("feedback", decisionId, score);
      return found;
    },
    async recordJudgement(decisionId, score, costUsd) {
      const found = await store.recordJudgement(decisionId, score, costUsd);
      if (found && score !== null) await scored("judge", decisionId, score);
      return found;
    },
  };
}
