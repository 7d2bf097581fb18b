/**
 * Circuit breaker per model: when `failures` of the model's latest 2 × `failures` outcomes failed within `window_ms`
 * (a run of failures, or a model failing half its calls) it is skipped for `cooldown_ms`, then a single half-open
 * probe is let through; its outcome closes or re-opens the circuit. An attempt that started before the circuit
 * opened reports on the past: while the circuit is open or half-open its outcome is ignored (it neither closes nor
 * re-opens the circuit, nor frees the probe), so only the probe decides.
 * The state sits behind `CircuitBreaker` so a Redis-backed store can share it across instances.
 * @module
 */
import type { Clock } from "../../core/clock.js";

/** How an attempt that held a breaker permit ended. */
export type CircuitOutcome = "success" | "failure" | "abandoned";

/** The circuit state of one model. */
export type CircuitState = "closed" | "open" | "half_open";

/** Shared circuit state. Methods may be sync or async so a remote store fits. */
export interface CircuitBreaker {
  /** True when the model may be tried now. When the cooldown is over, grants the one half-open probe. */
  acquire(model: string): boolean | Promise<boolean>;
  /**
   * Reports how an acquired attempt ended. `abandoned` (client left) counts as neither success nor failure.
   * `startedAt` (ms since epoch, the breaker's clock) is when the attempt was acquired: an outcome of an attempt that
   * started before the circuit opened is ignored while it is open. Without it every outcome counts.
   */
  record(model: string, outcome: CircuitOutcome, startedAt?: number): void | Promise<void>;
  /** The current state, for metrics, the admin API and tests. Throws when a shared store cannot be read. */
  state(model: string): CircuitState | Promise<CircuitState>;
  /**
   * The state as a routing choice may read it: a shared store may answer "closed" from what it learned in the last
   * moments (as `acquire` trusts it) instead of a round trip per request. Without it, `state` is read.
   */
  routingState?(model: string): CircuitState | Promise<CircuitState>;
  /** When an open (or half-open) circuit's cooldown ends, ms since epoch; null when closed. For the admin API. */
  openUntil?(model: string): number | null | Promise<number | null>;
}

/** Thresholds of the breaker, as in config `circuit_breaker`. */
export interface CircuitBreakerSettings {
  failures: number;
  windowMs: number;
  cooldownMs: number;
}

interface ModelCircuit {
  /** The latest outcomes while closed, oldest first, at most 2 × `failures`; kept only while one of them failed. */
  recent: { at: number; failed: boolean }[];
  /** When set, the circuit is open until this time; after it, half-open. */
  openUntil: number | undefined;
  /** When the circuit last opened (or re-opened); set with `openUntil`. */
  openedAt: number | undefined;
  probeInFlight: boolean;
}

/** Process-local breaker. */
export class InMemoryCircuitBreaker implements CircuitBreaker {
  readonly #settings: CircuitBreakerSettings;
  readonly #clock: Clock;
  readonly #circuits = new Map<string, ModelCircuit>();

  constructor(settings: CircuitBreakerSettings, clock: Clock) {
    this.#settings = settings;
    this.#clock = clock;
  }

  acquire(model: string): boolean {
    const circuit = this.#circuits.get(model);
    if (!circuit || circuit.openUntil === undefined) return true;
    if (this.#clock.now() < circuit.openUntil || circuit.probeInFlight) return false;
    circuit.probeInFlight = true;
    return true;
  }

  record(model: string, outcome: CircuitOutcome, startedAt?: number): void {
    const circuit = this.#circuits.get(model);
    if (circuit?.openedAt !== undefined && startedAt !== undefined && startedAt <= circuit.openedAt) return;
    if (outcome === "success") {
      if (!circuit) return;
      // A probe's success closes the circuit; while closed, a success is one more outcome of the latest ones.
      if (circuit.openUntil !== undefined || !this.#remember(circuit, false)) this.#circuits.delete(model);
      return;
    }
    if (outcome === "abandoned") {
      if (circuit) circuit.probeInFlight = false;
      return;
    }
    this.#recordFailure(model, circuit);
  }

  state(model: string): CircuitState {
    const circuit = this.#circuits.get(model);
    if (!circuit || circuit.openUntil === undefined) return "closed";
    return this.#clock.now() < circuit.openUntil ? "open" : "half_open";
  }

  openUntil(model: string): number | null {
    return this.#circuits.get(model)?.openUntil ?? null;
  }

  /** Adds an outcome to the latest ones (at most 2 × `failures`); false when none of them failed any more. */
  #remember(circuit: ModelCircuit, failed: boolean): boolean {
    circuit.recent.push({ at: this.#clock.now(), failed });
    if (circuit.recent.length > 2 * this.#settings.failures) circuit.recent.shift();
    return circuit.recent.some((entry) => entry.failed);
  }

  #recordFailure(model: string, existing: ModelCircuit | undefined): void {
    const now = this.#clock.now();
    const circuit: ModelCircuit = existing ?? { recent: [], openUntil: undefined, openedAt: undefined, probeInFlight: false };
    if (!existing) this.#circuits.set(model, circuit);
    if (circuit.openUntil !== undefined) {
      // A failed probe re-opens for a full cooldown.
      circuit.openUntil = now + this.#settings.cooldownMs;
      circuit.openedAt = now;
      circuit.probeInFlight = false;
      return;
    }
    const windowStart = now - this.#settings.windowMs;
    this.#remember(circuit, true);
    const failures = circuit.recent.filter((entry) => entry.failed && entry.at > windowStart).length;
    if (failures >= this.#settings.failures) {
      circuit.openUntil = now + this.#settings.cooldownMs;
      circuit.openedAt = now;
      circuit.recent = [];
    }
  }
}

/** A breaker that never opens (for callers that want none). */
export const NEVER_OPEN_BREAKER: CircuitBreaker = {
  acquire: () => true,
  record: () => {},
  state: () => "closed",
};
