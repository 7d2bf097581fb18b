/**
 * The attempt loop (PRODUCT §2): walks the candidate chain, moving on only for typed retryable failures,
 * bounded by `max_attempts` and the total deadline, honouring Retry-After per model (the limited model is held,
 * the next one is tried at once; see retry-after-holds.ts), skipping open circuits, reserving
 * the worst case of each attempt before it, and recording every attempt for the decision log.
 * A run keeps its state so a broken stream can resume on the next candidate.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { ClientSignal } from "./client-signal.js";
import type { Reservation, SpendScope } from "../../budget/spend-guard.js";
import { BudgetExceededError, GatewayError, UpstreamError } from "../../core/errors/index.js";
import type { AttemptRecord } from "../../log/decision-record.js";
import { classifyNetworkError } from "../../upstream/classify-network-error.js";
import { estimateWorstCaseCostUsd } from "../../catalog/estimate-cost.js";
import { readRequestNeeds } from "../request-needs.js";
import { servicePriceFactor } from "../service-tier.js";
import { cheapestMatching } from "../resolve-chain.js";
import type { ChainCandidate, RoutingPlan } from "../routing-plan.js";
import { ClientGone } from "./attempt-controller.js";
import { partialCostUsd } from "./answered-model.js";
import { defaultSleep, releaseQuietly, settleQuietly, type FallbackDeps } from "./fallback-settings.js";
import { MAX_HOLD_MS } from "./retry-after-holds.js";
import type { CircuitBreaker } from "./circuit-breaker.js";
import { exhaustedError } from "./exhausted-error.js";
import { toClientError } from "./to-client-error.js";

/** One request's input to the loop. */
export interface FallbackRequest {
  /** The decision id; also the reservation's request id. */
  requestId: string;
  plan: RoutingPlan;
  scope: SpendScope;
  /** Aborts when the client goes away. */
  signal?: ClientSignal;
  /**
   * Runs as each upstream attempt starts, before its reservation: the attempt as a crash would leave it, its worst case
   * reserved. A promise it returns (the in-flight marker waiting for a lock) is awaited before the reservation. Runs
   * again with no attempt when the budget refused the one just announced: nothing of it is reserved any more.
   */
  onAttemptStart?: (plan: RoutingPlan, attempt: AttemptRecord | undefined) => Promise<void> | undefined;
}

/** What an attempt function receives. */
export interface AttemptInput {
  candidate: ChainCandidate;
  /** ms left before the request's total deadline. */
  remainingMs: number;
}

/** A successful attempt. */
export interface AttemptSuccess<T> {
  value: T;
  candidate: ChainCandidate;
  reservation: Reservation | undefined;
  startedAt: number;
}

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
  readonly #queue: ChainCandidate[];
  readonly #tried = new Set<string>();
  #minContext = 0;
  /** Candidates skipped or failed under a Retry-After hold, with the time they may be called again. */
  readonly #held: { candidate: ChainCandidate; until: number }[] = [];
  #budgetError: BudgetExceededError | undefined;
  #covered: Promise<boolean> | undefined;
  /** The candidates the budget refused, for the exhausted error's message. */
  readonly #budgetRefused: string[] = [];
  #circuitSkips = 0;
  /** The earliest end of a skipped model's cooldown, for the 503's Retry-After. */
  #circuitOpenUntil: number | undefined;
  /** The failure the run moves on from, counted as a fallback when the next attempt starts. */
  #pendingFallback: { from: string; reason: string } | undefined;

  constructor(deps: FallbackDeps, request: FallbackRequest) {
    this.#deps = deps;
    this.#request = request;
    this.#queue = [...request.plan.chain];
    this.startedAt = deps.clock.now();
    this.deadline = this.startedAt + deps.settings.totalMs;
    this.priceFactor = servicePriceFactor(request.plan.upstreamRequest.service_tier).factor;
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
  async run<T>(attempt: (input: AttemptInput) => Promise<T>, options: { endsLater?: boolean } = {}): Promise<AttemptSuccess<T>> {
    const { settings, clock } = this.#deps;
    while (this.upstreamAttempts < settings.maxAttempts) {
      const candidate = await this.#nextAvailable();
      if (!candidate) break;
      if (this.remainingMs() <= 0) break;
      if (this.#request.signal?.aborted) throw new ClientGone();
      const acquiredAt = clock.now();
      if (!(await this.#acquireCircuit(candidate))) continue;
      // Marked before the reservation, so a crash at any point after it leaves the request's record (at worst a crash
      // between the two records a worst case the ledger never reserved: over, never under, what it holds).
      // The marker names the reservation it is about to take, so a start after a crash can ask the ledger whether it was.
      const reservationId = (await this.#reservesInLedger()) ? `res_${randomUUID()}` : undefined;
      if (this.#request.signal?.aborted !== true) await this.#attemptStarted(candidate, acquiredAt, reservationId);
      const reservation = await this.#reserve(candidate, acquiredAt, reservationId);
      if (reservation === null) {
        // The marker must not keep the refused attempt's worst case while the run waits or moves on.
        if (this.#request.signal?.aborted !== true) await this.#attemptStarted(undefined, acquiredAt);
        continue;
      }
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
        if (this.#clientLeft(error) && !goneBeforeSend) {
          // The request went out: the upstream read (and bills) the prompt at least, so it is charged, not released.
          const promptUsd = partialCostUsd(candidate, this.#request.plan.decision.prompt_tokens, 0, this.priceFactor);
          this.abandonedCostUsd += promptUsd;
          await this.charge(reservation, promptUsd);
        } else if (error instanceof UpstreamError && error.billedUsd > 0) {
          // An answer that came whole and could not be read: generated, so billed (`run-chat-completion.ts`).
          this.abandonedCostUsd += error.billedUsd;
          await this.charge(reservation, error.billedUsd);
        } else await releaseQuietly(this.#deps, reservation);
        await this.#handleFailure(candidate, error, startedAt, reservation);
      }
    }
    throw this.#exhausted();
  }

  /** Settles an attempt's reservation at `usd` spent, and counts it in `chargedUsd`. */
  async charge(reservation: Reservation | undefined, usd: number): Promise<void> {
    this.chargedUsd += usd;
    await settleQuietly(this.#deps, reservation, usd);
  }

  /**
   * Tells the request's hook an attempt starts, with the worst case about to be reserved (or, with no candidate, that
   * none is open: the budget refused it); a hook never fails it.
   */
  async #attemptStarted(candidate: ChainCandidate | undefined, startedAt: number, reservationId?: string): Promise<void> {
    const reservedUsd = this.#deps.spendGuard && candidate ? { reservedUsd: candidate.worstCaseCostUsd, ...(reservationId ? { reservationId } : {}) } : {};
    const attempt: AttemptRecord | undefined = candidate && { model: candidate.id, status: 0, errorType: "interrupted", latencyMs: 0, ...reservedUsd, startedAtMs: startedAt };
    try {
      await this.#request.onAttemptStart?.(this.#request.plan, attempt);
    } catch (error) {
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
    return this.upstreamAttempts < this.#deps.settings.maxAttempts && this.remainingMs() > 0 && this.#queue.length > 0;
  }

  /** The attempt ended because the client went away, not because of the upstream. */
  #clientLeft(error: unknown): boolean {
    return error instanceof ClientGone || (this.#request.signal?.aborted === true && !UpstreamError.isInstance(error));
  }

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
    const failure = classifyNetworkError(candidate.id, error);
    const latencyMs = clock.now() - startedAt;
    this.attempts.push({ model: candidate.id, status: failure.upstreamStatus ?? 0, errorType: failure.kind, latencyMs, ...reserved(reservation), startedAtMs: startedAt });
    observer?.onAttempt({ model: candidate.id, outcome: failure.kind, latencyMs });
    const countsAgainstModel = failure.isRetryable;
    await breaker?.record(candidate.id, countsAgainstModel ? "failure" : "abandoned", startedAt);
    const movesOn =
      failure.isRetryable ||
      failure.kind === "context_length_exceeded" ||
      (failure.kind === "content_policy" && settings.fallbackOnContentPolicy);
    if (!movesOn) throw toClientError(failure);
    this.errors.push(failure);
    this.#pendingFallback = { from: candidate.id, reason: failure.kind === "http" ? `http_${failure.upstreamStatus ?? 0}` : failure.kind };
    if (failure.kind === "context_length_exceeded") this.#minContext = Math.max(this.#minContext, (candidate.model?.contextLength ?? 0) + 1);
    if (failure.retryAfterMs !== undefined) await this.#hold(candidate, failure.retryAfterMs);
  }

  /** Retry-After speaks for this model only: every request leaves it alone until then; this one moves on at once. */
  async #hold(candidate: ChainCandidate, retryAfterMs: number): Promise<void> {
    const until = this.#deps.clock.now() + Math.min(retryAfterMs, MAX_HOLD_MS);
    this.#held.push({ candidate, until });
    await this.#deps.holds?.hold(candidate.id, until);
  }

  /** The next candidate that is not held; when only held ones are left, waits for the first if the budget allows. */
  async #nextAvailable(): Promise<ChainCandidate | undefined> {
    const { clock, holds, observer } = this.#deps;
    for (let candidate = this.#nextCandidate(); candidate; candidate = this.#nextCandidate()) {
      const until = holds ? await holds.heldUntil(candidate.id) : 0;
      if (until <= clock.now()) return candidate;
      this.#held.push({ candidate, until });
      this.attempts.push({ model: candidate.id, status: 0, errorType: "retry_after", latencyMs: 0 });
      observer?.onAttempt({ model: candidate.id, outcome: "retry_after", latencyMs: 0 });
    }
    return this.#waitForHeld();
  }

  /** Waits for the held candidate that frees up first, when that is within `max_retry_after_ms` and the deadline. */
  async #waitForHeld(): Promise<ChainCandidate | undefined> {
    const fits = (entry: { candidate: ChainCandidate }): boolean => !(this.#minContext > 0 && entry.candidate.model && entry.candidate.model.contextLength < this.#minContext);
    const first = this.#held.filter(fits).reduce<{ candidate: ChainCandidate; until: number } | undefined>((best, entry) => (best && best.until <= entry.until ? best : entry), undefined);
    if (!first) return undefined;
    const waitMs = Math.max(0, first.until - this.#deps.clock.now());
    if (waitMs > this.#deps.settings.maxRetryAfterMs || waitMs >= this.remainingMs()) return undefined;
    this.#held.splice(this.#held.indexOf(first), 1);
    await (this.#deps.sleep ?? defaultSleep)(waitMs, this.#request.signal);
    return first.candidate;
  }

  #nextCandidate(): ChainCandidate | undefined {
    while (this.#queue.length > 0) {
      const candidate = this.#queue.shift() as ChainCandidate;
      if (this.#tried.has(candidate.id)) continue;
      if (this.#minContext > 0 && candidate.model && candidate.model.contextLength < this.#minContext) {
        this.attempts.push({ model: candidate.id, status: 0, errorType: "context_too_small", latencyMs: 0 });
        continue;
      }
      this.#tried.add(candidate.id);
      return candidate;
    }
    return this.#minContext > 0 ? this.#widenContext() : undefined;
  }

  /** After context_length_exceeded with no larger model left in the chain: the cheapest catalog model with room. */
  #widenContext(): ChainCandidate | undefined {
    const { catalog, clock } = this.#deps;
    if (!catalog) return undefined;
    const { plan } = this.#request;
    const needs = readRequestNeeds(plan.upstreamRequest);
    const model = cheapestMatching(catalog, { needs: needs.capabilities, minContext: this.#minContext }, clock.now(), this.#tried);
    if (!model) return undefined;
    this.#tried.add(model.id);
    const template = plan.chain[0];
    const maxTokens = Math.min(template?.maxTokens ?? plan.decision.max_tokens, model.maxCompletionTokens ?? Number.POSITIVE_INFINITY);
    const worstCaseCostUsd = estimateWorstCaseCostUsd(model, {
      promptTokens: plan.decision.prompt_tokens,
      maxTokens,
      imageCount: needs.imageCount,
      priceFactor: this.priceFactor,
    });
    return { id: model.id, model, maxTokens, worstCaseCostUsd };
  }

  async #acquireCircuit(candidate: ChainCandidate): Promise<boolean> {
    const breaker = this.#deps.breaker;
    if (!breaker || (await breaker.acquire(candidate.id))) return true;
    this.#circuitSkips += 1;
    await this.#noteOpenUntil(breaker, candidate.id);
    this.attempts.push({ model: candidate.id, status: 0, errorType: "circuit_open", latencyMs: 0 });
    this.#deps.observer?.onAttempt({ model: candidate.id, outcome: "circuit_open", latencyMs: 0 });
    return false;
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
  #reservesInLedger(): Promise<boolean> {
    const guard = this.#deps.spendGuard;
    if (!guard) return Promise.resolve(false);
    // A lookup that fails (a key store down) names a reservation: the reserve then fails the same way, inside
    // `#reserve`, which hands the breaker's permit back.
    this.#covered ??= guard.covers ? guard.covers(this.#request.scope).catch(() => true) : Promise.resolve(true);
    return this.#covered;
  }

  /** Reserves the attempt's worst case. null: the budget refused this candidate (it is skipped). */
  async #reserve(candidate: ChainCandidate, acquiredAt: number, reservationId: string | undefined): Promise<Reservation | undefined | null> {
    const guard = this.#deps.spendGuard;
    if (!guard) return undefined;
    try {
      return await guard.reserve({ requestId: this.#request.requestId, scope: this.#request.scope, amountUsd: candidate.worstCaseCostUsd, ...(reservationId ? { reservationId } : {}) });
    } catch (error) {
      // The permit goes back, dated when it was acquired: a permit from before the circuit opened frees no probe.
      await this.#deps.breaker?.record(candidate.id, "abandoned", acquiredAt);
      if (!(error instanceof BudgetExceededError)) throw error;
      this.#budgetError = error;
      this.#budgetRefused.push(candidate.id);
      this.attempts.push({ model: candidate.id, status: 0, errorType: "budget_exceeded", latencyMs: 0, reservedUsd: 0 });
      return null;
    }
  }

  #exhausted(): GatewayError {
    return exhaustedError({
      errors: this.errors,
      budgetError: this.#budgetError,
      budgetRefused: this.#budgetRefused,
      held: this.#held,
      circuitSkips: this.#circuitSkips,
      circuitOpenUntil: this.#circuitOpenUntil,
      chain: this.#request.plan.chain,
      now: this.#deps.clock.now(),
      reason: this.remainingMs() <= 0 ? "the total timeout ran out" : this.upstreamAttempts >= this.#deps.settings.maxAttempts ? "max_attempts was reached" : "every fallback failed",
    });
  }
}

function reserved(reservation: Reservation | undefined): { reservedUsd?: number } {
  return reservation ? { reservedUsd: reservation.amountUsd } : {};
}
