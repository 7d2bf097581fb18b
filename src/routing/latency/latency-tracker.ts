/**
 * What the router knows about each model's speed: time to first token and output throughput, learned from our
 * own traffic and optionally seeded from OpenRouter's endpoint statistics (PRODUCT §1.4).
 * @module
 */

/** The current estimate for one model. */
export interface LatencyEstimate {
  /** Expected time to the first token, in ms. */
  ttftMs: number;
  /** Expected output speed in tokens per second, when known. */
  tokensPerSecond: number | undefined;
  /** Traffic samples behind the estimate (0: the seed alone). */
  samples: number;
}

/** One finished request on one model, as the gateway saw it. */
export interface LatencySample {
  /** Time from the upstream request to its first content (streams) or first byte (non-streaming), in ms. */
  ttftMs: number;
  /** Time from the upstream request to its last byte, in ms. */
  durationMs: number;
  /** Completion tokens of the answer (usage), when known. */
  outputTokens: number | undefined;
  /**
   * True when the answer came in one piece (non-streaming), so `ttftMs` is the whole generation time rather than a
   * time to first token.
   */
  whole: boolean;
}

/** Learns and answers per-model latency. `estimate` is on the routing hot path: it must be a map lookup. */
export interface LatencyTracker {
  /** The estimate for a model id (a `:variant` suffix is ignored), or undefined when nothing is known. */
  estimate(model: string): LatencyEstimate | undefined;
  /** Feeds one finished request. Must be cheap and never throw. */
  observe(model: string, sample: LatencySample): void;
}

/** Seeded stats of one model (see `parseLatencySeed`). */
export interface LatencySeedEntry {
  ttftMs: number;
  tokensPerSecond: number | undefined;
}

/** The model id without a `:variant` suffix (`openai/gpt-5:nitro` -> `openai/gpt-5`). */
export function baseModelId(model: string): string {
  const colon = model.indexOf(":");
  return colon < 0 ? model : model.slice(0, colon);
}

/**
 * Expected wall time of a request on a model, in ms: `ttft + maxTokens / tokensPerSecond * 1000`, i.e. the time
 * to the first token plus the time to generate the whole output budget at the usual speed (a worst case over the
 * output, a typical case over the speed). Just `ttft` when the throughput is unknown.
 */
export function expectedLatencyMs(estimate: LatencyEstimate, maxTokens: number): number {
  const { ttftMs, tokensPerSecond } = estimate;
  return tokensPerSecond && tokensPerSecond > 0 ? ttftMs + (maxTokens / tokensPerSecond) * 1000 : ttftMs;
}
