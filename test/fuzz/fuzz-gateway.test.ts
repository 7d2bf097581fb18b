/**
 * Property-based fuzzing of the real gateway over real HTTP (fixed seed in CI): mutated and adversarial chat
 * requests, the same for the Messages and Responses doors, then random raw HTTP framing. Invariants: no 500; every non-2xx is an OpenAI envelope sent as JSON;
 * no stack trace, source path or key in any body, header or log line; every answer within its timeout; the
 * process stays up with bounded RSS. `npm run fuzz -- --runs N --seed S` runs the same loops longer.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fuzzDoorRequests } from "./fuzz-doors.js";
import { fuzzChatRequests, fuzzRawHttp } from "./fuzz-run.js";
import { send, startFuzzTarget, type FuzzTarget } from "./fuzz-target.js";

const SEED = 20_261_129;

describe("fuzzing the gateway", () => {
  let target: FuzzTarget;
  beforeAll(async () => {
    target = await startFuzzTarget();
  });
  afterAll(async () => target.close());

  it("keeps every invariant over 2,000 mutated chat requests", async () => {
    const stats = await fuzzChatRequests(target, { runs: 2_000, seed: SEED, maxRssMb: 1_500 });
    expect(stats.cases).toBeGreaterThanOrEqual(2_000);
    // The mix reaches both sides: served answers and refusals.
    expect(stats.byStatus["200"]).toBeGreaterThan(100);
    expect(stats.byStatus["400"]).toBeGreaterThan(100);
    expect((await send(target, "GET", "/healthz", undefined, {})).status).toBe(200);
  }, 120_000);

  for (const door of ["messages", "responses"] as const) {
    it(`keeps every invariant over 600 mutated requests to the ${door} door, errors in its own envelope`, async () => {
      const stats = await fuzzDoorRequests(target, door, { runs: 600, seed: SEED });
      expect(stats.cases).toBeGreaterThanOrEqual(600);
      // About 5% of the mix is served (29 of 600 on the messages door since a body labelled UTF-16 is refused 415,
      // round 28): enough to show both sides are reached.
      expect(stats.byStatus["200"]).toBeGreaterThan(20);
      expect(stats.byStatus["400"]).toBeGreaterThan(30);
    }, 120_000);
  }

  it("answers random raw HTTP with an envelope or a closed connection", async () => {
    expect(await fuzzRawHttp(target, { runs: 300, seed: SEED })).toBe(300);
    expect((await send(target, "GET", "/healthz", undefined, {})).status).toBe(200);
  }, 120_000);
});
