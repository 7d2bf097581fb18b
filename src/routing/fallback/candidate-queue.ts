/**
 * Which candidate the attempt loop (`FallbackRun`) tries next: the chain in order, each model once, skipping what
 * Retry-After holds (the held model waits, the next one is tried at once; see retry-after-holds.ts) and what is too
 * small after a context_length_exceeded, widening to the cheapest catalog model with room when the chain has none.
 * @module
 */
import { estimateWorstCaseCostUsd } from "../../catalog/estimate-cost.js";
import type { AttemptRecord } from "../../log/decision-record.js";
import { readRequestNeeds } from "../request-needs.js";
import { cheapestMatching } from "../resolve-chain.js";
import type { ChainCandidate, RoutingPlan } from "../routing-plan.js";
import type { ClientSignal } from "./client-signal.js";
import { defaultSleep, type FallbackDeps } from "./fallback-settings.js";
import { MAX_HOLD_MS } from "./retry-after-holds.js";

/** A candidate held by Retry-After, and when it may be called again. */
export interface HeldCandidate {
  candidate: ChainCandidate;
  until: number;
}

/** What the queue reads of its run. */
export interface CandidateQueueInput {
  plan: RoutingPlan;
  signal: ClientSignal | undefined;
  /** The request's service-tier price factor, for a widened candidate's worst case. */
  priceFactor: number;
  /** The run's attempt records: skips (held, too small) are appended here. */
  attempts: AttemptRecord[];
  /** ms left before the run's total deadline. */
  remainingMs: () => number;
}

/** The run's candidates not yet tried, and the ones held by Retry-After. */
export class CandidateQueue {
  readonly #deps: FallbackDeps;
  readonly #input: CandidateQueueInput;
  readonly #queue: ChainCandidate[];
  readonly #tried = new Set<string>();
  #minContext = 0;
  /** Candidates skipped or failed under a Retry-After hold, with the time they may be called again. */
  readonly #held: HeldCandidate[] = [];

  constructor(deps: FallbackDeps, input: CandidateQueueInput) {
    this.#deps = deps;
    this.#input = input;
    this.#queue = [...input.plan.chain];
  }

  /** The holds the run gave up waiting for (the exhausted error's Retry-After). */
  get held(): readonly HeldCandidate[] {
    return this.#held;
  }

  /** True while chain candidates are left untried (widening aside). */
  hasQueued(): boolean {
    return this.#queue.length > 0;
  }

  /** After context_length_exceeded: only models with more context than `candidate` are tried from now on. */
  requireMoreContextThan(candidate: ChainCandidate): void {
    this.#minContext = Math.max(this.#minContext, (candidate.model?.contextLength ?? 0) + 1);
  }

  /** Retry-After speaks for this model only: every request leaves it alone until then; this one moves on at once. */
  async hold(candidate: ChainCandidate, retryAfterMs: number): Promise<void> {
    const until = this.#deps.clock.now() + Math.min(retryAfterMs, MAX_HOLD_MS);
    this.#held.push({ candidate, until });
    await this.#deps.holds?.hold(candidate.id, until);
  }

  /** The next candidate that is not held; when only held ones are left, waits for the first if the budget allows. */
  async next(): Promise<ChainCandidate | undefined> {
    const { clock, holds, observer } = this.#deps;
    for (let candidate = this.#nextCandidate(); candidate; candidate = this.#nextCandidate()) {
      const until = holds ? await holds.heldUntil(candidate.id) : 0;
      if (until <= clock.now()) return candidate;
      this.#held.push({ candidate, until });
      this.#input.attempts.push({ model: candidate.id, status: 0, errorType: "retry_after", latencyMs: 0 });
      observer?.onAttempt({ model: candidate.id, outcome: "retry_after", latencyMs: 0 });
    }
    return this.#waitForHeld();
  }

  /** Waits for the held candidate that frees up first, when that is within `max_retry_after_ms` and the deadline. */
  async #waitForHeld(): Promise<ChainCandidate | undefined> {
    const fits = (entry: HeldCandidate): boolean => !(this.#minContext > 0 && entry.candidate.model && entry.candidate.model.contextLength < this.#minContext);
    const first = this.#held.filter(fits).reduce<HeldCandidate | undefined>((best, entry) => (best && best.until <= entry.until ? best : entry), undefined);
    if (!first) return undefined;
    const waitMs = Math.max(0, first.until - this.#deps.clock.now());
    if (waitMs > this.#deps.settings.maxRetryAfterMs || waitMs >= this.#input.remainingMs()) return undefined;
    this.#held.splice(this.#held.indexOf(first), 1);
    await (this.#deps.sleep ?? defaultSleep)(waitMs, this.#input.signal);
    return first.candidate;
  }

  #nextCandidate(): ChainCandidate | undefined {
    while (this.#queue.length > 0) {
      const candidate = this.#queue.shift() as ChainCandidate;
      if (this.#tried.has(candidate.id)) continue;
      if (this.#minContext > 0 && candidate.model && candidate.model.contextLength < this.#minContext) {
        this.#input.attempts.push({ model: candidate.id, status: 0, errorType: "context_too_small", latencyMs: 0 });
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
    const { plan, priceFactor } = this.#input;
    const needs = readRequestNeeds(plan.upstreamRequest);
    const model = cheapestMatching(catalog, { needs: needs.capabilities, minContext: this.#minContext, ...plan.authorLists }, clock.now(), this.#tried);
    if (!model) return undefined;
    this.#tried.add(model.id);
    const template = plan.chain[0];
    const maxTokens = Math.min(template?.maxTokens ?? plan.decision.max_tokens, model.maxCompletionTokens ?? Number.POSITIVE_INFINITY);
    const worstCaseCostUsd = estimateWorstCaseCostUsd(model, { promptTokens: plan.decision.prompt_tokens, maxTokens, imageCount: needs.imageCount, attachmentTokens: needs.attachmentTokens, audioTokens: needs.audioTokens, webSearch: needs.webSearch, urlAttachments: needs.urlAttachments, cacheWrite: needs.cacheWrite, priceFactor });
    return { id: model.id, model, maxTokens, worstCaseCostUsd };
  }
}
