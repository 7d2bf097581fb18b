/**
 * The request path's side of `log/in-flight.ts`: as each upstream attempt starts, the request is marked in flight
 * with the record a crash would leave (ADR 0008).
 * @module
 */
import type { AttemptRecord, DecisionRecord } from "../../log/decision-record.js";
import type { InFlightMarks } from "../../log/in-flight.js";
import { buildDecisionRecord } from "../../routing/fallback/build-decision-record.js";
import type { FallbackRequest } from "../../routing/fallback/fallback-request.js";
import { allAttempts, chargedUsd, type ChatEngineState } from "../../routing/complete-chat.js";
import type { RoutingPlan } from "../../routing/routing-plan.js";

/** What the marker's record says of the request itself. */
export interface MarkedRequest {
  id: string;
  startedAt: number;
  keyId: string | null;
  stream: boolean;
  door: string;
}

/** The `onAttemptStart` hook that marks the request; `onMarked` tells the route to clear the marker at the end. */
export function markInFlight(inFlight: InFlightMarks, meta: MarkedRequest, state: ChatEngineState, onMarked: () => void): NonNullable<FallbackRequest["onAttemptStart"]> {
  return (plan, attempt) => {
    onMarked();
    // The attempts so far and the one about to start (none when the budget refused it): the marker is built now and
    // committed with this turn's other marks; the attempt awaits that commit before its reservation.
    const attempts = attempt ? [...allAttempts(state), attempt] : [...allAttempts(state)];
    // Each charge settled so far once (an escalation's replaced answer included); the open attempt is the marker's own.
    const costUsd = chargedUsd(state);
    return inFlight.mark(meta.id, () => markerRecord(meta, plan, attempts, costUsd));
  };
}

/**
 * The record as a crash would leave it mid-attempt, kept small because every request writes one: no prompt (prompts
 * are redacted on the log's write path), no routing features (`train --from-log` learns from answers) and no
 * reasons or shadow decision. Payload size was most of a marker's cost (`bench/spend/in-flight-cost.ts`).
 */
function markerRecord(meta: MarkedRequest, plan: RoutingPlan, attempts: AttemptRecord[], costUsd: number): DecisionRecord {
  // Labels an explicit model reads while the upstream works (`labelWhileUpstreamWorks`) are not forced before the
  // call for the marker: a crash's record of such a request says task `unlabelled`.
  const { completeLabels: _readLater, ...asItStands } = plan;
  const record = buildDecisionRecord({
    id: meta.id,
    createdAt: meta.startedAt,
    keyId: meta.keyId,
    plan: asItStands,
    attempts,
    model: null,
    usage: undefined,
    costUsd,
    timeToFirstTokenMs: null,
    latencyMs: 0,
    finishReason: null,
    stream: meta.stream,
    status: 0,
    error: undefined,
    prompt: null,
    experiment: plan.experiment ?? null,
    arm: plan.arm ?? null,
    door: meta.door,
  });
  return { ...record, features: null, reasons: [], shadow: null };
}
