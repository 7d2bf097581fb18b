/**
 * The responses this process answered with `store` but could not write to the conversation store (Redis refusing
 * writes or unreachable, a value over the in-memory store's bound) or would not (the conversation over the body
 * limit, docs/decisions/0028-responses-stored-size.md): a later `previous_response_id` naming one is told
 * why it cannot be continued, instead of the "not found" an expired or mistyped id gets. Process-local and bounded
 * (the oldest ids go first): another instance, or this one after a restart, answers the plain "not found".
 * See docs/decisions/0024-responses-store-write-failure.md.
 * @module
 */

/** How many unstored response keys are remembered. */
export const MAX_UNSTORED_RESPONSES = 10_000;

/**
 * Why a response is not stored: its write failed, the conversation was over the bound (ADR 0028), it was deleted, or
 * the response itself failed (a stream that ended in `response.failed`).
 */
export type UnstoredReason = "write_failed" | "too_large" | "deleted" | "failed";

/** A bounded map of store keys that were not stored, with why. */
export class UnstoredResponses {
  readonly #keys = new Map<string, UnstoredReason>();

  constructor(private readonly max: number = MAX_UNSTORED_RESPONSES) {}

  /** Remembers `key` (the newest; the oldest goes past the bound). */
  add(key: string, reason: UnstoredReason = "write_failed"): void {
    this.#keys.delete(key);
    this.#keys.set(key, reason);
    while (this.#keys.size > this.max) {
      const oldest = this.#keys.keys().next();
      if (oldest.done) break;
      this.#keys.delete(oldest.value);
    }
  }

  /** True when `key` was not stored and is still remembered. */
  has(key: string): boolean {
    return this.#keys.has(key);
  }

  /** Why `key` was not stored, while it is remembered. */
  reason(key: string): UnstoredReason | undefined {
    return this.#keys.get(key);
  }
}
