/**
 * One record per request in the decision log (PRODUCT §4).
 * @module
 */

/** One upstream attempt. */
export interface AttemptRecord {
  model: string;
  /** HTTP status from the upstream, or 0 when none arrived. */
  status: number;
  /** Error class (`http`, `timeout`, `connection`, `malformed`, `context_length_exceeded`, ...) or null on success. */
  errorType: string | null;
  latencyMs: number;
  /** Worst-case cost reserved for this attempt. */
  reservedUsd?: number;
  /** When the upstream request started, ms since epoch (upstream attempts only; absent for skips). */
  startedAtMs?: number;
  /**
   * The ledger reservation the attempt's worst case is held under, on the open attempt of an in-flight marker: the
   * next start asks the ledger whether it was taken (`log/recover-interrupted.ts`).
   */
  reservationId?: string;
}

/**
 * Attempt error types that are a candidate passed over without a call (its open circuit, a budget, a Retry-After
 * hold, too small a context): the model did not fail, so they are no model's error.
 */
export const SKIPPED_ATTEMPT_TYPES: readonly string[] = ["circuit_open", "budget_exceeded", "retry_after", "context_too_small"];

/**
 * The attempt error type of a call the client ended (it left, or read its stream too slowly): the call was made, but
 * the model did not fail, so it is no model's error either.
 */
export const CLIENT_ENDED_ATTEMPT_TYPE = "client_gone";

/** Outcome of the request as a whole. */
export type DecisionOutcome = "served" | "refused" | "failed" | "client_error";

/** The decision log's record of one request. */
export interface DecisionRecord {
  id: string;
  /** ms since epoch */
  createdAt: number;
  keyId: string | null;
  task: string;
  /** "given" when the request named the task, else "classified". */
  taskSource: "given" | "classified";
  taskConfidence: number;
  difficulty: string;
  tier: string;
  /** The candidate chain, in order. */
  candidates: string[];
  attempts: AttemptRecord[];
  /** The model that answered, or null. */
  model: string | null;
  experiment: string | null;
  arm: string | null;
  /**
   * The experiment's assignment unit as a digest (16 characters of a sha256 salted by the experiment's name; never
   * the raw user id): the report counts units and treats a unit's requests as one cluster. Null (or absent, in
   * records older than the column) when the request was its own unit.
   */
  experimentUnit?: string | null;
  estimatedCostUsd: number;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  timeToFirstTokenMs: number | null;
  latencyMs: number;
  finishReason: string | null;
  stream: boolean;
  outcome: DecisionOutcome;
  /** HTTP status returned to the client. */
  status: number;
  errorType: string | null;
  /** Names of quality checks that failed, e.g. ["empty"]. */
  qualityChecks: string[];
  /** The tier escalated to, when a quality check failed. */
  escalatedTo: string | null;
  /** Feedback score 0..1, once given. */
  feedbackScore: number | null;
  feedbackLabel: string | null;
  /** Prompt text, only when `log.store_prompts` is on, after redaction. */
  prompt: string | null;
  /**
   * Set only in a page of decisions (`list`, `GET /api/decisions`) whose stored prompt is longer than
   * {@link LIST_PROMPT_CHARS}: the prompt's whole length, of which the page carries the first LIST_PROMPT_CHARS
   * characters. The record alone (`get`, `GET /api/decisions/:id`) carries the whole prompt.
   */
  promptLength?: number;
  /**
   * Prompt-free routing features (`log.store_features`, on by default): what `switchyard train --from-log`
   * learns from instead of the prompt. A JSON object; see docs/learning.md for what it holds.
   */
  features?: Readonly<Record<string, unknown>> | null;
  /** Which router made the decision: `shipped`, or the id of the adapter loaded through `routing.weights` or an experiment arm. */
  router?: string | null;
  /** What the shadow router (`routing.shadow`) would have done; it had no effect on the request. */
  shadow?: ShadowDecision | null;
  /** The sampled judge's grade 0..1 (`learning.judge`), once graded. */
  judgeScore?: number | null;
  /** What the judge's own call cost, USD. */
  judgeCostUsd?: number | null;
  /** Online mode: true when the bandit explored (picked a tier other than its best guess) for this request. */
  explored?: boolean | null;
  /** Online mode: the probability that the served tier was chosen; what `train --from-log`'s off-policy check divides by. */
  propensity?: number | null;
  /**
   * Why the router chose this tier and chain (the decision's `reasons`, at most 12, each at most 400 characters), then
   * what befell the charge: a crash's interruption, a cost past what was reserved (`billed-past-reservation.ts`).
   */
  reasons?: string[];
  /** The front door the request came in by: `chat`, `messages` or `responses` (absent: `chat`). */
  door?: string;
  /** Conversation affinity: `new` (first turn seen), `hit` (kept its model), `moved` (left it), or null when off. */
  affinity?: string | null;
}

/** The shadow router's decision for a request (logged, never acted on). */
export interface ShadowDecision {
  router: string;
  tier: string;
  model: string;
  estimatedCostUsd: number;
}

/** Where decision records go. Writes may be batched; `flush` drains them. */
export interface DecisionLog {
  write(record: DecisionRecord): void;
  /**
   * Durable logs (the gateway's): settles once every record written so far is committed to local disk. Records
   * written in one event-loop turn share one commit (group commit). When the disk refused the commit it rejects with
   * a RecordNotDurableError (a 503 `storage_unavailable`): the records wait in memory, are reported through the log's
   * `onError`, and ship once the disk takes writes. Batching logs do not have it.
   */
  whenDurable?(): Promise<void>;
  /**
   * Durable logs: amends a record still waiting in memory after a refused commit, so it says how the request really
   * ended (the client got a 503); false when no record of that id waits.
   */
  amendWaiting?(id: string, patch: Partial<Pick<DecisionRecord, "status" | "outcome" | "errorType">>): boolean;
  /**
   * Durable logs: true while records the local disk refused wait in memory (every request is then refused 503, as
   * none can be recorded), so readiness can say so; false again once they have reached the store.
   */
  refusingWrites?(): boolean;
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Characters of a stored prompt a page of decisions carries: a page of 100 prompts of 9.5 MB each was ~1 GB, a 500
 * after 6 s with the gateway at 1.5 GB RSS (red-team round 14). The record alone carries the whole prompt.
 */
export const LIST_PROMPT_CHARS = 4_000;
