import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../config/parse-config.js";
import { IMAGE_WORST_TOKENS } from "../../classifier/attachment-tokens.js";
import { registerCountTokensRoute } from "./count-tokens.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { RefusedModelIds } from "./refused-model-ids.js";

const messages = [{ role: "user", content: "hi" }];

describe("/v1/messages/count_tokens", () => {
  it("refuses a top-level field Anthropic's API does not have, as /v1/messages does, and counts a request it knows", async () => {
    const app = Fastify();
    registerCountTokensRoute(app, defaultConfig(), builtinCatalog, new RefusedModelIds(SYSTEM_CLOCK));
    const count = (body: Record<string, unknown>) => app.inject({ method: "POST", url: "/v1/messages/count_tokens", payload: { model: "claude-sonnet-4-5", messages, ...body } });
    const refused = await count({ temprature: 0.2 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/`temprature` is not accepted here/);
    const counted = await count({ output_config: { effort: "high" }, speed: "fast" });
    expect(counted.statusCode).toBe(200);
    expect(counted.json().input_tokens).toBeGreaterThan(0);
    await app.close();
  });

  it("counts the tool-call ids as the engine reserves on them: as the provider wrote them, not as the door showed them", async () => {
    const app = Fastify();
    registerCountTokensRoute(app, defaultConfig(), builtinCatalog, new RefusedModelIds(SYSTEM_CLOCK));
    const conversation = (idOf: (n: number) => string) =>
      Array.from({ length: 20 }, (_, n) => [
        { role: "assistant", content: [{ type: "tool_use", id: idOf(n), name: "lookup", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: idOf(n), content: "ok" }] },
      ]).flat();
    const count = async (idOf: (n: number) => string) =>
      (await app.inject({ method: "POST", url: "/v1/messages/count_tokens", payload: { model: "claude-sonnet-4-5", tools: [{ name: "lookup", input_schema: { type: "object" } }], messages: [{ role: "user", content: "go" }, ...conversation(idOf)] } })).json().input_tokens as number;
    const provider = await count((n) => `functions.lookup:${n}`);
    // As an earlier version showed them (`sy64_` + base64url): the door reads them back before the engine counts.
    expect(await count((n) => `sy64_${Buffer.from(`functions.lookup:${n}`).toString("base64url")}`)).toBe(provider);
    await app.close();
  });

  it("refuses what /v1/messages refuses: a count never answers a request the door would not take", async () => {
    const app = Fastify();
    registerCountTokensRoute(app, defaultConfig(), builtinCatalog, new RefusedModelIds(SYSTEM_CLOCK));
    const count = (body: Record<string, unknown>) => app.inject({ method: "POST", url: "/v1/messages/count_tokens", payload: { model: "claude-sonnet-4-5", ...body } });
    const unanswered = [{ role: "user", content: "go" }, { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "read", input: {} }] }, { role: "user", content: "and?" }];
    const refusals: Record<string, unknown>[] = [
      { messages: [{ role: "user", content: "" }] },
      { messages, tool_choice: { type: "any" } },
      { messages: unanswered, tools: [{ name: "read", input_schema: { type: "object" } }] },
    ];
    for (const body of refusals) expect((await count(body)).statusCode, JSON.stringify(body)).toBe(400);
    // No max_tokens (a count has none) and a thinking budget: still counted.
    const counted = await count({ messages, thinking: { type: "enabled", budget_tokens: 4096 } });
    expect(counted.statusCode).toBe(200);
    expect(counted.json().input_tokens).toBeGreaterThan(0);
    await app.close();
  });

  it("refuses a Switchyard model, task or tier /v1/messages would refuse, naming it: Claude Code counted a typo'd model and only its message failed", async () => {
    const app = Fastify();
    registerCountTokensRoute(app, defaultConfig(), builtinCatalog, new RefusedModelIds(SYSTEM_CLOCK));
    const count = (model: string, headers: Record<string, string> = {}) => app.inject({ method: "POST", url: "/v1/messages/count_tokens", headers, payload: { model, messages } });
    for (const [model, code, named] of [["switchyard/tier/premum", "unknown_tier", /Unknown tier "premum"\. Valid tiers: free, budget, mid, standard, premium/], ["switchyard/task/nope", "unknown_task", /Unknown task "nope"/], ["switchyard/premium", "unknown_model", /Did you mean switchyard\/tier\/premium\?/]] as const) {
      const refused = await count(model);
      expect(refused.statusCode, model).toBe(400);
      expect(refused.json(), model).toMatchObject({ code, message: expect.stringMatching(named) });
    }
    expect((await count("switchyard/auto", { "x-switchyard-task": "nope" })).statusCode).toBe(400);
    for (const model of ["switchyard/auto", "switchyard/tier/premium", "switchyard/task/code_generation", "claude-sonnet-4-5", "anthropic/claude-sonnet-4.5"]) expect((await count(model)).statusCode, model).toBe(200);
    await app.close();
  });

  it("counts each image as the reservation does: a screenshot counted as a few tokens, and Claude Code's context meter missed it (round 23)", async () => {
    const app = Fastify();
    registerCountTokensRoute(app, defaultConfig(), builtinCatalog, new RefusedModelIds(SYSTEM_CLOCK));
    const image = { type: "image", source: { type: "base64", media_type: "image/png", data: "A".repeat(500_000) } };
    const count = async (content: unknown[]) =>
      (await app.inject({ method: "POST", url: "/v1/messages/count_tokens", payload: { model: "claude-sonnet-4-5", messages: [{ role: "user", content }] } })).json().input_tokens as number;
    const text = await count([{ type: "text", text: "what is on the screen?" }]);
    expect(await count([{ type: "text", text: "what is on the screen?" }, image])).toBe(text + IMAGE_WORST_TOKENS);
    expect(await count([{ type: "text", text: "what is on the screen?" }, image, image])).toBe(text + 2 * IMAGE_WORST_TOKENS);
    await app.close();
  });
});

