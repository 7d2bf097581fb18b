import { describe, expect, it } from "vitest";
import { InMemoryCircuitBreaker } from "./circuit-breaker.js";

describe("InMemoryCircuitBreaker", () => {
  const make = () => {
    const clock = { time: 0, now() { return this.time; } };
    return { clock, breaker: new InMemoryCircuitBreaker({ failures: 3, windowMs: 1_000, cooldownMs: 500 }, clock) };
  };

  it("opens after N failures within the window", () => {
    const { clock, breaker } = make();
    breaker.record("m", "failure");
    breaker.record("m", "failure");
    clock.time = 1_500; // the first two fell out of the window
    breaker.record("m", "failure");
    expect(breaker.state("m")).toBe("closed");
    breaker.record("m", "failure");
    breaker.record("m", "failure");
    expect(breaker.state("m")).toBe("open");
    expect(breaker.acquire("m")).toBe(false);
  });

  it("lets exactly one half-open probe through; its success closes, its failure re-opens", () => {
    const { clock, breaker } = make();
    for (let i = 0; i < 3; i += 1) breaker.record("m", "failure");
    clock.time = 600;
    expect(breaker.acquire("m")).toBe(true);
    expect(breaker.acquire("m")).toBe(false);
    breaker.record("m", "failure");
    expect(breaker.state("m")).toBe("open");
    clock.time = 1_200;
    expect(breaker.acquire("m")).toBe(true);
    breaker.record("m", "success");
    expect(breaker.state("m")).toBe("closed");
    expect(breaker.acquire("m")).toBe(true);
  });

  it("frees the probe when the attempt is abandoned", () => {
    const { clock, breaker } = make();
    for (let i = 0; i < 3; i += 1) breaker.record("m", "failure");
    clock.time = 600;
    expect(breaker.acquire("m")).toBe(true);
    breaker.record("m", "abandoned");
    expect(breaker.acquire("m")).toBe(true);
  });
});
