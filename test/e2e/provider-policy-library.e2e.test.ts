/**
 * `routing.provider_policy` through the library (`createRouter`), against the simulator upstream over real HTTP on
 * 127.0.0.1 (ADR 0054): `prefer` (the default) sends exactly what it sent before the setting existed, `enforce` holds
 * the operator's lists, and a fallback outside the chain (the wider context after context_length_exceeded) keeps to
 * the author lists too.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import { LATEST_CATALOG } from "../support/shared-data.js";
import { InvalidRequestError } from "../../src/core/errors/index.js";
import { createRouter, type Router } from "../../src/create-router.js";
import { createSimulator, type Simulator } from "../../src/testing/index.js";

let simulator: Simulator;
const routers: Router[] = [];
beforeAll(async () => {
  simulator = await createSimulator();
});
afterAll(async () => {
  await Promise.all(routers.map((router) => router.close()));
  await simulator.close();
});
beforeEach(() => {
  simulator.reset();
  simulator.setFault("qwen/qwen3-235b-a22b-2507", null);
});

const LISTS = { allow_providers: ["openai", "azure"], deny_providers: ["deepinfra"], deny_authors: ["anthropic", "amazon"] };

function router(policy: "prefer" | "enforce" | undefined): Router {
  const routing = policy === undefined ? LISTS : { ...LISTS, provider_policy: policy };
  const created = createRouter({ upstream: { base_url: simulator.url }, tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } }, routing });
  routers.push(created);
  return created;
}

const ask = (extra: Record<string, unknown> = {}) => ({ model: "switchyard/tier/e2e", messages: [{ role: "user" as const, content: "hello" }], ...extra });
const sent = (): { model?: string; provider?: unknown }[] => simulator.calls.map((call) => call.body as { model?: string; provider?: unknown });

describe("provider_policy: prefer (the default) is the behaviour before the setting", () => {
  it("lets a client's own lists replace the operator's, and passes an explicit model by a denied author", async () => {
    for (const engine of [router(undefined), router("prefer")]) {
      simulator.reset();
      await engine.chat(ask({ provider: { only: ["together"] } }));
      await engine.chat(ask({ provider: { ignore: [] } }));
      const explicit = await engine.chat(ask({ model: "anthropic/claude-haiku-4.5" }));
      expect(sent()).toEqual([
        expect.objectContaining({ provider: { only: ["together"], ignore: ["deepinfra"] } }),
        expect.objectContaining({ provider: { ignore: [], only: ["openai", "azure"] } }),
        expect.objectContaining({ model: "anthropic/claude-haiku-4.5", provider: { only: ["openai", "azure"], ignore: ["deepinfra"] } }),
      ]);
      expect(explicit.decision.reasons.join(" ")).not.toContain("provider_policy");
      expect(explicit.decision.reasons.join(" ")).toContain("a denied author, but it is passed through as asked");
    }
  });
});

describe("a model the gateway picks outside the chain, under either policy", () => {
  it.each(["prefer", "enforce"] as const)("under %s, widens past a context_length_exceeded only to a model by a permitted author, as the chain's models are", async (policy) => {
    // qwen3-235b holds 262k tokens; the cheapest model with more is amazon/nova-lite-v1 (300k), a denied author: a model
    // the gateway picks itself keeps to deny_authors under either policy (the client named only qwen).
    simulator.setFault("qwen/qwen3-235b-a22b-2507", "context_length_exceeded");
    const result = await router(policy).chat(ask({ model: "qwen/qwen3-235b-a22b-2507" }));
    const models = sent().map((body) => body.model ?? "");
    expect(models[0]).toBe("qwen/qwen3-235b-a22b-2507");
    expect(models.length).toBeGreaterThan(1);
    expect(models.filter((model) => /^(amazon|anthropic)\//.test(model))).toEqual([]);
    expect(result.model).not.toMatch(/^(amazon|anthropic)\//);
  });
});

describe("provider_policy: enforce in the library", () => {
  it("sends the enforced provider object, says so in the decision, and refuses what the lists refuse before any call", async () => {
    const engine = router("enforce");
    const served = await engine.chat(ask({ provider: { only: ["together", "azure"], ignore: [] } }));
    expect(sent()[0]?.provider).toEqual({ only: ["azure"], ignore: ["deepinfra"] });
    const logged = await engine.decisionLog.get(served.decisionId);
    expect(logged?.reasons?.[0]).toMatch(/^routing\.provider_policy is enforce: provider\.only is \["azure"\]/);
    await expect(engine.chat(ask({ provider: { only: ["together"] } }))).rejects.toMatchObject({ param: "provider.only", code: "provider_policy" });
    await expect(engine.stream(ask({ model: "anthropic/claude-haiku-4.5" }))).rejects.toBeInstanceOf(InvalidRequestError);
    // A name without its author is the catalog's model of that name (openai/… for OpenAI SDK code): read as that author's.
    await expect(engine.chat(ask({ model: "claude-haiku-4.5" }))).rejects.toMatchObject({ param: "model", code: "provider_policy" });
    await expect(engine.chat(ask({ models: ["claude-haiku-4.5"] }))).rejects.toMatchObject({ param: "models[0]", code: "provider_policy" });
    await expect(engine.chat(ask({ provider: { only: "openai" } }))).rejects.toMatchObject({ param: "provider.only" });
    expect(sent()).toHaveLength(1);
  });

});

describe("the author lists as the catalog names authors (review of ADR 0054)", () => {
  it("reads a list in any case for routed models too, as for named ones", () => {
    const engine = createRouter({ tiers: { t: { models: ["anthropic/claude-haiku-4.5", "openai/gpt-5-nano"], max_tokens: 100 } }, routing: { provider_policy: "enforce", deny_authors: ["Anthropic"] } });
    routers.push(engine);
    expect(() => engine.route(ask({ model: "anthropic/claude-haiku-4.5" }))).toThrow(/deny_authors/);
    expect(engine.route(ask({ model: "switchyard/tier/t" })).model).toBe("openai/gpt-5-nano");
  });

  it("reads OpenRouter's ~author alias ids as that author's, named, listed in models, or named without the author", () => {
    // The live snapshot lists the aliases (~anthropic/claude-opus-latest, …); the built-in catalog has none.
    const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(LATEST_CATALOG, "utf8"))).models, { source: "file" });
    const engine = createRouter({ routing: { provider_policy: "enforce", deny_authors: ["anthropic"] } }, { catalog });
    routers.push(engine);
    for (const [request, param] of [[ask({ model: "~anthropic/claude-opus-latest" }), "model"], [ask({ model: "claude-opus-latest" }), "model"], [ask({ model: "switchyard/auto", models: ["~anthropic/claude-sonnet-latest"] }), "models[0]"]] as const) {
      expect(() => engine.route(request)).toThrow(expect.objectContaining({ param, code: "provider_policy" }));
    }
  });

});
