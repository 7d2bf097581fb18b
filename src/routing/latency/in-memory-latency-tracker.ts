/**
 * The process-local LatencyTracker: an exponentially weighted moving average (EWMA) per model of time to first
 * token and of throughput, started from the seed when there is one.
 * @module
 */
import { baseModelId, type LatencyEstimate, type LatencySample, type LatencySeedEntry, type LatencyTracker } from "./latency-tracker.js";

/** Options of the in-memory tracker. */
export interface InMemoryLatencyTrackerOptions {
  /** Starting estimates by model id. */
  seed?: ReadonlyMap<string, LatencySeedEntry>;
  /**
   * Weight of a new sample, 0..1. Default 0.3: a sample's weight halves about every two requests, so a model that
   * slows down is noticed within a handful of requests while one outlier moves the estimate by less than a third.
   */
  alpha?: number;
  /** Generation windows shorter than this give no throughput sample (too noisy). Default 50 ms. */
  minGenerationMs?: number;
}

interface MutableEstimate extends LatencyEstimate {
  throughputSamples: number;
}

/** Default EWMA weight of a new sample. */
export const DEFAULT_LATENCY_ALPHA = 0.3;

/** Creates an in-memory tracker. */
export function createInMemoryLatencyTracker(options: InMemoryLatencyTrackerOptions = {}): LatencyTracker {
  const alpha = options.alpha ?? DEFAULT_LATENCY_ALPHA;
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`alpha must be in (0, 1] (got ${alpha})`);
  const minGenerationMs = options.minGenerationMs ?? 50;
  const estimates = new Map<string, MutableEstimate>();
  for (const [model, entry] of options.seed ?? []) {
    estimates.set(baseModelId(model), { ttftMs: entry.ttftMs, tokensPerSecond: entry.tokensPerSecond, samples: 0, throughputSamples: 0 });
  }
  const blend = (old: number | undefined, sample: number): number => (old === undefined ? sample : old + alpha * (sample - old));

  return {
    estimate(model) {
      return estimates.get(model) ?? (model.includes(":") ? estimates.get(baseModelId(model)) : undefined);
    },
    observe(model, sample) {
      const { durationMs, outputTokens, whole } = sample;
      if (!(sample.ttftMs >= 0) || !(durationMs >= sample.ttftMs)) return;
      const key = baseModelId(model);
      let current = estimates.get(key);
      const known = current?.tokensPerSecond;
      // A non-streaming answer arrives in one piece: its first byte is its last. With a known speed, take the
      // generation time out to get a time to first token; without one, the whole time is an upper bound.
      const ttftMs = whole && known && outputTokens ? Math.max(0, durationMs - (outputTokens / known) * 1000) : sample.ttftMs;
      if (current) current.ttftMs = blend(current.ttftMs, ttftMs);
      else estimates.set(key, (current = { ttftMs, tokensPerSecond: undefined, samples: 0, throughputSamples: 0 }));
      current.samples += 1;
      feedThroughput(current, sample);
    },
  };

  function feedThroughput(current: MutableEstimate, sample: LatencySample): void {
    const { durationMs, outputTokens, whole } = sample;
    const generationMs = durationMs - sample.ttftMs;
    if (whole || !outputTokens || outputTokens <= 0 || generationMs < minGenerationMs) return;
    current.tokensPerSecond = blend(current.tokensPerSecond, (outputTokens / generationMs) * 1000);
    current.throughputSamples += 1;
  }
}
