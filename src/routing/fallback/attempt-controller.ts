/**
 * One attempt's abort controller: aborted by the client leaving, the request's total deadline, or the
 * attempt's own first-token / idle timer. The abort reason says which.
 * @module
 */
import type { ClientSignal } from "./client-signal.js";
import { EventEmitter } from "node:events";
import { AttemptTimeout } from "../../upstream/classify-network-error.js";

/** Thrown (as the abort reason) when the client went away. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the connection");
    this.name = "ClientGone";
  }
}

/**
 * Thrown (as the abort reason) when the request's total time ran out while the gateway was mostly waiting for its
 * client to take what was sent (a slow reader): the client's doing, not the model's.
 */
export class ClientTooSlow extends ClientGone {
  readonly afterMs: number;
  constructor(afterMs: number) {
    super();
    this.message = `the client read the stream too slowly: the request's ${afterMs} ms ran out while the gateway waited for it`;
    this.name = "ClientTooSlow";
    this.afterMs = afterMs;
  }
}

/**
 * The abort signal handed to undici: an EventEmitter (which undici accepts) with `aborted` and `reason`, because
 * a Node AbortController costs several microseconds per attempt on the hot path.
 */
export class AttemptSignal extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
}

/** Abort wiring for one attempt. */
export class AttemptController {
  readonly #signal = new AttemptSignal();
  readonly #clientSignal: ClientSignal | undefined;
  readonly #onClientAbort = (): void => this.abort(new ClientGone());
  #deadlineTimer: NodeJS.Timeout | undefined;
  #phaseTimer: NodeJS.Timeout | undefined;
  /** The gateway is waiting for its client to take what was read: the upstream's silence is not its own. */
  #held = false;
  /** When the attempt started, when the current hold began, and the time held before it (performance.now(), ms). */
  readonly #startedAt = performance.now();
  #heldSince = 0;
  #heldMs = 0;

  constructor(options: { clientSignal: ClientSignal | undefined; remainingMs: number; totalMs: number }) {
    this.#clientSignal = options.clientSignal;
    if (options.clientSignal?.aborted) this.abort(new ClientGone());
    else options.clientSignal?.addEventListener("abort", this.#onClientAbort, { once: true });
    this.#deadlineTimer = setTimeout(() => this.abort(this.#deadlineReason(options.totalMs)), Math.max(0, options.remainingMs));
  }

  /** The total time is the client's when the gateway spent most of the attempt waiting for it, else the model's. */
  #deadlineReason(totalMs: number): Error {
    return this.heldMs * 2 > performance.now() - this.#startedAt ? new ClientTooSlow(totalMs) : new AttemptTimeout("total", totalMs);
  }

  get signal(): AttemptSignal {
    return this.#signal;
  }

  /** Starts (or replaces) the phase timer: `first_token` until content arrives, then `idle`. */
  setPhase(phase: "first_token" | "idle", ms: number): void {
    if (this.#phaseTimer) clearTimeout(this.#phaseTimer);
    this.#phaseTimer = setTimeout(() => {
      if (!this.#held) this.abort(new AttemptTimeout(phase, ms));
    }, ms);
  }

  /** Restarts the idle timer after activity. Cheap: no allocation. */
  touch(): void {
    this.#phaseTimer?.refresh();
  }

  /**
   * While the client has not taken what was read (a slow reader: the gateway waits for its socket to drain, so it
   * reads nothing from the upstream), the phase timer does not fire; `release` starts it again from then. The
   * total deadline still runs.
   */
  hold(): void {
    this.#held = true;
    this.#heldSince = performance.now();
  }

  /** Time spent waiting for the client to take what was sent (held), so far, in ms: none of it is the upstream's. */
  get heldMs(): number {
    return this.#heldMs + (this.#held ? performance.now() - this.#heldSince : 0);
  }

  /** The client took it: the upstream's silence counts again, from now (a timer that ran out while held restarts). */
  release(): void {
    if (this.#held) this.#heldMs += performance.now() - this.#heldSince;
    this.#held = false;
    this.#phaseTimer?.refresh();
  }

  abort(reason: Error): void {
    if (this.#signal.aborted) return;
    this.#signal.aborted = true;
    this.#signal.reason = reason;
    this.#signal.emit("abort");
  }

  /** The abort reason, when aborted. */
  get reason(): unknown {
    return this.#signal.reason;
  }

  /** Stops every timer and listener. Call once the attempt is over. */
  dispose(): void {
    if (this.#phaseTimer) clearTimeout(this.#phaseTimer);
    if (this.#deadlineTimer) clearTimeout(this.#deadlineTimer);
    this.#clientSignal?.removeEventListener("abort", this.#onClientAbort);
  }
}
