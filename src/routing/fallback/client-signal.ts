/**
 * What the attempt loop reads of "the client went away": `aborted` and an `abort` listener. A DOM AbortSignal
 * fits (the library passes its caller's); the gateway passes a ClientGoneSignal, because a Node AbortController
 * and its signal cost about 1% of the gateway's CPU per request (measured: `createAbortSignal` and the
 * EventTarget listener checks in a `--cpu-prof` under load) for an event that almost never fires.
 * @module
 */

/** The part of AbortSignal the attempt loop uses. */
export interface ClientSignal {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** A one-shot abort signal: listeners run once, on the first `abort()`, in the order they were added. */
export class ClientGoneSignal implements ClientSignal {
  aborted = false;
  #listeners: (() => void)[] = [];

  addEventListener(_type: "abort", listener: () => void, _options?: { once?: boolean }): void {
    if (!this.aborted) this.#listeners.push(listener);
  }

  removeEventListener(_type: "abort", listener: () => void): void {
    const index = this.#listeners.indexOf(listener);
    if (index >= 0) this.#listeners.splice(index, 1);
  }

  /** Marks the signal aborted and runs every listener once. */
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
  }
}
