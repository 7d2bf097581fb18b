/**
 * An in-process decision log backend (library default, tests). Keeps the newest `maxRecords` records.
 * @module
 */
import type { DecisionRecord } from "../../log/decision-record.js";
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import { summarizeRecords } from "../../log/summarize-records.js";

/** Creates an in-memory backend. */
export function createMemoryDecisionLogBackend({ maxRecords = 100_000 } = {}): DecisionLogBackend {
  const records = new Map<string, DecisionRecord>();
  const inRange = (record: DecisionRecord, since = Number.NEGATIVE_INFINITY, until = Number.POSITIVE_INFINITY) =>
    record.createdAt >= since && record.createdAt < until;
  return {
    async insertMany(batch) {
      for (const record of batch) {
        const previous = records.get(record.id);
        records.delete(record.id);
        records.set(
          record.id,
          previous
            ? { ...record, feedbackScore: previous.feedbackScore, feedbackLabel: previous.feedbackLabel, judgeScore: previous.judgeScore ?? null, judgeCostUsd: previous.judgeCostUsd ?? null }
            : { ...record },
        );
      }
      for (const id of records.keys()) {
        if (records.size <= maxRecords) break;
        records.delete(id);
      }
    },
    async recordFeedback(decisionId, score, label) {
      const record = records.get(decisionId);
      if (!record) return false;
      record.feedbackScore = score;
      record.feedbackLabel = label ?? null;
      return true;
    },
    async recordJudgement(decisionId, score, costUsd) {
      const record = records.get(decisionId);
      if (!record) return false;
      record.judgeScore = score;
      record.judgeCostUsd = costUsd;
      return true;
    },
    async get(decisionId) {
      const record = records.get(decisionId);
      return record && structuredClone(record);
    },
    async list({ since, until, limit = 100, keyId }) {
      return [...records.values()]
        .filter((r) => inRange(r, since, until) && (keyId === undefined || r.keyId === keyId))
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, limit)
        .map((r) => structuredClone(r));
    },
    async summarize({ since, until, by }) {
      return summarizeRecords([...records.values()].filter((r) => inRange(r, since, until)), by);
    },
    async close() {},
  };
}
