/**
 * How a stream's spend and outcome are committed (`run-chat-stream.ts`): each attempt's reservation is settled once,
 * at its usage or, for a cut, at the tokens it produced; the outcome is announced once, after the last settlement and
 * before the stream's last event, so a client holding the whole answer is always accounted for (ADR 0008).
 * @module
 */
import type { Reservation } from "../../budget/spend-guard.js";
import { RecordNotDurableError, type GatewayError } from "../../core/errors/index.js";
import { answerCostUsd, estimatedUsage, partialCostUsd, tokenCount } from "./answered-model.js";
import type { FallbackRun } from "./fallback-run.js";
import type { FallbackRequest } from "./fallback-request.js";
import type { FallbackDeps } from "./fallback-settings.js";
import type { OpenedStream } from "./open-stream-attempt.js";
import type { StreamState } from "./relay-stream-attempt.js";
import type { Usage } from "../../core/types.js";
import { estimatedPromptTokens, unreportedInputs } from "../counted-prompt-tokens.js";
import { settledPriceFactor } from "../service-tier.js";

/** How a stream ended. */
export interface StreamOutcome {
  status: "completed" | "failed" | "client_gone";
  /** The model that answered last. */
  model: string;
  /**
   * The upstream's usage; or, when any attempt was priced without one (a stream cut, by the upstream or the client,
   * or one that ended without usage), the tokens every attempt was priced on, summed (`estimatedUsage` for those),
   * so the tokens recorded match the cost.
   */
  usage: Usage | undefined;
  /**
   * The usage of the attempt that finished the answer (the upstream's, or the estimate it was priced on, its prompt
   * with each image counted as the token counters count it): after a
   * resume its prompt is what that model read (the prompt and the text before it), not every attempt's prompt summed.
   * What the client is told and what conversation affinity keeps as the conversation's size; `usage` stays the money.
   * Absent: `usage`.
   */
  answerUsage?: Usage | undefined;
  /** Actual cost over every attempt that produced output. */
  costUsd: number;
  finishReason: string | null;
  /** The text sent (first choice), for quality checks. */
  text: string;
  /** The error sent in the error chunk, when failed. */
  error: GatewayError | undefined;
  /** How many times the stream resumed on another model. */
  resumes: number;
  /**
   * ms the last attempt spent waiting for the client to take what was sent (a slow reader), not on its upstream;
   * absent: none.
   */
  clientWaitMs?: number;
}

/** One opened attempt of a stream, with its reservation and start. */
export interface StreamAttempt {
  opened: OpenedStream;
  reservation: Reservation | undefined;
  startedAt: number;
  /** Tokens of the text a resumed attempt was sent as its prefill (read and billed as input); 0 for the first. */
  prefillTokens?: number;
}

/** What a settlement reads and announces to. */
export interface StreamSettlementInput {
  deps: FallbackDeps;
  request: FallbackRequest;
  run: FallbackRun;
  state: StreamState;
  first: StreamAttempt;
  /** Announces the outcome; its promise (the decision record on disk) is awaited before the last event. */
  announce: (outcome: StreamOutcome) => void | Promise<void>;
}

/** The stream's settlements, attempt by attempt, and its one outcome. */
export class StreamSettlement {
  readonly #input: StreamSettlementInput;
  #current: StreamAttempt;
  #settled = false;
  #finished = false;
  /** The tokens each settled attempt was priced on, and whether any was an estimate. */
  readonly #priced = { prompt: 0, completion: 0, estimated: false };
  /** The tokens the last settled attempt was priced on. */
  #lastAttemptUsage: Usage | undefined;

  constructor(input: StreamSettlementInput) {
    this.#input = input;
    this.#current = input.first;
  }

  /** True once the outcome was announced (or announcing it failed). */
  get finished(): boolean {
    return this.#finished;
  }

  /** The stream resumed on `attempt`: it is settled on its own. */
  resumedOn(attempt: StreamAttempt): void {
    this.#current = attempt;
    this.#settled = false;
  }

  /** Settles the current attempt, once: at its usage when it completed with one, else at what it produced. */
  async settleCurrent(completed: boolean): Promise<void> {
    if (this.#settled) return;
    this.#settled = true;
    const { deps, request, run, state } = this.#input;
    const { candidate } = this.#current.opened;
    const usage = completed && state.usage && !state.usageGarbled ? state.usage : undefined;
    // Priced at the tier the upstream says served this attempt; the reservation was at the tier asked.
    const factor = settledPriceFactor(run.priceFactor, state.attemptServiceTier);
    // An estimate counts the images (ADR 0090) and, for a resumed attempt, the prefill it read: as its reservation did.
    const promptTokens = estimatedPromptTokens(request.plan) + (this.#current.prefillTokens ?? 0);
    // A picture or audio without a usage is counted as the whole max_tokens: its tokens are not in its bytes.
    const outputChars = state.sentMedia ? Number.POSITIVE_INFINITY : state.attemptChars;
    let cost = usage
      ? answerCostUsd(deps.catalog, candidate, state.model, usage, factor)
      : partialCostUsd(candidate, promptTokens, outputChars, factor, unreportedInputs(request.plan));
    let tokens = usage ?? estimatedUsage(promptTokens, outputChars, candidate.maxTokens);
    // After a garbled usage, a readable one the attempt also sent is believed only where it says more than the estimate.
    if (state.usageGarbled && state.usage) {
      const reportedCost = answerCostUsd(deps.catalog, candidate, state.model, state.usage, factor);
      if (reportedCost > cost) [cost, tokens] = [reportedCost, state.usage];
    }
    // So is the cost a garbled usage states (its counts unreadable, its amount not), up to what the model could cost.
    if (state.usageGarbled && state.garbledCostUsd !== undefined) {
      cost = Math.max(cost, answerCostUsd(deps.catalog, candidate, state.model, { prompt_tokens: 0, completion_tokens: 0, cost: state.garbledCostUsd }, factor));
    }
    this.#lastAttemptUsage = tokens;
    this.#priced.prompt += tokenCount(tokens.prompt_tokens);
    this.#priced.completion += tokenCount(tokens.completion_tokens);
    this.#priced.estimated ||= usage === undefined;
    state.costUsd += cost;
    await run.charge(this.#current.reservation, cost);
  }

  /** Settles the current attempt and announces the outcome, once. Throws RecordNotDurableError when the record cannot reach the disk. */
  async finish(status: StreamOutcome["status"], error?: GatewayError): Promise<void> {
    if (this.#finished) return;
    this.#finished = true;
    await this.settleCurrent(status === "completed");
    const { run, state } = this.#input;
    const { text, finishReason, resumes, model } = state;
    const priced = this.#priced;
    const usage = priced.estimated ? { prompt_tokens: priced.prompt, completion_tokens: priced.completion, total_tokens: priced.prompt + priced.completion } : state.usage;
    // Attempts the client left while they opened (a resume) were charged their prompt by the run: the record says so.
    const costUsd = state.costUsd + run.abandonedCostUsd;
    const clientWaitMs = this.#current.opened.controller.heldMs;
    await this.#input.announce({ status, model, usage, answerUsage: this.#lastAttemptUsage, costUsd, finishReason, text, error, resumes, clientWaitMs });
  }

  /**
   * A stream that did not complete still ends as it would (the upstream's error event, or nothing for a client that
   * left) when its record cannot reach the disk: the record waits in memory, and nothing more can be told.
   */
  async finishUnfinished(status: "failed" | "client_gone", error?: GatewayError): Promise<void> {
    try {
      await this.finish(status, error);
    } catch (failure) {
      if (!(failure instanceof RecordNotDurableError)) throw failure;
    }
  }
}
