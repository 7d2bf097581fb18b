/**
 * The contract every CircuitBreaker passes (in-memory, Redis). Each adapter's test calls `runCircuitBreakerContract`.
 * Every call is awaited, so sync and async breakers run the same cases.
 * @module
 */
import { describe, expect, it } from "vitest";
import type { Clock } from "../../core/clock.js";
import type { CircuitBreaker, CircuitBreakerSettings } from "./circuit-breaker.js";

/** A clock the test moves by hand. */
export interface ManualClock extends Clock {
  time: number;
}

/** How the contract gets breakers. */
export interface CircuitBreakerContractOptions {
  /** A fresh, empty breaker. */
  create(settings: CircuitBreakerSettings, clock: Clock): Promise<CircuitBreaker>;
  /**
   * Two breakers that share state (two gateway instances on one store). Without it the sharing cases are
   * skipped (a process-local breaker shares nothing).
   */
  createShared?(settings: CircuitBreakerSettings, clock: Clock): Promise<[CircuitBreaker, CircuitBreaker]>;
}

const SETTINGS: CircuitBreakerSettings = { failures: 3, windowMs: 1_000, cooldownMs: 500 };
const T0 = 1_000_000;

async function failTimes(breaker: CircuitBreaker, model: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await breaker.record(model, "failure");
}

/** Runs the CircuitBreaker contract. */
export function runCircuitBreakerContract({ create, createShared }: CircuitBreakerContractOptions): void {
  const make = async () => {
    const clock: ManualClock = { time: T0, now() { return this.time; } };
    return { clock, breaker: await create(SETTINGS, clock) };
  };

  describe("circuit breaker contract", () => {
    it("opens after N failures within the window, per model", async () => {
      const { clock, breaker } = await make();
      await failTimes(breaker, "m", 2);
      clock.time = T0 + 1_500; // the first two fell out of the window
      await breaker.record("m", "failure");
      expect(await breaker.state("m")).toBe("closed");
      expect(await breaker.acquire("m")).toBe(true);
      await breaker.record("m", "abandoned");
      await failTimes(breaker, "m", 2);
      expect(await breaker.state("m")).toBe("open");
      expect(await breaker.acquire("m")).toBe(false);
      expect(await breaker.state("other")).toBe("closed");
      expect(await breaker.acquire("other")).toBe(true);
    });

    it("counts failures among the latest 2N outcomes: a model failing half its calls opens, an occasional failure does not", async () => {
      const { breaker } = await make();
      // Alternating, as a flapping provider does: 3 failures among the latest 6 outcomes.
      for (let i = 0; i < 2; i += 1) {
        await breaker.record("m", "failure");
        await breaker.record("m", "success");
      }
      expect(await breaker.state("m")).toBe("closed");
      await breaker.record("m", "failure");
      expect(await breaker.state("m")).toBe("open");
      // One failure in every four calls never reaches 3 of the latest 6.
      for (let i = 0; i < 40; i += 1) await breaker.record("steady", i % 4 === 0 ? "failure" : "success");
      expect(await breaker.state("steady")).toBe("closed");
      // A run of successes pushes old failures out.
      await failTimes(breaker, "n", 2);
      for (let i = 0; i < 6; i += 1) await breaker.record("n", "success");
      await failTimes(breaker, "n", 2);
      expect(await breaker.state("n")).toBe("closed");
      await breaker.record("n", "failure");
      expect(await breaker.state("n")).toBe("open");
    });

    it("lets exactly one half-open probe through; its success closes, its failure re-opens", async () => {
      const { clock, breaker } = await make();
      await failTimes(breaker, "m", 3);
      clock.time = T0 + 600;
      expect(await breaker.state("m")).toBe("half_open");
      expect(await breaker.acquire("m")).toBe(true);
      expect(await breaker.acquire("m")).toBe(false);
      await breaker.record("m", "failure");
      expect(await breaker.state("m")).toBe("open");
      clock.time = T0 + 1_000; // the failed probe re-opened for a full cooldown from T0 + 600
      expect(await breaker.acquire("m")).toBe(false);
      clock.time = T0 + 1_200;
      expect(await breaker.acquire("m")).toBe(true);
      await breaker.record("m", "success");
      expect(await breaker.state("m")).toBe("closed");
      expect(await breaker.acquire("m")).toBe(true);
    });

    it("frees the probe when the attempt is abandoned", async () => {
      const { clock, breaker } = await make();
      await failTimes(breaker, "m", 3);
      clock.time = T0 + 600;
      expect(await breaker.acquire("m")).toBe(true);
      await breaker.record("m", "abandoned");
      expect(await breaker.state("m")).toBe("half_open");
      expect(await breaker.acquire("m")).toBe(true);
    });

    it("ignores outcomes of attempts that started before the circuit opened; the probe alone decides", async () => {
      const { clock, breaker } = await make();
      const lateStart = T0 - 100; // these attempts were let through while the circuit was still closed
      await failTimes(breaker, "m", 3);
      clock.time = T0 + 100;
      await breaker.record("m", "success", lateStart);
      expect(await breaker.state("m")).toBe("open");
      clock.time = T0 + 600;
      expect(await breaker.acquire("m")).toBe(true); // the probe
      await breaker.record("m", "abandoned", lateStart);
      expect(await breaker.acquire("m")).toBe(false); // still taken: a late abandon did not free it
      await breaker.record("m", "success", lateStart);
      await breaker.record("m", "failure", lateStart);
      expect(await breaker.state("m")).toBe("half_open");
      expect(await breaker.openUntil?.("m")).toBe(T0 + 500); // a late failure did not re-open it either
      await breaker.record("m", "failure", T0 + 600);
      expect(await breaker.state("m")).toBe("open");
      clock.time = T0 + 1_200;
      expect(await breaker.acquire("m")).toBe(true);
      await breaker.record("m", "success", T0 + 1_200);
      expect(await breaker.state("m")).toBe("closed");
    });

    it("grants one probe when 50 acquires race after the cooldown", async () => {
      const { clock, breaker } = await make();
      await failTimes(breaker, "m", 3);
      clock.time = T0 + 600;
      const granted = await Promise.all(Array.from({ length: 50 }, () => breaker.acquire("m")));
      expect(granted.filter(Boolean)).toHaveLength(1);
    });

    describe.skipIf(!createShared)("shared by two instances", () => {
      const makePair = async () => {
        const clock: ManualClock = { time: T0, now() { return this.time; } };
        const [a, b] = await (createShared as NonNullable<typeof createShared>)(SETTINGS, clock);
        return { clock, a, b };
      };

      it("failures from both instances add up, and both see the circuit open", async () => {
        const { a, b } = await makePair();
        await failTimes(a, "m", 2);
        await b.record("m", "failure");
        expect(await a.state("m")).toBe("open");
        expect(await a.acquire("m")).toBe(false);
        expect(await b.acquire("m")).toBe(false);
      });

      it("the two instances race for one probe; its success closes the circuit for both", async () => {
        const { clock, a, b } = await makePair();
        await failTimes(a, "m", 3);
        clock.time = T0 + 600;
        const granted = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).acquire("m")));
        expect(granted.filter(Boolean)).toHaveLength(1);
        const winner = granted.indexOf(true) % 2 === 0 ? a : b;
        const loser = winner === a ? b : a;
        await winner.record("m", "success");
        expect(await loser.state("m")).toBe("closed");
        expect(await loser.acquire("m")).toBe(true);
      });

      it("a failed probe on one instance re-opens the circuit for the other", async () => {
        const { clock, a, b } = await makePair();
        await failTimes(b, "m", 3);
        clock.time = T0 + 600;
        expect(await a.acquire("m")).toBe(true);
        expect(await b.acquire("m")).toBe(false);
        await a.record("m", "failure");
        clock.time = T0 + 1_000;
        expect(await b.state("m")).toBe("open");
        expect(await b.acquire("m")).toBe(false);
      });
    });
  });
}
