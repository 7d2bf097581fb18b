/**
 * The model ids a door lately answered its 404 `model_not_found` for: the upstream refused the id as no model, and
 * the catalog does not list it. The token counters call no upstream and the doors pass an id the catalog lacks
 * through (the catalog may be a day old, or the built-in one), so this is all a counter can know of such an id: it
 * refuses one only once a door has (`counted-model.ts`), never one a door would answer (review of round 28). An id is
 * kept ten minutes (a model launched since is counted again) and at most 1,000 of them (ids typed at random cannot
 * grow it).
 * @module
 */
import type { Clock } from "../../core/clock.js";
import { GatewayError, UpstreamError } from "../../core/errors/index.js";

/** How long a refused id is remembered. */
const REMEMBERED_MS = 10 * 60_000;
/** The most ids remembered: the oldest is forgotten first. */
const MAX_IDS = 1_000;

/** Ids the doors answered 404 `model_not_found`, each until its time runs out. */
export class RefusedModelIds {
  readonly #until = new Map<string, number>();
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Notes the id of a door's 404 `model_not_found` (the upstream's refusal); any other error is ignored. */
  noteRefusal(error: unknown): void {
    if (!GatewayError.isInstance(error) || error.status !== 404 || error.code !== "model_not_found") return;
    const { cause } = error;
    if (!(cause instanceof UpstreamError)) return;
    this.#until.delete(cause.model);
    if (this.#until.size >= MAX_IDS) this.#until.delete(this.#until.keys().next().value as string);
    this.#until.set(cause.model, this.#clock.now() + REMEMBERED_MS);
  }

  /** Whether a door refused `id` within the last ten minutes. */
  has(id: string): boolean {
    const until = this.#until.get(id);
    if (until === undefined) return false;
    if (until > this.#clock.now()) return true;
    this.#until.delete(id);
    return false;
  }
}
