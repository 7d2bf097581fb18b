import { describe, expect, it } from "vitest";
import { runCircuitBreakerContract } from "./circuit-breaker.case.test.js";
import { InMemoryCircuitBreaker, NEVER_OPEN_BREAKER } from "./circuit-breaker.js";

describe("InMemoryCircuitBreaker", () => {
  runCircuitBreakerContract({ create: async (settings, clock) => new InMemoryCircuitBreaker(settings, clock) });
});

describe("NEVER_OPEN_BREAKER", () => {
  it("stays closed whatever is recorded", async () => {
    for (let i = 0; i < 10; i += 1) await NEVER_OPEN_BREAKER.record("m", "failure");
    expect(await NEVER_OPEN_BREAKER.state("m")).toBe("closed");
    expect(await NEVER_OPEN_BREAKER.acquire("m")).toBe(true);
  });
});
