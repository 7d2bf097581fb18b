/**
 * `/v1/responses` request options the gateway cannot carry the way OpenAI's servers do, with the official `openai`
 * SDK: each is honoured, echoed as asked, or refused with a 400 saying what to use instead, never silently dropped.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";

describe("/v1/responses options", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => gateway.simulator.reset());

  async function refusal(body: Record<string, unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
    const error = await gateway.client.responses.create({ model: MODEL, input: "hi", ...body }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(gateway.simulator.calls).toHaveLength(0);
    return error as InstanceType<typeof OpenAI.APIError>;
  }

  it("echoes truncation as asked, streamed and not, and disabled when not given", async () => {
    const asked = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", truncation: "auto" });
    expect(asked.truncation).toBe("auto");
    const stream = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", truncation: "auto", stream: true });
    const truncations: unknown[] = [];
    for await (const event of stream) if (event.type === "response.created" || event.type === "response.completed") truncations.push(event.response.truncation);
    expect(truncations).toEqual(["auto", "auto"]);
    expect((await gateway.client.responses.create({ model: MODEL, input: "Say hello." })).truncation).toBe("disabled");
  });

  it("refuses a truncation strategy OpenAI does not have", async () => {
    expect((await refusal({ truncation: "middle" })).param).toBe("truncation");
  });
});
