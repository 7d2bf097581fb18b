/**
 * An in-process decision log backend (library default, tests). Keeps the newest `maxRecords` records. Its
 * queries run over the records in JavaScript (the reference the SQL backends are tested against).
 * @module
 */
import { isInterrupted } from "../../log/in-flight.js";
import { spentOfRecords } from "../../log/impossible-measures.js";
import { LIST_PROMPT_CHARS, type DecisionRecord } from "../../log/decision-record.js";
import type { DecisionFilter, DecisionLogBackend } from "../../log/decision-log-store.js";
import { experimentArmsOfRecords, modelUsageOfRecords, timeseriesOfRecords } from "../../log/query-records.js";
import { matchesFilter, summarizeRecords } from "../../log/summarize-records.js";

/** Creates an in-memory backend. */
export function createMemoryDecisionLogBackend({ maxRecords = 100_000 } = {}): DecisionLogBackend {
  const records = new Map<string, DecisionRecord>();
  const matching = (filter: DecisionFilter): DecisionRecord[] => [...records.values()].filter((record) => matchesFilter(record, filter));
  return {
    async insertMany(batch) {
      for (const record of batch) {
        const previous = records.get(record.id);
        // A crash's interrupted record never replaces the request's own (log/in-flight.ts).
        if (previous && isInterrupted(record) && !isInterrupted(previous)) continue;
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
    async list({ limit = 100, before, ...filter }) {
      return matching(filter)
        .filter((r) => !before || r.createdAt < before.createdAt || (r.createdAt === before.createdAt && r.id < before.id))
        .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .slice(0, limit)
        .map((r) => (r.prompt !== null && r.prompt.length > LIST_PROMPT_CHARS ? { ...structuredClone({ ...r, prompt: r.prompt.slice(0, LIST_PROMPT_CHARS) }), promptLength: r.prompt.length } : structuredClone(r)));
    },
    async summarize({ by, ...filter }) {
      return summarizeRecords(matching(filter), by);
    },
    async timeseries({ bucket, by, ...filter }) {
      return timeseriesOfRecords(matching(filter), bucket, by);
    },
    async modelUsage(filter) {
      return modelUsageOfRecords(matching(filter));
    },
    async experimentArms(filter) {
      return experimentArmsOfRecords(matching(filter));
    },
    async spentUsd(filter) {
      return spentOfRecords(matching(filter));
    },
    async close() {},
  };
}
