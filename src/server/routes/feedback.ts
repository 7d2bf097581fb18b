/**
 * `POST /v1/feedback {decision_id, score, label?}`: quality feedback on a decision (PRODUCT §4).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { DecisionLogQueries } from "../../log/decision-log-store.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { lateRecordWait } from "../../log/find-decision.js";
import { handleFeedback } from "../../log/handle-feedback.js";

/** Registers the route over the decision log's feedback store. */
export function registerFeedbackRoute(app: FastifyInstance, decisions: Pick<DecisionLogQueries, "recordFeedback" | "get">): void {
  // A caller with a virtual key rates its own key's decisions only (another key's answer 404, as unknown ids do).
  // A decision made a moment ago on another instance may still wait in that instance's outbox: looked for again.
  const lateRecords = lateRecordWait(() => SYSTEM_CLOCK.now());
  app.post("/v1/feedback", async (request) => handleFeedback(decisions, request.body, { callerKeyId: request.keyIdentity?.keyId ?? null, lateRecords }));
}
