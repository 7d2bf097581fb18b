/**
 * `POST /v1/feedback {decision_id, score, label?}`: quality feedback on a decision (PRODUCT §4).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { DecisionLogQueries } from "../../log/decision-log-store.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { lateRecordWait } from "../../log/find-decision.js";
import { handleFeedback } from "../../log/handle-feedback.js";

/**
 * Registers the route over the decision log's feedback store. `sharedStore`: the log lives in a store other
 * instances write to through their own outboxes (Postgres), so a decision made a moment ago elsewhere may not be there
 * yet. On the embedded SQLite log a read ships the file's one outbox first (every process on the file shares it):
 * nothing can be late, and a miss is answered at once.
 */
export function registerFeedbackRoute(app: FastifyInstance, decisions: Pick<DecisionLogQueries, "recordFeedback" | "get">, { sharedStore }: { sharedStore: boolean }): void {
  // A caller with a virtual key rates its own key's decisions only (another key's answer 404, as unknown ids do).
  // A decision made a moment ago on another instance may still wait in that instance's outbox: looked for again.
  const lateRecords = sharedStore ? lateRecordWait(() => SYSTEM_CLOCK.now()) : undefined;
  app.post("/v1/feedback", async (request) =>
    handleFeedback(decisions, request.body, { callerKeyId: request.keyIdentity?.keyId ?? null, ...(lateRecords ? { lateRecords } : {}) }),
  );
}
