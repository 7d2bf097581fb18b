/**
 * The decision log's queries (`create-decision-log.ts`), each answered after a flush, so a decision is visible to
 * feedback and reports as soon as its request has finished.
 * @module
 */
import type { DecisionLogQueries } from "./decision-log-store.js";
import { owed, type FlushFailure } from "./log-failures.js";

/**
 * The backend's queries behind `flushBeforeRead`, which settles with the flush's failure instead of throwing it: a read
 * answers from what the store holds even when shipping fails. A decision the store does not hold may be one the failed
 * flush still owes it: that is the flush's error (a 503 the client may retry), not "no such decision".
 */
export function queriesAfterFlush(backend: DecisionLogQueries, flushBeforeRead: () => Promise<FlushFailure | undefined>): DecisionLogQueries {
  return {
    async recordFeedback(decisionId, score, label) {
      const failed = await flushBeforeRead();
      return (await backend.recordFeedback(decisionId, score, label)) || owed(failed, false);
    },
    async recordJudgement(decisionId, score, costUsd) {
      const failed = await flushBeforeRead();
      return (await backend.recordJudgement(decisionId, score, costUsd)) || owed(failed, false);
    },
    async get(decisionId) {
      const failed = await flushBeforeRead();
      return (await backend.get(decisionId)) ?? owed(failed, undefined);
    },
    async list(query) {
      await flushBeforeRead();
      return backend.list(query);
    },
    async summarize(query) {
      await flushBeforeRead();
      return backend.summarize(query);
    },
    async timeseries(query) {
      await flushBeforeRead();
      return backend.timeseries(query);
    },
    async modelUsage(query) {
      await flushBeforeRead();
      return backend.modelUsage(query);
    },
    async experimentArms(query) {
      await flushBeforeRead();
      return backend.experimentArms(query);
    },
    async spentUsd(query) {
      await flushBeforeRead();
      return backend.spentUsd(query);
    },
  };
}
