/**
 * What an attempt of the loop (`FallbackRun`) must pass before it is sent: the model's circuit, then the budget's
 * reservation of its worst case. Keeps what each refusal leaves for the exhausted error (circuit skips and the
 * earliest cooldown end; the budget's error and the models it refused).
 * @module
 */
import { BudgetExceededError } from "../../core/errors/index.js";
import type { Reservation, SpendScope } from "../../budget/spend-guard.js";
import type { AttemptRecord } from "../../log/decision-record.js";
import type { ChainCandidate } from "../routing-plan.js";
import type { ChatRequest } from "../../core/types.js";
import type { CircuitBreaker } from "./circuit-breaker.js";
import { costDrivers } from "./cost-drivers.js";
import { didYouMeanModel } from "../../catalog/near-model-id.js";
import type { ExhaustedRun } from "./exhausted-error.js";
import type { FallbackDeps } from "./fallback-settings.js";

/** The request an admission reserves for. */
export interface AdmissionRequest {
  /** The decision id; also the reservation's request id. */
  requestId: string;
  scope: SpendScope;
  /** The body sent upstream, read only when a budget refuses, to name what raised its worst case. */
  plan?: { upstreamRequest: ChatRequest };
}

/** The circuit and budget gates of one run. */
export class AttemptAdmission {
  readonly #deps: FallbackDeps;
  readonly #request: AdmissionRequest;
  /** The run's attempt records: refusals (circuit open, budget exceeded) are appended here. */
  readonly #attempts: AttemptRecord[];
  #covered: Promise<boolean> | undefined;
  /** The last refusal of the budget, when one refused. */
  #budgetError: BudgetExceededError | undefined;
  /** The candidates the budget refused, for the exhausted error's message. */
  readonly #budgetRefused: string[] = [];
  /** The candidates skipped for an open circuit, for the exhausted error's message. */
  readonly #circuitSkipped: string[] = [];
  /** The earliest end of a skipped model's cooldown, for the 503's Retry-After. */
  #circuitOpenUntil: number | undefined;

  constructor(deps: FallbackDeps, request: AdmissionRequest, attempts: AttemptRecord[]) {
    this.#deps = deps;
    this.#request = request;
    this.#attempts = attempts;
  }

  /** What the gates refused so far, for the exhausted error. */
  refusals(): Pick<ExhaustedRun, "budgetError" | "budgetRefused" | "circuitSkipped" | "circuitOpenUntil"> {
    return { budgetError: this.#budgetError, budgetRefused: this.#budgetRefused, circuitSkipped: this.#circuitSkipped, circuitOpenUntil: this.#circuitOpenUntil };
  }

  /** Takes the model's circuit permit; false (recorded as a skip) when its circuit is open. */
  async acquireCircuit(candidate: ChainCandidate): Promise<boolean> {
    const breaker = this.#deps.breaker;
    if (!breaker || (await breaker.acquire(candidate.id))) return true;
    this.#circuitSkipped.push(candidate.id);
    await this.#noteOpenUntil(breaker, candidate.id);
    this.#attempts.push({ model: candidate.id, status: 0, errorType: "circuit_open", latencyMs: 0 });
    this.#deps.observer?.onAttempt({ model: candidate.id, outcome: "circuit_open", latencyMs: 0 });
    return false;
  }

  /** The refusal, its advice naming what besides tokens the request's worst case holds (`cost-drivers.ts`). */
  #withDrivers(error: BudgetExceededError, candidate: ChainCandidate): BudgetExceededError {
    const request = this.#request.plan?.upstreamRequest;
    const drivers = request ? costDrivers(request, candidate.model, candidate.id) : [];
    // A router slug (openrouter/auto) is in the catalog though called without an entry: only an id it lacks is unlisted.
    const catalog = this.#deps.catalog;
    const unlisted = candidate.model === undefined && catalog !== undefined && !catalog.has(candidate.id);
    if (drivers.length === 0 && !unlisted) return error;
    const unlistedModel = unlisted ? { unlistedModel: { id: candidate.id, didYouMean: didYouMeanModel(candidate.id, catalog.list().map((model) => model.id)) } } : {};
    return new BudgetExceededError({ budget: error.budget, remainingUsd: error.remainingUsd, requestedUsd: error.requestedUsd, resetsAt: error.resetsAt, drivers, heldUsd: error.heldUsd, sharedWithOtherKeys: error.sharedWithOtherKeys, ...unlistedModel });
  }

  /** Keeps the earliest cooldown end among skipped models; a store that cannot say leaves the wait unknown. */
  async #noteOpenUntil(breaker: CircuitBreaker, model: string): Promise<void> {
    try {
      const until = await breaker.openUntil?.(model);
      if (typeof until === "number") this.#circuitOpenUntil = Math.min(this.#circuitOpenUntil ?? until, until);
    } catch {
      // Only the Retry-After hint is lost: the 503 still says to retry shortly.
    }
  }

  /** Whether this request's reserves reach the ledger (asked once per run: its scope does not change). */
  reservesInLedger(): Promise<boolean> {
    const guard = this.#deps.spendGuard;
    if (!guard) return Promise.resolve(false);
    // A lookup that fails (a key store down) names a reservation: the reserve then fails the same way, inside
    // `reserve`, which hands the breaker's permit back.
    this.#covered ??= guard.covers ? guard.covers(this.#request.scope).catch(() => true) : Promise.resolve(true);
    return this.#covered;
  }

  /** Reserves the attempt's worst case. null: the budget refused this candidate (it is skipped). */
  async reserve(candidate: ChainCandidate, acquiredAt: number, reservationId: string | undefined): Promise<Reservation | undefined | null> {
    const guard = this.#deps.spendGuard;
    if (!guard) return undefined;
    try {
      return await guard.reserve({ requestId: this.#request.requestId, scope: this.#request.scope, amountUsd: candidate.worstCaseCostUsd, ...(reservationId ? { reservationId } : {}) });
    } catch (error) {
      // The permit goes back, dated when it was acquired: a permit from before the circuit opened frees no probe.
      await this.#deps.breaker?.record(candidate.id, "abandoned", acquiredAt);
      if (!(error instanceof BudgetExceededError)) throw error;
      this.#budgetError = this.#withDrivers(error, candidate);
      this.#budgetRefused.push(candidate.id);
      this.#attempts.push({ model: candidate.id, status: 0, errorType: "budget_exceeded", latencyMs: 0, reservedUsd: 0 });
      return null;
    }
  }
}
