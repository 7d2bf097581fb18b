import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

const BUDGET_FIRST = "openai/gpt-5-nano";
const MID_FIRST = "google/gemini-2.5-flash-lite";
const body = { model: "switchyard/tier/budget", messages: [{ role: "user" as const, content: "Name a colour." }] };

describe("escalation on quality failure", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.records.length = 0;
  });

  for (const fault of ["empty", "refusal", "length"] as const) {
    it(`retries once at the next tier up after a ${fault} answer`, async () => {
      gateway.simulator.setFault(BUDGET_FIRST, fault);
      const { data, response } = await gateway.client.chat.completions.create(body).withResponse();
      expect(data.model).toBe(MID_FIRST);
      expect(response.headers.get("x-switchyard-tier")).toBe("mid");
      expect(response.headers.get("x-switchyard-attempts")).toBe("2");
      const record = gateway.records.at(-1);
      // The record describes the plan that answered (as the library logs it); its attempts show both runs.
      expect(record).toMatchObject({ tier: "mid", escalatedTo: "mid", qualityChecks: [fault], model: MID_FIRST });
      expect(record?.attempts.map((attempt) => attempt.model)).toEqual([BUDGET_FIRST, MID_FIRST]);
      const costs = gateway.simulator.calls.map((call) => call.model);
      expect(costs).toEqual([BUDGET_FIRST, MID_FIRST]);
      expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeCloseTo(record?.costUsd ?? -1, 10);
    });
  }

  it("does not escalate a good answer, nor a length cut the caller asked for", async () => {
    await gateway.client.chat.completions.create(body);
    gateway.simulator.setFault(BUDGET_FIRST, "length");
    const capped = await gateway.client.chat.completions.create({ ...body, max_tokens: 20 });
    expect(capped.model).toBe(BUDGET_FIRST);
    expect(gateway.records.map((record) => record.escalatedTo)).toEqual([null, null]);
    expect(gateway.simulator.calls).toHaveLength(2);
  });

  it("records a failed check on a stream without escalating (the content is already sent)", async () => {
    gateway.simulator.setFault(BUDGET_FIRST, "refusal");
    const stream = await gateway.client.chat.completions.create({ ...body, stream: true });
    for await (const _chunk of stream) void _chunk;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gateway.records.at(-1)).toMatchObject({ qualityChecks: ["refusal"], escalatedTo: null, model: BUDGET_FIRST });
  });
});
