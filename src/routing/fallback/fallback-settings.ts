/**
 * The knobs and collaborators of the attempt loop.
 * @module
 */
import type { ClientSignal } from "./client-signal.js";
import type { Reservation, SpendGuard } from "../../budget/spend-guard.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { UpstreamConfig } from "../../config/config-schema.js";
import type { Clock } from "../../core/clock.js";
import type { UpstreamClient } from "../../upstream/upstream-client.js";
import type { CircuitBreaker } from "./circuit-breaker.js";
import type { RetryAfterHolds } from "./retry-after-holds.js";

/** Timeouts and bounds of the attempt loop (config `upstream`). */
export interface FallbackSettings {
  /** Time to the first content chunk when streaming, to the first response byte otherwise. */
  firstTokenMs: number;
  /** Longest silence between stream chunks (and between body bytes). */
  idleMs: number;
  /** Bound on the whole request, every attempt and wait included. */
  totalMs: number;
  /** Bound on the number of upstream requests. */
  maxAttempts: number;
  /**
   * Longest wait for a model held by Retry-After, and only when no other candidate is left (the next model is
   * otherwise tried at once).
   */
  maxRetryAfterMs: number;
  /** Move on after a content-policy refusal. */
  fallbackOnContentPolicy: boolean;
}

/** Reads the settings from the validated config. */
export function fallbackSettingsFromConfig(upstream: UpstreamConfig): FallbackSettings {
  return {
    firstTokenMs: upstream.timeouts.first_token_ms,
    idleMs: upstream.timeouts.idle_ms,
    totalMs: upstream.timeouts.total_ms,
    maxAttempts: upstream.max_attempts,
    maxRetryAfterMs: upstream.max_retry_after_ms,
    fallbackOnContentPolicy: upstream.fallback_on_content_policy,
  };
}

/** What happened in one attempt, for metrics. */
export interface AttemptEvent {
  model: string;
  /** `success`, or the error kind (`http`, `timeout`, ...), or a skip reason (`circuit_open`, `budget_exceeded`). */
  outcome: string;
  latencyMs: number;
}

/** Receives attempt events (the server counts them in Prometheus). Must be cheap and never throw. */
export interface AttemptObserver {
  onAttempt(event: AttemptEvent): void;
  /** The loop moves from `fromModel` to the next candidate because of `reason`. */
  onFallback(fromModel: string, reason: string): void;
}

/** Collaborators of the attempt loop. Everything that varies between runs is injected. */
export interface FallbackDeps {
  upstream: UpstreamClient;
  settings: FallbackSettings;
  clock: Clock;
  /** Per-model circuit state. Default: none. */
  breaker?: CircuitBreaker;
  /** Per-model Retry-After holds, shared by every request (and instance, with Redis). Default: this run only. */
  holds?: RetryAfterHolds;
  /** Reserve-then-settle spend control. Default: none. */
  spendGuard?: SpendGuard;
  /** Prices the model that actually answered, and finds a larger context after context_length_exceeded. */
  catalog?: ModelCatalog;
  /** Waits (Retry-After). Default: a real timer that the abort signal cancels. */
  sleep?: (ms: number, signal: ClientSignal | undefined) => Promise<void>;
  observer?: AttemptObserver;
  /** Scrubs secrets out of upstream text before it lands in an error. */
  redact?: (text: string) => string;
  /**
   * Failures that must not fail the request, e.g. a ledger that cannot settle after the answer is in (the
   * reservation then stays and expires as its worst case, so no spend is lost). Default: ignored.
   */
  onBackgroundError?: (error: unknown, what: string) => void;
}

/** Settles a reservation; a ledger failure is reported, never thrown (the answer is already in). */
export async function settleQuietly(deps: FallbackDeps, reservation: Reservation | undefined, actualUsd: number): Promise<void> {
  if (!reservation || !deps.spendGuard) return;
  try {
    await deps.spendGuard.settle(reservation, actualUsd);
  } catch (error) {
    deps.onBackgroundError?.(error, `settling reservation ${reservation.id}`);
  }
}

/** Releases a reservation; a ledger failure is reported, never thrown (the attempt's own error matters more). */
export async function releaseQuietly(deps: FallbackDeps, reservation: Reservation | undefined): Promise<void> {
  if (!reservation || !deps.spendGuard) return;
  try {
    await deps.spendGuard.release(reservation);
  } catch (error) {
    deps.onBackgroundError?.(error, `releasing reservation ${reservation.id}`);
  }
}

/** The default sleep: resolves after `ms`, or early when the signal aborts. */
export function defaultSleep(ms: number, signal: ClientSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
