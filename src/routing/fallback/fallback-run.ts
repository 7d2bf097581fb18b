/**
 * The attempt loop (PRODUCT §2): walks the candidate chain, moving on only for typed retryable failures,
 * bounded by `max_attempts` and the total deadline, honouring Retry-After per model (the limited model is held,
 * the next one is tried at once; see retry-after-holds.ts), skipping open circuits, reserving
 * the worst case of each attempt before it, and recording every attempt for the decision log.
 * A run keeps its state so a broken stream can resume on the next candidate. Which candidate comes next is
 * `candidate-queue.ts`; the circuit and budget gates before each attempt are `attempt-admission.ts`; how a failure
 * is read (move on or answer the client) is `attempt-failure.ts`; what a run takes and gives is `fallback-request.ts`.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { Reservation } from "../../budget/spend-guard.js";
import { GatewayError, RecordNotDurableError, UpstreamError } from "../../core/errors/index.js";
import type { AttemptRecord } from "../../log/decision-record.js";
import { servicePriceFactor } from "../service-tier.js";
import type { ChainCandidate } from "../routing-plan.js";
import { ClientGone } from "./attempt-controller.js";
import { AttemptAdmission } from "./attempt-admission.js";
import { classifyAttemptFailure } from "./attempt-failure.js";
import { partialCostUsd } from "./answered-model.js";
import { estimatedPromptTokens, unreportedInputs } from "../counted-prompt-tokens.js";
import { CandidateQueue } from "./candidate-queue.js";
import { releaseQuietly, settleQuietly, type FallbackDeps } from "./fallback-settings.js";
import { exhaustedError } from "./exhausted-error.js";
import { toClientError, upstreamRefusesModelId } from "./to-client-error.js";
import { unknownModelHint } from "./unknown-model-hint.js";
import type { AttemptInput, AttemptSuccess, FallbackRequest, RunOptions } from "./fallback-request.js";

/** The loop over one request's candidates. */
export class FallbackRun {
  /** Every attempt and skip, in order (decision log). */
  readonly attempts: AttemptRecord[] = [];
  /** Failures so far. */
  readonly errors: UpstreamError[] = [];
  /** Upstream requests made (the `x-switchyard-attempts` header). */
  upstreamAttempts = 0;
  /** Settled for attempts the client left after they were sent: their prompt, which the upstream had by then. */
  abandonedCostUsd = 0;
  /**
   * Every amount this run settled as spent, answers and abandoned attempts alike, each once: what the ledger holds of
   * the run's finished attempts. The in-flight marker and the request's record sum it over the request's runs.
   */
  chargedUsd = 0;
  readonly startedAt: number;
  readonly deadline: number;
  /** What the request's service tier multiplies list prices by (`service-tier.ts`): reservations and token-priced costs. */
  readonly priceFactor: number;
  readonly #deps: FallbackDeps;
  readonly #request: FallbackRequest;
  readonly #candidates: CandidateQueue;
  readonly #admission: AttemptAdmission;
  /** The failure the run moves on from, counted as a fallback when the next attempt starts. */
  #pendingFallback: { from: string; reason: string } | undefined;

  constructor(deps: FallbackDeps, request: FallbackRequest) {
    this.#deps = deps;
    this.#request = request;
    this.startedAt = deps.clock.now();
    this.deadline = this.startedAt + deps.settings.totalMs;
    this.priceFactor = servicePriceFactor(request.plan.upstreamRequest.service_tier).factor;
    const { plan, signal } = request;
    this.#candidates = new CandidateQueue(deps, { plan, signal, priceFactor: this.priceFactor, attempts: this.attempts, remainingMs: () => this.remainingMs() });
    this.#admission = new AttemptAdmission(deps, request, this.attempts);
  }

  /** ms left before the total deadline. */
  remainingMs(): number {
    return this.deadline - this.#deps.clock.now();
  }

  /**
   * Tries candidates until `attempt` resolves. A rejection with a retryable UpstreamError moves on; anything
   * else (or a non-retryable failure) is thrown as the client-facing error. When nothing is left, throws
   * AllAttemptsFailedError listing the attempts (or the budget / circuit error when no attempt was made).
   */
  async run<T>(attempt: (input: AttemptInput) => Promise<T>, options: RunOptions = {}): Promise<AttemptSuccess<T>> {
    while (this.upstreamAttempts < this.#deps.settings.maxAttempts) {
      const next = await this.#candidates.next();
      if (!next) break;
      // A resumed stream's attempt reads more than the prompt: its worst case (reserved, marked) says so.
      const candidate = options.widen ? options.widen(next) : next;
      if (this.remainingMs() <= 0) break;
      if (this.#request.signal?.aborted) throw new ClientGone();
      const admitted = await this.#admit(candidate);
      if (!admitted) continue;
      const success = await this.#tryAttempt(candidate, admitted.reservation, attempt, options);
      if (success) return success;
    }
    throw this.#exhausted();
  }

  /**
   * Passes the attempt through its circuit and the budget, marking it in flight in between. undefined: skipped (an
   * open circuit, or the budget refused it).
   */
  async #admit(candidate: ChainCandidate): Promise<{ reservation: Reservation | undefined } | undefined> {
    const acquiredAt = this.#deps.clock.now();
    if (!(await this.#admission.acquireCircuit(candidate))) return undefined;
    // Marked before the reservation, so a crash at any point after it leaves the request's record (at worst a crash
    // between the two records a worst case the ledger never reserved: over, never under, what it holds).
    // The marker names the reservation it is about to take, so a start after a crash can ask the ledger whether it was.
    const reservationId = (await this.#admission.reservesInLedger()) ? `res_${randomUUID()}` : undefined;
    if (this.#request.signal?.aborted !== true) {
      try {
        await this.#attemptStarted(candidate, acquiredAt, reservationId);
      } catch (error) {
        // The disk refused the marker: nothing was sent or reserved, so the circuit's slot goes back untouched.
        await this.#deps.breaker?.record(candidate.id, "abandoned", acquiredAt);
        throw error;
      }
    }
    const reservation = await this.#admission.reserve(candidate, acquiredAt, reservationId);
    if (reservation !== null) return { reservation };
    // The marker must not keep the refused attempt's worst case while the run waits or moves on.
    if (this.#request.signal?.aborted !== true) await this.#attemptStarted(undefined, acquiredAt);
    return undefined;
  }

  /** Sends one admitted attempt. undefined: it failed and the run moves on (a failure that ends the run is thrown). */
  async #tryAttempt<T>(
    candidate: ChainCandidate,
    reservation: Reservation | undefined,
    attempt: (input: AttemptInput) => Promise<T>,
    options: RunOptions,
  ): Promise<AttemptSuccess<T> | undefined> {
    const { clock } = this.#deps;
    const startedAt = clock.now();
    this.upstreamAttempts += 1;
    this.#announceFallback();
    // A client gone before the attempt began (during the breaker or budget awaits) is never sent: nothing to charge.
    const goneBeforeSend = this.#request.signal?.aborted === true;
    try {
      const value = await attempt({ candidate, remainingMs: this.remainingMs() });
      this.attempts.push({ model: candidate.id, status: 200, errorType: null, latencyMs: clock.now() - startedAt, ...reserved(reservation), startedAtMs: startedAt });
      // A stream's attempt is counted once, when it ends (`reportStreamEnd` / `reportLateFailure`).
      if (options.endsLater !== true) this.#deps.observer?.onAttempt({ model: candidate.id, outcome: "success", latencyMs: clock.now() - startedAt });
      await this.#deps.breaker?.record(candidate.id, "success", startedAt);
      return { value, candidate, reservation, startedAt };
    } catch (error) {
      await this.#settleFailedAttempt(candidate, error, reservation, goneBeforeSend, options.prefillTokens ?? 0);
      await this.#handleFailure(candidate, error, startedAt, reservation);
      return undefined;
    }
  }

  /** Settles a failed attempt's reservation: charged for what the upstream had (and bills), else released. */
  async #settleFailedAttempt(candidate: ChainCandidate, error: unknown, reservation: Reservation | undefined, goneBeforeSend: boolean, prefillTokens: number): Promise<void> {
    if (this.#clientLeft(error) && !goneBeforeSend) {
      // The request went out: the upstream read (and bills) the prompt at least, so it is charged, not released. A
      // resumed attempt's prompt includes the prefill it sent (round 27: it was charged the prompt alone).
      const promptUsd = partialCostUsd(candidate, estimatedPromptTokens(this.#request.plan) + prefillTokens, 0, this.priceFactor, unreportedInputs(this.#request.plan));
      this.abandonedCostUsd += promptUsd;
      await this.charge(reservation, promptUsd);
    } else if (error instanceof UpstreamError && error.billedUsd > 0) {
      // An answer that came whole and could not be read: generated, so billed (`run-chat-completion.ts`).
      this.abandonedCostUsd += error.billedUsd;
      await this.charge(reservation, error.billedUsd);
    } else await releaseQuietly(this.#deps, reservation);
  }

  /** Settles an attempt's reservation at `usd` spent, and counts it in `chargedUsd`. */
  async charge(reservation: Reservation | undefined, usd: number): Promise<void> {
    this.chargedUsd += usd;
    await settleQuietly(this.#deps, reservation, usd);
  }

  /**
   * Tells the request's hook an attempt starts, with the worst case about to be reserved (or, with no candidate, that
   * none is open: the budget refused it). A hook's failure is reported, save a RecordNotDurableError (the local disk
   * refused the marker, so the request's record cannot be committed either): that ends the run before any model is
   * called, as an answer paid for would only be thrown away.
   */
  async #attemptStarted(candidate: ChainCandidate | undefined, startedAt: number, reservationId?: string): Promise<void> {
    const reservedUsd = this.#deps.spendGuard && candidate ? { reservedUsd: candidate.worstCaseCostUsd, ...(reservationId ? { reservationId } : {}) } : {};
    const attempt: AttemptRecord | undefined = candidate && { model: candidate.id, status: 0, errorType: "interrupted", latencyMs: 0, ...reservedUsd, startedAtMs: startedAt };
    try {
      await this.#request.onAttemptStart?.(this.#request.plan, attempt);
    } catch (error) {
      if (error instanceof RecordNotDurableError) throw error;
      this.#deps.onBackgroundError?.(error, "marking the request in flight");
    }
  }

  /**
   * Records a failure that happened after an attempt had already succeeded (a stream cut after content),
   * so the breaker, metrics and the decision log see it.
   */
  async reportLateFailure(candidate: ChainCandidate, error: UpstreamError, startedAt: number, cause: "upstream" | "client" = "upstream"): Promise<void> {
    const latencyMs = this.#deps.clock.now() - startedAt;
    const last = this.attempts.findLast((record) => record.model === candidate.id && record.errorType === null);
    if (last) {
      // A client that left (or read too slowly) is no failure of the model's: its attempt says so, as before content.
      last.errorType = cause === "client" ? "client_gone" : error.kind;
      last.latencyMs = latencyMs;
    }
    this.errors.push(error);
    this.#deps.observer?.onAttempt({ model: candidate.id, outcome: cause === "client" ? "client_gone" : error.kind, latencyMs });
    // A client that leaves says nothing about the model: it counts neither way, as before the first content.
    await this.#deps.breaker?.record(candidate.id, cause === "client" ? "abandoned" : "failure", startedAt);
  }

  /** Counts a stream's attempt that ran to its end (see `run`'s `endsLater`). */
  reportStreamEnd(candidate: ChainCandidate, startedAt: number): void {
    this.#deps.observer?.onAttempt({ model: candidate.id, outcome: "success", latencyMs: this.#deps.clock.now() - startedAt });
  }

  /** A failure moves on only when another attempt starts: the fallback is counted then, once. */
  #announceFallback(): void {
    const pending = this.#pendingFallback;
    if (!pending) return;
    this.#pendingFallback = undefined;
    this.#deps.observer?.onFallback(pending.from, pending.reason);
  }

  /** True when another attempt could still be made. */
  canContinue(): boolean {
    return this.upstreamAttempts < this.#deps.settings.maxAttempts && this.remainingMs() > 0 && this.#candidates.hasQueued();
  }

  /** The attempt ended because the client went away, not because of the upstream. */
  #clientLeft(error: unknown): boolean {
    return error instanceof ClientGone || (this.#request.signal?.aborted === true && !UpstreamError.isInstance(error));
  }

  /** Records a failed attempt, then throws what ends the run or notes what the run moves on from. */
  async #handleFailure(candidate: ChainCandidate, error: unknown, startedAt: number, reservation: Reservation | undefined): Promise<void> {
    const { clock, breaker, observer, settings } = this.#deps;
    if (this.#clientLeft(error)) {
      // The request went out: the record keeps the attempt, ended by the client.
      this.attempts.push({ model: candidate.id, status: 0, errorType: "client_gone", latencyMs: clock.now() - startedAt, ...reserved(reservation), startedAtMs: startedAt });
      observer?.onAttempt({ model: candidate.id, outcome: "client_gone", latencyMs: clock.now() - startedAt });
      await breaker?.record(candidate.id, "abandoned", startedAt);
      throw new ClientGone();
    }
    if (GatewayError.isInstance(error) && !(error instanceof UpstreamError)) {
      await breaker?.record(candidate.id, "abandoned", startedAt);
      throw error;
    }
    const classified = classifyAttemptFailure(candidate.id, error, settings);
    const { failure, fallbackReason } = classified;
    // A model the catalog lists that the upstream refuses by its id is gone upstream (OpenRouter answers a removed id
    // 400 "not a valid model ID", not the 404 that moves on): a router-chosen chain goes on to its next model rather
    // than answer its caller a 400 about a model it did not choose. As the last model it ends the run as before.
    const gone = !classified.movesOn && candidate.model !== undefined && upstreamRefusesModelId(failure) && this.canContinue();
    const movesOn = classified.movesOn || gone;
    const latencyMs = clock.now() - startedAt;
    this.attempts.push({ model: candidate.id, status: failure.upstreamStatus ?? 0, errorType: failure.kind, latencyMs, ...reserved(reservation), startedAtMs: startedAt });
    observer?.onAttempt({ model: candidate.id, outcome: failure.kind, latencyMs });
    // Only a retryable failure (or a model gone upstream) counts against the model; the rest say nothing of its health.
    await breaker?.record(candidate.id, failure.isRetryable || gone ? "failure" : "abandoned", startedAt);
    if (!movesOn) throw toClientError(failure, candidate.model === undefined ? unknownModelHint(candidate.id, this.#deps.catalog) : "");
    this.errors.push(failure);
    this.#pendingFallback = { from: candidate.id, reason: fallbackReason };
    if (failure.kind === "context_length_exceeded") this.#candidates.requireMoreContextThan(candidate);
    if (failure.retryAfterMs !== undefined) await this.#candidates.hold(candidate, failure.retryAfterMs);
  }

  #exhausted(): GatewayError {
    return exhaustedError({
      ...this.#admission.refusals(),
      errors: this.errors,
      held: this.#candidates.held,
      chain: this.#request.plan.chain,
      now: this.#deps.clock.now(),
      reason: this.remainingMs() <= 0 ? "the total timeout ran out" : this.upstreamAttempts >= this.#deps.settings.maxAttempts ? "max_attempts was reached" : "every fallback failed",
    });
  }
}

function reserved(reservation: Reservation | undefined): { reservedUsd?: number } {
  return reservation ? { reservedUsd: reservation.amountUsd } : {};
}
