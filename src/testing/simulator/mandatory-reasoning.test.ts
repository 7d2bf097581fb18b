import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "./create-simulator.js";
import { REASONING_MANDATORY_MESSAGE } from "./mandatory-reasoning.js";
import { chatBody, postChat } from "./simulator-test-helpers.js";

describe("a model whose reasoning is mandatory (OpenRouter's reasoning.mandatory)", () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await createSimulator();
  });
  afterAll(() => simulator.close());

  it("refuses a request that turns reasoning off, as OpenRouter does; serves one that leaves it alone", async () => {
    for (const reasoning of [{ enabled: false }, { effort: "none" }]) {
      const refused = await postChat(simulator.url, chatBody("openai/gpt-5-nano", { reasoning }));
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(REASONING_MANDATORY_MESSAGE);
    }
    expect((await postChat(simulator.url, chatBody("openai/gpt-5-nano"))).status).toBe(200);
    expect((await postChat(simulator.url, chatBody("openai/gpt-5-nano", { reasoning: { effort: "low" } }))).status).toBe(200);
    // A model that can think or not takes the switch.
    expect((await postChat(simulator.url, chatBody("anthropic/claude-haiku-4.5", { reasoning: { enabled: false } }))).status).toBe(200);
  });
});
