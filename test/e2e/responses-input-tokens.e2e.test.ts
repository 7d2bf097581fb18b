/**
 * `POST /v1/responses/input_tokens` (the `openai` SDK's `responses.inputTokens.count`): the Responses twin of
 * Anthropic's count_tokens, answered locally with the estimate the gateway reserves on, for the conversation the
 * door would send (a `previous_response_id`'s stored turns included). It was a 405 saying only GET and DELETE were
 * allowed on that path (the stored-response route's), which told a client nothing true.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMAGE_WORST_TOKENS } from "../../src/classifier/attachment-tokens.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const WEATHER_TOOL = { type: "function" as const, name: "get_weather", description: "Current weather for a city.", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] }, strict: false };

describe("POST /v1/responses/input_tokens with the openai SDK", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());

  it("counts input, instructions and tools, without calling a model", async () => {
    const bare = await gateway.client.responses.inputTokens.count({ model: MODEL, input: "What is the weather in Paris?" });
    expect(bare.object).toBe("response.input_tokens");
    expect(bare.input_tokens).toBeGreaterThan(0);
    const withMore = await gateway.client.responses.inputTokens.count({ model: MODEL, instructions: "Answer as a meteorologist would, in one sentence.", input: "What is the weather in Paris?", tools: [WEATHER_TOOL] });
    expect(withMore.input_tokens).toBeGreaterThan(bare.input_tokens);
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("counts each image as the reservation does, not as nothing (round 23)", async () => {
    const text = { type: "input_text" as const, text: "What is on this screen?" };
    const image = { type: "input_image" as const, detail: "auto" as const, image_url: `data:image/png;base64,${"A".repeat(200_000)}` };
    const bare = await gateway.client.responses.inputTokens.count({ model: MODEL, input: [{ role: "user", content: [text] }] });
    const shown = await gateway.client.responses.inputTokens.count({ model: MODEL, input: [{ role: "user", content: [text, image] }] });
    expect(shown.input_tokens - bare.input_tokens).toBe(IMAGE_WORST_TOKENS);
  });

  it("counts a previous_response_id's stored conversation with the new input", async () => {
    const first = await gateway.client.responses.create({ model: MODEL, input: "Explain recursion with one example, in detail." });
    const alone = await gateway.client.responses.inputTokens.count({ model: MODEL, input: "Shorter." });
    const continued = await gateway.client.responses.inputTokens.count({ model: MODEL, input: "Shorter.", previous_response_id: first.id });
    expect(continued.input_tokens).toBeGreaterThan(alone.input_tokens);
  });

  it("refuses what POST /v1/responses refuses, in OpenAI's envelope", async () => {
    const unknown = await gateway.client.responses.inputTokens.count({ model: MODEL, input: "hi", previous_response_id: "resp_nope" }).catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(OpenAI.BadRequestError);
    expect((unknown as InstanceType<typeof OpenAI.APIError>).code).toBe("previous_response_not_found");
    const tier = await gateway.client.responses.inputTokens.count({ model: "switchyard/tier/nope", input: "hi" }).catch((caught: unknown) => caught);
    expect((tier as InstanceType<typeof OpenAI.APIError>).status).toBe(400);
  });
});
