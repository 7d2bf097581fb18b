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
 * Registers the route over the decision log's feedback store. A decision made a moment ago by another instance may
 * not be in the store yet: with Postgres it waits in that instance's outbox; on one SQLite file shared by several
 * processes, a stream its client cut is recorded by the answering process a moment after the client left, so the
 * other process's first read can miss it (round 22 review). Looked for again on every store, within the route's cap.
 */
export function registerFeedbackRoute(app: FastifyInstance, decisions: Pick<DecisionLogQueries, "recordFeedback" | "get">): void {
  // A caller with a virtual key rates its own key's decisions only (another key's answer 404, as unknown ids do).
  const lateRecords = lateRecordWait(() => SYSTEM_CLOCK.now());
  app.post("/v1/feedback", async (request) => handleFeedback(decisions, request.body, { callerKeyId: request.keyIdentity?.keyId ?? null, lateRecords }));
}
