/**
 * Journey 1.2: existing OpenAI SDK code pointed at the gateway, changing only the base URL, names its models as
 * OpenAI does (`gpt-4o-mini`), not as OpenRouter does (`openai/gpt-4o-mini`). Such a name went upstream as it was
 * and came back a 400 ("gpt-4o-mini is not a valid model ID"). A name with no author that is exactly one catalog
 * model's name after its author is that model, as the Messages door already reads Claude Code's model names.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRouter } from "../../src/create-router.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const user = [{ role: "user" as const, content: "Summarize this thread: we ship on Friday." }];

describe("a model named without its author", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => gateway.simulator.reset());

  it("is the catalog's model of that name, through the openai SDK unchanged", async () => {
    const { data, response } = await gateway.client.chat.completions.create({ model: "gpt-4o-mini", messages: user }).withResponse();
    expect(data.model).toBe("openai/gpt-4o-mini");
    expect(response.headers.get("x-switchyard-model")).toBe("openai/gpt-4o-mini");
    expect(gateway.simulator.calls.at(-1)?.body).toMatchObject({ model: "openai/gpt-4o-mini" });
  });

  it("is found by GET /v1/models/{id} too (the openai SDK's models.retrieve), which said 'No model' for a name chat accepts", async () => {
    const model = await gateway.client.models.retrieve("gpt-4o-mini");
    expect(model.id).toBe("openai/gpt-4o-mini");
    expect(model.owned_by).toBe("openai");
    // A name no model has is still a 404, with the closest id when one is a few letters off.
    const typo = await gateway.client.models.retrieve("gpt-4o-mnii").catch((error: unknown) => error);
    expect(typo).toMatchObject({ status: 404 });
    expect((typo as Error).message).toContain('Did you mean "openai/gpt-4o-mini"?');
  });

  it("says so in the decision's reasons, and keeps a variant", () => {
    const router = createRouter();
    try {
      const decision = router.route({ model: "gemini-2.5-flash", messages: user });
      expect(decision.model).toBe("google/gemini-2.5-flash");
      expect(decision.reasons.join(" ")).toContain("gemini-2.5-flash names no model on OpenRouter without its author; the catalog's google/gemini-2.5-flash");
      expect(router.route({ model: "gpt-4o-mini:nitro", messages: user }).model).toBe("openai/gpt-4o-mini:nitro");
    } finally {
      void router.close();
    }
  });

  it("answers the upstream's refusal of a name the catalog lacks (OpenAI's 404 model_not_found) with the fix: the near model, /v1/models, switchyard/auto", async () => {
    // Existing code names a typo or a model the catalog does not hold; the upstream's "not a valid model ID" alone
    // left the newcomer guessing what to send instead.
    const typo = await gateway.client.chat.completions.create({ model: "gpt-4o-mnii", messages: user }).catch((error: unknown) => error);
    expect(typo).toMatchObject({ status: 404, code: "model_not_found" });
    const typoMessage = (typo as Error).message;
    expect(typoMessage).toContain(`The model gpt-4o-mnii does not exist: the upstream says "gpt-4o-mnii is not a valid model ID". The gateway's catalog`);
    // The upstream's status is not quoted: "HTTP 400" in a 404's message (round 28).
    expect(typoMessage).not.toMatch(/HTTP \d/);
    expect(typoMessage).toContain('Did you mean "openai/gpt-4o-mini"?');
    expect(typoMessage).toContain("GET /v1/models");
    expect(typoMessage).toContain("switchyard/auto");
    const unknown = await gateway.client.chat.completions.create({ model: "my-finetune-v2", messages: user }).catch((error: unknown) => error);
    expect((unknown as Error).message).toMatch(/The model my-finetune-v2 does not exist: .* The gateway's catalog \(\d+ models\) does not list it either\./);
    expect((unknown as Error).message).not.toContain("Did you mean");
  });

  it("passes through unchanged when no catalog model has that name", () => {
    const router = createRouter();
    try {
      expect(router.route({ model: "my-finetune-v2", messages: user }).model).toBe("my-finetune-v2");
    } finally {
      void router.close();
    }
  });
});
