import { describe, expect, it } from "vitest";
import { createInMemoryLatencyTracker } from "./in-memory-latency-tracker.js";
import { baseModelId, expectedLatencyMs } from "./latency-tracker.js";

const stream = (ttftMs: number, durationMs: number, outputTokens?: number) => ({ ttftMs, durationMs, outputTokens, whole: false });

describe("in-memory latency tracker", () => {
  it("knows nothing without a seed or traffic", () => {
    expect(createInMemoryLatencyTracker().estimate("openai/gpt-5")).toBeUndefined();
  });

  it("takes the first sample as is, then moves by alpha toward each new one", () => {
    const tracker = createInMemoryLatencyTracker({ alpha: 0.5 });
    tracker.observe("m", stream(400, 1_400, 100)); // 100 tokens in 1 s
    expect(tracker.estimate("m")).toMatchObject({ ttftMs: 400, tokensPerSecond: 100, samples: 1 });
    tracker.observe("m", stream(200, 700, 100)); // 200 tokens/s
    expect(tracker.estimate("m")).toMatchObject({ ttftMs: 300, tokensPerSecond: 150, samples: 2 });
    tracker.observe("m", stream(300, 1_300, 50)); // 50 tokens/s
    expect(tracker.estimate("m")).toMatchObject({ ttftMs: 300, tokensPerSecond: 100, samples: 3 });
  });

  it("starts from the seed and ignores a :variant suffix both ways", () => {
    const tracker = createInMemoryLatencyTracker({ seed: new Map([["a/m", { ttftMs: 1_000, tokensPerSecond: 50 }]]), alpha: 0.25 });
    expect(tracker.estimate("a/m:nitro")).toMatchObject({ ttftMs: 1_000, tokensPerSecond: 50, samples: 0 });
    tracker.observe("a/m:nitro", stream(200, 1_200, 150));
    expect(tracker.estimate("a/m")).toMatchObject({ ttftMs: 800, tokensPerSecond: 75, samples: 1 });
  });

  it("gives no throughput for a generation window too short to measure, or without usage", () => {
    const tracker = createInMemoryLatencyTracker();
    tracker.observe("m", stream(300, 320, 40));
    tracker.observe("m", stream(300, 900, undefined));
    expect(tracker.estimate("m")?.tokensPerSecond).toBeUndefined();
    expect(tracker.estimate("m")?.samples).toBe(2);
  });

  it("splits a non-streaming answer with the known speed; without one its whole time is the time to first token", () => {
    const tracker = createInMemoryLatencyTracker({ alpha: 1 });
    tracker.observe("m", { ttftMs: 2_000, durationMs: 2_000, outputTokens: 100, whole: true });
    expect(tracker.estimate("m")).toMatchObject({ ttftMs: 2_000, tokensPerSecond: undefined });
    tracker.observe("m", stream(500, 1_500, 100)); // 100 tokens/s
    tracker.observe("m", { ttftMs: 1_800, durationMs: 1_800, outputTokens: 100, whole: true });
    expect(tracker.estimate("m")).toMatchObject({ ttftMs: 800, tokensPerSecond: 100 });
  });

  it("ignores impossible samples and rejects a bad alpha", () => {
    const tracker = createInMemoryLatencyTracker();
    tracker.observe("m", stream(-1, 10));
    tracker.observe("m", stream(500, 100));
    tracker.observe("m", stream(Number.NaN, 100));
    expect(tracker.estimate("m")).toBeUndefined();
    expect(() => createInMemoryLatencyTracker({ alpha: 0 })).toThrow(RangeError);
  });

  it("expected latency is ttft + max_tokens / throughput, or ttft alone", () => {
    expect(expectedLatencyMs({ ttftMs: 500, tokensPerSecond: 100, samples: 0 }, 200)).toBe(2_500);
    expect(expectedLatencyMs({ ttftMs: 500, tokensPerSecond: undefined, samples: 0 }, 200)).toBe(500);
    expect(baseModelId("x/y:free")).toBe("x/y");
  });
});
