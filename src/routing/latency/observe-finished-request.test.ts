import { describe, expect, it } from "vitest";
import type { LatencySample, LatencyTracker } from "./latency-tracker.js";
import { observeFinishedRequest, type FinishedRequest } from "./observe-finished-request.js";

function recorder(): { tracker: LatencyTracker; samples: LatencySample[] } {
  const samples: LatencySample[] = [];
  return { samples, tracker: { estimate: () => undefined, observe: (_model, sample) => void samples.push(sample) } };
}

const stream = (extra: Partial<FinishedRequest>): FinishedRequest => ({
  attempts: [{ model: "m/x", status: 200, errorType: null, latencyMs: 0 }],
  upstreamAttempts: 1,
  timeToFirstTokenMs: 200,
  durationMs: 2_200,
  outputTokens: 100,
  stream: true,
  completed: true,
  ...extra,
});

describe("observeFinishedRequest and a client that reads slowly", () => {
  it("takes the time the gateway waited for the client out of the model's", () => {
    const { tracker, samples } = recorder();
    observeFinishedRequest(tracker, stream({ clientWaitMs: 200 }));
    expect(samples).toEqual([{ ttftMs: 200, durationMs: 2_000, outputTokens: 100, whole: false }]);
  });

  it("learns no speed from a stream that mostly waited on its client, but still its time to first token", () => {
    const { tracker, samples } = recorder();
    observeFinishedRequest(tracker, stream({ clientWaitMs: 1_500 }));
    expect(samples).toEqual([{ ttftMs: 200, durationMs: 700, outputTokens: undefined, whole: false }]);
  });

  it("counts the whole time when the client never made it wait", () => {
    const { tracker, samples } = recorder();
    observeFinishedRequest(tracker, stream({}));
    expect(samples).toEqual([{ ttftMs: 200, durationMs: 2_200, outputTokens: 100, whole: false }]);
  });
});
