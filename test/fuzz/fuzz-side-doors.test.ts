/**
 * Property-based fuzzing of the gateway's other JSON endpoints over real HTTP (fixed seed): Anthropic's token
 * counter, the Responses token counter, feedback, and the admin API's route playground and key creation. The same
 * invariants as the doors: no 500, every non-2xx the endpoint's envelope as JSON, no leak, in time, and the process
 * still serves afterwards.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fuzzRequests } from "./fuzz-run.js";
import { SIDE_DOORS } from "./fuzz-side-doors.js";
import { send, startFuzzTarget, type FuzzTarget } from "./fuzz-target.js";

const SEED = Number(process.env.SIDE_FUZZ_SEED ?? 20_261_203);
const RUNS = Number(process.env.SIDE_FUZZ_RUNS ?? 100);

describe("fuzzing the endpoints beside the doors", () => {
  let target: FuzzTarget;
  beforeAll(async () => {
    target = await startFuzzTarget();
  });
  afterAll(async () => target.close());

  for (const [name, endpoint] of Object.entries(SIDE_DOORS)) {
    it(`keeps every invariant over ${RUNS} mutated requests to ${endpoint.path} (${name})`, async () => {
      const stats = await fuzzRequests(target, endpoint, { runs: RUNS, seed: SEED });
      expect(stats.cases).toBeGreaterThanOrEqual(RUNS);
      expect(stats.byStatus["400"]).toBeGreaterThan(20);
      expect((await send(target, "GET", "/healthz", undefined, {})).status).toBe(200);
    }, 60_000);
  }
});
