/**
 * `POST /v1/feedback {decision_id, score, label?}`: quality feedback on a decision (PRODUCT §4).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { DecisionLogQueries } from "../../log/decision-log-store.js";
import { handleFeedback } from "../../log/handle-feedback.js";

/** Registers the route over the decision log's feedback store. */
export function registerFeedbackRoute(app: FastifyInstance, decisions: Pick<DecisionLogQueries, "recordFeedback" | "get">): void {
  app.post("/v1/feedback", async (request) => handleFeedback(decisions, request.body));
}
