import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AllAttemptsFailedError, GatewayError, UpstreamRateLimitedError } from "../../../src/core/errors/index.js";
import type { SimulatorFault } from "../../../src/testing/simulator/index.js";
import { InMemoryCircuitBreaker } from "../../../src/routing/fallback/circuit-breaker.js";
import { InMemoryRetryAfterHolds } from "../../../src/routing/fallback/retry-after-holds.js";
import { startFallbackKit, TEST_CHAIN, type FallbackKit } from "./fallback-test-kit.js";
import { runChatCompletion } from "../../../src/routing/fallback/run-chat-completion.js";
import { ClientGoneSignal } from "../../../src/routing/fallback/client-signal.js";
import { partialCostUsd } from "../../../src/routing/fallback/answered-model.js";
import { IMAGE_WORST_TOKENS } from "../../../src/classifier/attachment-tokens.js";

const [PRIMARY, SECONDARY, TERTIARY] = TEST_CHAIN;

describe("runChatCompletion", () => {
  let kit: FallbackKit;
  beforeAll(async () => {
    kit = await startFallbackKit();
  });
  afterAll(async () => kit.close());
  beforeEach(() => kit.simulator.reset());

  it("answers from the first model with one attempt and charges usage.cost", async () => {
    const result = await runChatCompletion(kit.deps(), kit.request());
    expect(result.model).toBe(PRIMARY);
    expect(result.run.upstreamAttempts).toBe(1);
    expect(result.costUsd).toBeGreaterThan(0);
    expect(result.costUsd).toBe(result.usage?.cost);
    expect(JSON.parse(result.raw.toString()).model).toBe(PRIMARY);
  });

  const retryable: SimulatorFault[] = ["rate_limit", "rate_limit_no_retry_after", "server_error", "unavailable", "connection_reset", "no_response", "slow_first_token", "malformed_chunk", "stream_cut"];
  for (const fault of retryable) {
    it(`moves on after ${fault}`, async () => {
      kit.simulator.setFault(PRIMARY, fault);
      const result = await runChatCompletion(kit.deps(), kit.request());
      expect(result.model).toBe(SECONDARY);
      expect(result.run.upstreamAttempts).toBe(2);
      expect(result.run.attempts[0]?.model).toBe(PRIMARY);
      expect(result.run.attempts[0]?.errorType).not.toBeNull();
    });
  }

  describe("Retry-After speaks for the model that sent it", () => {
    /** A clock the test moves, and a sleep that moves it instead of waiting. */
    const manual = () => {
      const clock = { at: Date.now(), now: () => clock.at };
      const waits: number[] = [];
      const sleep = async (ms: number): Promise<void> => {
        waits.push(ms);
        clock.at += ms;
      };
      return { clock, waits, sleep, holds: new InMemoryRetryAfterHolds(clock) };
    };

    it("tries the next model at once, without sleeping", async () => {
      kit.simulator.setFault(PRIMARY, "rate_limit");
      const { clock, waits, sleep, holds } = manual();
      const result = await runChatCompletion(kit.deps({ clock, sleep, holds, settings: { maxRetryAfterMs: 5_000 } }), kit.request());
      expect(result.model).toBe(SECONDARY);
      expect(waits).toEqual([]);
      expect(holds.heldUntil(PRIMARY)).toBe(clock.at + 1_000);
    });

    it("leaves the limited model alone for every later request until its time passes", async () => {
      kit.simulator.setFault(PRIMARY, "rate_limit");
      const { clock, sleep, holds } = manual();
      const deps = kit.deps({ clock, sleep, holds, settings: { maxRetryAfterMs: 5_000 } });
      await runChatCompletion(deps, kit.request());
      kit.simulator.reset(); // the primary would answer now, but it asked for a second
      const held = await runChatCompletion(deps, kit.request());
      expect(held.model).toBe(SECONDARY);
      expect(held.run.attempts.map((attempt) => [attempt.model, attempt.errorType])).toEqual([[PRIMARY, "retry_after"], [SECONDARY, null]]);
      expect(kit.simulator.calls.map((call) => call.model)).toEqual([SECONDARY]);
      clock.at += 1_000;
      expect((await runChatCompletion(deps, kit.request())).model).toBe(PRIMARY);
    });

    it("waits only when no other candidate is left, within max_retry_after_ms and the deadline", async () => {
      for (const model of TEST_CHAIN) kit.simulator.setFault(model, "rate_limit");
      const { clock, waits, holds } = manual();
      const sleep = async (ms: number): Promise<void> => {
        waits.push(ms);
        clock.at += ms;
        kit.simulator.setFault(PRIMARY, null);
      };
      const result = await runChatCompletion(kit.deps({ clock, sleep, holds, settings: { maxRetryAfterMs: 2_000 } }), kit.request());
      expect(result.model).toBe(PRIMARY);
      expect(waits).toEqual([1_000]);
      expect(kit.simulator.calls.map((call) => call.model)).toEqual([...TEST_CHAIN, PRIMARY]);
    });

    it("does not wait longer than max_retry_after_ms or the deadline allows", async () => {
      for (const model of TEST_CHAIN) kit.simulator.setFault(model, "rate_limit");
      for (const settings of [{ maxRetryAfterMs: 500 }, { maxRetryAfterMs: 5_000, totalMs: 900 }]) {
        const { clock, waits, sleep, holds } = manual();
        const error = await runChatCompletion(kit.deps({ clock, sleep, holds, settings }), kit.request()).catch((caught: unknown) => caught);
        // Every model called answered 429: the chain is rate-limited (503, the soonest Retry-After), not broken (ADR 0031).
        expect(error).toBeInstanceOf(UpstreamRateLimitedError);
        expect(error instanceof UpstreamRateLimitedError && [error.status, error.retryAfterSeconds]).toEqual([503, 1]);
        expect(waits).toEqual([]);
      }
    });

    it("answers 503 upstream_rate_limited without calling anyone when every model is held too long", async () => {
      const { clock, sleep, holds } = manual();
      for (const model of TEST_CHAIN) holds.hold(model, clock.at + 60_000);
      const error = await runChatCompletion(kit.deps({ clock, sleep, holds, settings: { maxRetryAfterMs: 2_000 } }), kit.request()).catch((caught: unknown) => caught);
      expect(GatewayError.isInstance(error) && [error.status, error.code]).toEqual([503, "upstream_rate_limited"]);
      expect(error instanceof UpstreamRateLimitedError && error.retryAfterMs).toBeGreaterThan(0);
      expect(kit.simulator.calls).toHaveLength(0);
    });
  });

  it("does not retry a content-policy refusal unless configured", async () => {
    kit.simulator.setFault(PRIMARY, "moderation");
    const error = await runChatCompletion(kit.deps(), kit.request()).catch((caught: unknown) => caught);
    expect(GatewayError.isInstance(error) && error.status).toBe(403);
    expect(kit.simulator.calls).toHaveLength(1);
    const result = await runChatCompletion(kit.deps({ settings: { fallbackOnContentPolicy: true } }), kit.request());
    expect(result.model).toBe(SECONDARY);
  });

  it("moves to a model with a larger context after context_length_exceeded", async () => {
    kit.simulator.setFault(PRIMARY, "context_length_exceeded");
    const result = await runChatCompletion(kit.deps(), kit.request());
    // gpt-5-nano has 400k; the rest of the chain is smaller, so the catalog's cheapest larger model answers.
    expect(result.run.attempts.map((attempt) => attempt.errorType)).toEqual(["context_length_exceeded", "context_too_small", "context_too_small", null]);
    expect(kit.deps().catalog?.get(result.model)?.contextLength).toBeGreaterThan(400_000);
  });

  it("fails with every attempt listed when the whole chain fails", async () => {
    for (const model of TEST_CHAIN) kit.simulator.setFault(model, "server_error");
    const error = await runChatCompletion(kit.deps(), kit.request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AllAttemptsFailedError);
    const failed = error as AllAttemptsFailedError;
    expect(failed.attempts.map((attempt) => attempt.model)).toEqual([PRIMARY, SECONDARY, TERTIARY]);
    expect(failed.status).toBe(502);
  });

  it("bounds attempts by maxAttempts", async () => {
    for (const model of TEST_CHAIN) kit.simulator.setFault(model, "unavailable");
    const error = await runChatCompletion(kit.deps({ settings: { maxAttempts: 2 } }), kit.request()).catch((caught: unknown) => caught);
    expect((error as AllAttemptsFailedError).attempts).toHaveLength(2);
    expect(kit.simulator.calls).toHaveLength(2);
  });

  it("skips a model whose circuit is open, then probes it once after the cooldown", async () => {
    let now = 1_000;
    const breaker = new InMemoryCircuitBreaker({ failures: 2, windowMs: 10_000, cooldownMs: 5_000 }, { now: () => now });
    const deps = kit.deps({ breaker });
    kit.simulator.setFault(PRIMARY, "unavailable");
    await runChatCompletion(deps, kit.request());
    await runChatCompletion(deps, kit.request());
    expect(breaker.state(PRIMARY)).toBe("open");
    kit.simulator.reset();
    const skipped = await runChatCompletion(deps, kit.request());
    expect(skipped.run.attempts[0]).toMatchObject({ model: PRIMARY, errorType: "circuit_open" });
    expect(skipped.model).toBe(SECONDARY);
    now += 5_001;
    const probed = await runChatCompletion(deps, kit.request());
    expect(probed.model).toBe(PRIMARY);
    expect(breaker.state(PRIMARY)).toBe("closed");
  });

  it("tells the breaker when each attempt started, so an attempt from before the circuit opened cannot close it", async () => {
    let now = 1_000;
    const inner = new InMemoryCircuitBreaker({ failures: 2, windowMs: 10_000, cooldownMs: 5_000 }, { now: () => now });
    const reported: { model: string; outcome: string; startedAt: number | undefined }[] = [];
    const breaker = {
      acquire: (model: string) => inner.acquire(model),
      state: (model: string) => inner.state(model),
      record(model: string, outcome: "success" | "failure" | "abandoned", startedAt?: number) {
        reported.push({ model, outcome, startedAt });
        inner.record(model, outcome, startedAt);
      },
    };
    kit.simulator.setFault(PRIMARY, "unavailable");
    const failed = await runChatCompletion(kit.deps({ breaker }), kit.request());
    kit.simulator.reset();
    now += 10;
    const served = await runChatCompletion(kit.deps({ breaker }), kit.request());
    const attempts = [...failed.run.attempts, ...served.run.attempts].filter((attempt) => attempt.startedAtMs !== undefined);
    expect(reported.map((entry) => entry.startedAt)).toEqual(attempts.map((attempt) => attempt.startedAtMs));
    expect(reported.every((entry) => typeof entry.startedAt === "number")).toBe(true);
  });
});

describe("runChatCompletion bounds", () => {
  it("stops at total_ms and answers 504 when every attempt timed out", async () => {
    const kit = await startFallbackKit({ faults: Object.fromEntries(TEST_CHAIN.map((model) => [model, "no_response" as const])) });
    try {
      const started = Date.now();
      const error = await runChatCompletion(kit.deps({ settings: { firstTokenMs: 5_000, totalMs: 300 } }), kit.request()).catch((caught: unknown) => caught);
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(error).toBeInstanceOf(AllAttemptsFailedError);
      expect((error as AllAttemptsFailedError).status).toBe(504);
      expect((error as AllAttemptsFailedError).message).toContain("total timeout");
    } finally {
      await kit.close();
    }
  });

  it("treats a refused connection as retryable and reports it", async () => {
    const kit = await startFallbackKit();
    const { createUpstreamClient } = await import("../../../src/upstream/upstream-client.js");
    const port = kit.simulator.port;
    await kit.close();
    const upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, connectTimeoutMs: 500 });
    try {
      const error = await runChatCompletion(kit.deps({ upstream }), kit.request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AllAttemptsFailedError);
      const attempts = (error as AllAttemptsFailedError).attempts;
      expect(attempts.map((attempt) => attempt.kind)).toEqual(["connection", "connection", "connection"]);
      expect(attempts[0]?.message).toMatch(/ECONNREFUSED/);
    } finally {
      await upstream.close();
    }
  });
});

describe("runChatCompletion and the spend guard", () => {
  it("reserves each attempt's worst case, releases failures, settles the answer at its actual cost, and survives a failing settle", async () => {
    const kit = await startFallbackKit();
    const calls: string[] = [];
    const reported: string[] = [];
    const spendGuard = {
      reserve: async ({ amountUsd }: { amountUsd: number }) => (calls.push(`reserve ${amountUsd > 0}`), { id: `r${calls.length}`, amountUsd }),
      release: async (reservation: { id: string }) => void calls.push(`release ${reservation.id}`),
      settle: async (reservation: { id: string }, actualUsd: number) => {
        calls.push(`settle ${reservation.id} ${actualUsd > 0}`);
        throw new Error("ledger down");
      },
    };
    try {
      kit.simulator.setFault(PRIMARY, "server_error");
      const result = await runChatCompletion(kit.deps({ spendGuard, onBackgroundError: (_error, what) => void reported.push(what) }), kit.request());
      expect(result.model).toBe(SECONDARY);
      expect(calls).toEqual(["reserve true", "release r1", "reserve true", `settle r3 true`]);
      expect(reported).toEqual(["settling reservation r3"]);
    } finally {
      await kit.close();
    }
  });
});

describe("runChatCompletion when the client leaves after the request went out", () => {
  it("charges the prompt with its images, as the door counts them (round 26)", async () => {
    const kit = await startFallbackKit({ faults: { [PRIMARY]: "no_response" } });
    const settled: number[] = [];
    const spendGuard = {
      reserve: async ({ amountUsd }: { amountUsd: number }) => ({ id: "r1", amountUsd }),
      release: async () => {},
      settle: async (_reservation: { id: string }, actualUsd: number) => void settled.push(actualUsd),
    };
    try {
      const image = { type: "image_url" as const, image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } };
      const signal = new ClientGoneSignal();
      const request = kit.request({ messages: [{ role: "user", content: [image, image, { type: "text", text: "What differs?" }] }] }, signal as unknown as AbortSignal);
      const running = runChatCompletion(kit.deps({ spendGuard }), request);
      await new Promise((resolve) => setTimeout(resolve, 300));
      signal.abort();
      await running.catch(() => undefined);
      const candidate = request.plan.chain[0];
      if (!candidate) throw new Error("no candidate");
      const withImages = partialCostUsd(candidate, request.plan.decision.prompt_tokens + 2 * IMAGE_WORST_TOKENS, 0);
      expect(settled).toHaveLength(1);
      expect(settled[0]).toBeCloseTo(withImages, 12);
      expect(withImages).toBeGreaterThan(partialCostUsd(candidate, request.plan.decision.prompt_tokens, 0) * 10);
    } finally {
      await kit.close();
    }
  });
});
