/**
 * `POST /v1/feedback {decision_id, score, label?}`: quality feedback on a decision (PRODUCT §4).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { DecisionLogQueries } from "../../log/decision-log-store.js";
import { setTimeout as sleep } from "node:timers/promises";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { handleFeedback, LATE_RECORD_WAIT_MS } from "../../log/handle-feedback.js";

/** Registers the route over the decision log's feedback store. */
export function registerFeedbackRoute(app: FastifyInstance, decisions: Pick<DecisionLogQueries, "recordFeedback" | "get">): void {
  // A caller with a virtual key rates its own key's decisions only (another key's answer 404, as unknown ids do).
  // A decision made a moment ago on another instance may still wait in that instance's outbox: looked for again.
  const lateRecords = { withinMs: LATE_RECORD_WAIT_MS, now: () => SYSTEM_CLOCK.now(), sleep: (ms: number) => sleep(ms) };
  app.post("/v1/feedback", async (request) => handleFeedback(decisions, request.body, { callerKeyId: request.keyIdentity?.keyId ?? null, lateRecords }));
}
