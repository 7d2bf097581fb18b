/**
 * The responses this process answered with `store` but could not write to the conversation store (Redis refusing
 * writes or unreachable, a value over the in-memory store's bound): a later `previous_response_id` naming one is told
 * why it cannot be continued, instead of the "not found" an expired or mistyped id gets. Process-local and bounded
 * (the oldest ids go first): another instance, or this one after a restart, answers the plain "not found".
 * See docs/decisions/0024-responses-store-write-failure.md.
 * @module
 */

/** How many unstored response keys are remembered. */
export const MAX_UNSTORED_RESPONSES = 10_000;

/** A bounded set of store keys whose write failed. */
export class UnstoredResponses {
  readonly #keys = new Set<string>();

  constructor(private readonly max: number = MAX_UNSTORED_RESPONSES) {}

  /** Remembers `key` (the newest; the oldest goes past the bound). */
  add(key: string): void {
    this.#keys.delete(key);
    this.#keys.add(key);
    while (this.#keys.size > this.max) {
      const oldest = this.#keys.values().next();
      if (oldest.done) break;
      this.#keys.delete(oldest.value);
    }
  }

  /** True when the write of `key` failed and is still remembered. */
  has(key: string): boolean {
    return this.#keys.has(key);
  }
}
