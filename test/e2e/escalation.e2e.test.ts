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

  for (const door of ["messages", "responses"] as const) {
    it(`escalates through the ${door} door too, answering in its format`, async () => {
      gateway.simulator.setFault(BUDGET_FIRST, "empty");
      const request = door === "messages" ? { model: body.model, max_tokens: 100, messages: body.messages } : { model: body.model, input: "Name a colour." };
      const response = await fetch(`${gateway.url}/v1/${door}`, { method: "POST", body: JSON.stringify(request) });
      const answer = (await response.json()) as { model: string; content?: { text: string }[]; output_text?: string };
      expect(response.headers.get("x-switchyard-tier")).toBe("mid");
      expect(answer.model).toBe(MID_FIRST);
      expect(door === "messages" ? answer.content?.[0]?.text : answer.output_text).toContain(MID_FIRST);
      expect(gateway.records.at(-1)).toMatchObject({ door, escalatedTo: "mid", qualityChecks: ["empty"] });
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
