/**
 * A model the catalog still lists but the upstream no longer serves: OpenRouter refuses a removed id with a 400 "X is
 * not a valid model ID", not the 404 that moves on. The caller of `switchyard/auto` or a tier did not choose it, so
 * the chain goes on to its next model rather than answering the caller a 400 it cannot fix (review of round 27:
 * the 404 for an unknown model must not blame a caller for a model the router chose, and must not stop a chain).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinModels } from "../../src/catalog/builtin-catalog.js";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const GONE = "openai/gpt-gone-e2e";

let gateway: Gateway;
beforeAll(async () => {
  const models = builtinModels();
  const template = models.find((model) => model.id === CHAIN[0]);
  if (!template) throw new Error(`${CHAIN[0]} is not in the built-in catalog`);
  // The gateway's catalog (stale) lists GONE; the simulator's (the upstream's) does not.
  const catalog = new ModelCatalog([...models, { ...template, id: GONE, name: "Gone" }], { source: "builtin" });
  gateway = await startGateway({ config: { tiers: { e2e: { models: [...CHAIN], max_tokens: 300 }, gone: { models: [GONE, CHAIN[0]], max_tokens: 300 } } }, app: { catalog } });
});
afterAll(async () => gateway.close());

describe("a tier model the upstream no longer knows", () => {
  it("fails over to the tier's next model, whole and streamed", async () => {
    const whole = await gateway.client.chat.completions.create({ model: "switchyard/tier/gone", messages: [{ role: "user", content: "Say hello." }] }).withResponse();
    expect(whole.response.headers.get("x-switchyard-model")).toBe(CHAIN[0]);
    expect(whole.response.headers.get("x-switchyard-attempts")).toBe("2");
    const stream = await gateway.client.chat.completions.create({ model: "switchyard/tier/gone", messages: [{ role: "user", content: "Say hello." }], stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    expect(text.length).toBeGreaterThan(0);
  });

  it("is never the caller's 404 model_not_found when it is the chain's last model", async () => {
    const error = await gateway.client.chat.completions.create({ model: GONE, messages: [{ role: "user", content: "Say hello." }] }).catch((caught: unknown) => caught);
    // Named explicitly, a catalog model: the gateway listed it, so it is not the caller's typo.
    expect(error).not.toMatchObject({ status: 404 });
    expect(error).not.toMatchObject({ code: "model_not_found" });
  });
});
