/**
 * Builds the one decision-log record of a request, served, refused or failed, with every attempt.
 * The gateway and the library share it so both log the same thing.
 * @module
 */
import type { GatewayError } from "../../core/errors/index.js";
import type { Usage } from "../../core/types.js";
import type { AttemptRecord, DecisionOutcome, DecisionRecord } from "../../log/decision-record.js";
import { NO_GROUP } from "../../log/summarize-records.js";
import { labelNow, type RoutingPlan } from "../routing-plan.js";
import { tokenCount } from "./answered-model.js";

/** What is known about a request when it ends. */
export interface DecisionRecordInput {
  id: string;
  createdAt: number;
  keyId: string | null;
  /** Missing when the request failed before routing (bad input, auth). */
  plan: RoutingPlan | undefined;
  attempts: readonly AttemptRecord[];
  model: string | null;
  usage: Usage | undefined;
  costUsd: number;
  timeToFirstTokenMs: number | null;
  latencyMs: number;
  finishReason: string | null;
  stream: boolean;
  /** HTTP status sent to the client. */
  status: number;
  error: GatewayError | undefined;
  prompt: string | null;
  qualityChecks?: string[];
  escalatedTo?: string | null;
  experiment?: string | null;
  arm?: string | null;
  /** The front door (default `chat`). */
  door?: string;
  /** Conversation affinity status, or null. */
  affinity?: string | null;
}

/** The record for the decision log. */
export function buildDecisionRecord(input: DecisionRecordInput): DecisionRecord {
  const { plan, error } = input;
  labelNow(plan);
  const decision = plan?.decision;
  return {
    id: input.id,
    createdAt: input.createdAt,
    keyId: input.keyId,
    // Refused or rejected before routing (a 401, a malformed body): no task, difficulty or tier, so reports show the
    // request under `(none)`, as they do a decision without a model or key, not under a tier named `unknown`.
    task: decision?.task ?? NO_GROUP,
    taskSource: plan?.taskSource ?? "classified",
    taskConfidence: decision?.task_confidence ?? 0,
    difficulty: decision?.difficulty ?? NO_GROUP,
    tier: decision?.tier ?? NO_GROUP,
    candidates: plan?.chain.map((candidate) => candidate.id) ?? [],
    attempts: [...input.attempts],
    model: input.model,
    experiment: input.experiment ?? null,
    arm: input.arm ?? null,
    experimentUnit: input.experiment !== undefined && input.experiment !== null ? (plan?.experimentUnit ?? null) : null,
    estimatedCostUsd: decision?.estimated_cost_usd ?? 0,
    costUsd: input.costUsd,
    inputTokens: tokenCount(input.usage?.prompt_tokens),
    outputTokens: tokenCount(input.usage?.completion_tokens),
    timeToFirstTokenMs: input.timeToFirstTokenMs,
    latencyMs: input.latencyMs,
    finishReason: input.finishReason,
    stream: input.stream,
    outcome: outcomeOf(input.status, error),
    status: input.status,
    errorType: error ? (error.code ?? error.type) : null,
    qualityChecks: input.qualityChecks ?? [],
    escalatedTo: input.escalatedTo ?? null,
    feedbackScore: null,
    feedbackLabel: null,
    prompt: input.prompt,
    features: plan?.features ?? null,
    router: plan?.router ?? null,
    shadow: plan?.shadow ?? null,
    judgeScore: null,
    judgeCostUsd: null,
    explored: plan?.explored ?? null,
    propensity: plan?.propensity ?? null,
    // Bounded: a reason can quote the request (a follow-up's words), and every record is written on the request path.
    reasons: (plan?.decision.reasons ?? []).slice(0, 12).map((reason) => (reason.length > 400 ? `${reason.slice(0, 399)}…` : reason)),
    door: input.door ?? "chat",
    affinity: input.affinity ?? null,
  };
}

function outcomeOf(status: number, error: GatewayError | undefined): DecisionOutcome {
  if (!error && status < 400) return "served";
  if (status === 402 || status === 429 || status === 401 || status === 403) return "refused";
  if (status >= 400 && status < 500) return "client_error";
  return "failed";
}
