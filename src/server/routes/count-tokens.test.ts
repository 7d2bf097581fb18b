import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { registerCountTokensRoute } from "./count-tokens.js";

const messages = [{ role: "user", content: "hi" }];

describe("/v1/messages/count_tokens", () => {
  it("refuses a top-level field Anthropic's API does not have, as /v1/messages does, and counts a request it knows", async () => {
    const app = Fastify();
    registerCountTokensRoute(app);
    const count = (body: Record<string, unknown>) => app.inject({ method: "POST", url: "/v1/messages/count_tokens", payload: { model: "claude-sonnet-4-5", messages, ...body } });
    const refused = await count({ temprature: 0.2 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/`temprature` is not accepted here/);
    const counted = await count({ output_config: { effort: "high" }, speed: "fast" });
    expect(counted.statusCode).toBe(200);
    expect(counted.json().input_tokens).toBeGreaterThan(0);
    await app.close();
  });

  it("refuses what /v1/messages refuses: a count never answers a request the door would not take", async () => {
    const app = Fastify();
    registerCountTokensRoute(app);
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
});
