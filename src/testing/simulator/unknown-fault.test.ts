/**
 * A fault name the simulator does not know, given from code (JavaScript, or a string cast to the type): it was kept
 * and never fired, so a test "with a fault injected" passed against a healthy upstream. The `x-sim-fault` header and
 * the CLI's `--fault` already refused such a name; `setFault` and the `faults` option now do too, naming the valid ones.
 */
import { describe, expect, it } from "vitest";
import { createSimulator } from "./create-simulator.js";
import type { SimulatorFault } from "./simulator-fault.js";

const misspelled = "rate_limited" as SimulatorFault;

describe("an unknown fault name", () => {
  it("is refused by setFault, naming the valid faults and the closest", async () => {
    const simulator = await createSimulator();
    try {
      expect(() => simulator.setFault("openai/gpt-5-nano", misspelled)).toThrow(/^Unknown fault "rate_limited" for openai\/gpt-5-nano\. Valid faults: none, rate_limit, .*\. Did you mean "rate_limit"\?$/);
      expect(() => simulator.setFault("openai/gpt-5-nano", null)).not.toThrow();
    } finally {
      await simulator.close();
    }
  });

  it("is refused by the faults option before the simulator listens", async () => {
    await expect(createSimulator({ faults: { "openai/gpt-5-nano": misspelled } })).rejects.toThrow(/^faults: unknown fault "rate_limited" for openai\/gpt-5-nano\. Valid faults: /);
  });
});
