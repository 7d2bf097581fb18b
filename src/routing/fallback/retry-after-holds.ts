/**
 * Retry-After holds: when a model answers 429 (or 503) with `Retry-After`, that model (not the others) is left
 * alone by every request until the time passes. The attempt loop moves to the next candidate at once, skips a
 * held model, and waits for one only when nothing else is left and the total deadline allows (PRODUCT §2).
 * The holds sit behind `RetryAfterHolds` so a Redis-backed store can share them across instances.
 * @module
 */
import type { Clock } from "../../core/clock.js";

/** The longest hold taken from one Retry-After, whatever the upstream said. */
export const MAX_HOLD_MS = 3_600_000;

/** Shared Retry-After state. Methods may be sync or async so a remote store fits. */
export interface RetryAfterHolds {
  /** Leaves `model` alone until `until` (ms since epoch). A shorter hold never cuts an existing longer one. */
  hold(model: string, until: number): void | Promise<void>;
  /** When `model` may be called again (ms since epoch); 0 or a past time when it may be called now. */
  heldUntil(model: string): number | Promise<number>;
}

/** Process-local holds (the default without Redis). */
export class InMemoryRetryAfterHolds implements RetryAfterHolds {
  readonly #clock: Clock;
  readonly #until = new Map<string, number>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  hold(model: string, until: number): void {
    if (until <= (this.#until.get(model) ?? 0)) return;
    this.#until.set(model, until);
    if (this.#until.size > 1_000) this.#prune();
  }

  heldUntil(model: string): number {
    return this.#until.get(model) ?? 0;
  }

  /** Forgets every hold (tests that share one gateway between cases). */
  clear(): void {
    this.#until.clear();
  }

  #prune(): void {
    const now = this.#clock.now();
    for (const [model, until] of this.#until) if (until <= now) this.#until.delete(model);
  }
}
