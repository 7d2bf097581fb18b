/**
 * The model ids a door lately answered its 404 `model_not_found` for: the upstream refused the id as no model, and
 * the catalog does not list it. The token counters call no upstream and the doors pass an id the catalog lacks
 * through (the catalog may be a day old, or the built-in one), so this is all a counter can know of such an id: it
 * refuses one only once a door has (`counted-model.ts`), never one a door would answer (review of round 28). An id is
 * kept ten minutes (a model launched since is counted again) and at most 1,000 of them in this process (ids typed at
 * random cannot grow it).
 *
 * With a shared store (the gateway's conversation store: Redis when configured, else the SQLite file every process on
 * the host opens), a refusal is also written there, so a counter on another process answers the same id the same way
 * (round 29: a count_tokens sent to another instance than the door's was counted). The store failing costs only that:
 * a refusal not shared is remembered here, and a lookup that fails counts the id (a counter never refuses on doubt).
 * @module
 */
import type { Clock } from "../../core/clock.js";
import { GatewayError, UpstreamError } from "../../core/errors/index.js";
import type { ConversationStore } from "../../routing/affinity/conversation-store.js";

/** How long a refused id is remembered. */
export const REFUSED_MODEL_REMEMBERED_MS = 10 * 60_000;
/** The most ids remembered in this process: the oldest is forgotten first. */
const MAX_IDS = 1_000;
/**
 * The longest a door's 404 waits for the shared write (review of round 29): long enough for a store that answers
 * (Redis in a millisecond, the SQLite file's write-behind commit in one event-loop turn), so a count sent next to
 * another instance refuses the id; a store that stalls (Redis unanswered until its command timeout, the file locked by
 * another process for its busy budget) no longer holds every unknown model's 404 for seconds. The write goes on.
 */
export const SHARED_WRITE_WAIT_MS = 250;
/** The shared store's key of a refused id (beside conversation affinity's keys, which never start so). */
export const refusedModelKey = (id: string): string => `refused-model:${id}`;

/** Ids the doors answered 404 `model_not_found`, each until its time runs out. */
export class RefusedModelIds {
  readonly #until = new Map<string, number>();
  readonly #clock: Clock;
  readonly #shared: ConversationStore | undefined;
  readonly #onStoreError: (error: unknown) => void;

  constructor(clock: Clock, shared?: { store: ConversationStore; onError?: (error: unknown) => void }) {
    this.#clock = clock;
    this.#shared = shared?.store;
    this.#onStoreError = shared?.onError ?? (() => undefined);
  }

  /** Notes the id of a door's 404 `model_not_found` (the upstream's refusal); any other error is ignored. */
  async noteRefusal(error: unknown): Promise<void> {
    if (!GatewayError.isInstance(error) || error.status !== 404 || error.code !== "model_not_found") return;
    const { cause } = error;
    if (!(cause instanceof UpstreamError)) return;
    const until = this.#clock.now() + REFUSED_MODEL_REMEMBERED_MS;
    this.#remember(cause.model, until);
    if (this.#shared === undefined) return;
    const written = this.#shared.set(refusedModelKey(cause.model), String(until), REFUSED_MODEL_REMEMBERED_MS).catch(this.#onStoreError);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([written, new Promise<void>((resolve) => (timer = setTimeout(resolve, SHARED_WRITE_WAIT_MS)))]);
    clearTimeout(timer);
  }

  /** Whether a door (of this process, or of another sharing the store) refused `id` within the last ten minutes. */
  async has(id: string): Promise<boolean> {
    if (this.#hasHere(id)) return true;
    if (this.#shared === undefined) return false;
    const stored = await this.#shared.get(refusedModelKey(id)).catch((error: unknown) => (this.#onStoreError(error), undefined));
    const until = stored === undefined ? Number.NaN : Number(stored);
    if (!(until > this.#clock.now())) return false;
    this.#remember(id, until);
    return true;
  }

  #remember(id: string, until: number): void {
    this.#until.delete(id);
    if (this.#until.size >= MAX_IDS) this.#until.delete(this.#until.keys().next().value as string);
    this.#until.set(id, until);
  }

  #hasHere(id: string): boolean {
    const until = this.#until.get(id);
    if (until === undefined) return false;
    if (until > this.#clock.now()) return true;
    this.#until.delete(id);
    return false;
  }
}
