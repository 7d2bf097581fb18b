import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BudgetExceededError } from "./core/errors/index.js";
import { createRouter } from "./create-router.js";
import { createUpstreamClient } from "./upstream/upstream-client.js";
import { createSimulator, type Simulator } from "./testing/index.js";

let simulator: Simulator;
beforeAll(async () => {
  simulator = await createSimulator();
});
afterAll(async () => {
  await simulator.close();
});

const budgetModels = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"];
const config = (extra: Record<string, unknown> = {}) => ({
  upstream: { base_url: simulator.url },
  tiers: {
    budget: { models: budgetModels, max_tokens: 256 },
    mid: { models: ["google/gemini-2.5-flash-lite"], max_tokens: 512 },
  },
  ...extra,
});
const ask = (content: string) => ({ model: "switchyard/tier/budget", messages: [{ role: "user", content }] });

describe("createRouter (library)", () => {
  it("routes, calls the upstream, and logs one decision", async () => {
    simulator.reset();
    const router = createRouter(config(), { apiKey: "sk-or-test" });
    const response = await router.chat(ask("Say hello"));
    expect(response.model).toBe("openai/gpt-5-nano");
    expect(response.completion.choices[0]?.message?.content).toBeTruthy();
    expect(response.costUsd).toBeGreaterThan(0);
    expect(response.decision.tier).toBe("budget");
    expect(simulator.calls.at(-1)?.headers.authorization).toBe("Bearer sk-or-test");
    expect(await router.feedback({ decisionId: response.decisionId, score: 0.9, label: "good" })).toBe(true);
    const record = await router.decisionLog.get(response.decisionId);
    expect(record).toMatchObject({ model: "openai/gpt-5-nano", outcome: "served", feedbackScore: 0.9 });
    expect(router.route(ask("Say hello")).model).toBe("openai/gpt-5-nano");
    await router.close();
  });

  it("refuses n other than 1 before any upstream call, as the gateway does (budgets reserve one answer)", async () => {
    simulator.reset();
    const router = createRouter(config());
    await expect(router.chat({ ...ask("Say hello"), n: 3 } as Parameters<typeof router.chat>[0])).rejects.toThrow(/one choice per request/);
    expect(() => router.route({ ...ask("Say hello"), n: 2 } as Parameters<typeof router.route>[0])).toThrow(expect.objectContaining({ param: "n" }));
    expect(router.route({ ...ask("Say hello"), n: 1 } as Parameters<typeof router.route>[0]).model).toBe("openai/gpt-5-nano");
    expect(simulator.calls).toHaveLength(0);
    await router.close();
  });

  it("escalates once to the next tier when the answer fails a quality check", async () => {
    simulator.reset();
    simulator.setFault("openai/gpt-5-nano", "empty");
    const router = createRouter(config());
    const response = await router.chat(ask("Say hello"));
    expect(response.escalatedTo).toBe("mid");
    expect(response.model).toBe("google/gemini-2.5-flash-lite");
    const record = await router.decisionLog.get(response.decisionId);
    expect(record?.qualityChecks).toEqual(["empty"]);
    expect(record?.escalatedTo).toBe("mid");
    expect(record?.attempts.map((attempt) => attempt.model)).toEqual(["openai/gpt-5-nano", "google/gemini-2.5-flash-lite"]);
    await router.close();
  });

  it("escalates when the caller's validator rejects the answer", async () => {
    simulator.reset();
    const router = createRouter(config());
    const response = await router.chat(ask("Say hello"), { validator: () => "must cite a source" });
    expect(response.escalatedTo).toBe("mid");
    await router.close();
  });

  it("says whether the answer it returns passed the validator (escalation is tried once, so it may not)", async () => {
    // Journey 4: a validator that rejects answers without a citation. Both the first and the escalated answer lack
    // one; chat() returned the escalated answer with nothing saying it still failed.
    simulator.reset();
    const router = createRouter(config());
    const cites = ({ content }: { content: string }) => /\[\d+\]/.test(content) || "no citation";
    const failed = await router.chat(ask("Say hello"), { validator: cites });
    expect(failed.escalatedTo).toBe("mid");
    expect(failed.qualityChecks).toEqual(["validator"]);
    // The escalated answer passes: the list is empty, though the first answer failed (the log keeps that one).
    let calls = 0;
    const passed = await router.chat(ask("Say hello"), { validator: () => (calls++ === 0 ? "no citation" : true) });
    expect(passed.escalatedTo).toBe("mid");
    expect(passed.qualityChecks).toEqual([]);
    expect((await router.decisionLog.get(passed.decisionId))?.qualityChecks).toEqual(["validator"]);
    const clean = await router.chat(ask("Say hello"));
    expect(clean).toMatchObject({ escalatedTo: null, qualityChecks: [] });
    await router.close();
  });

  it("refuses with 402 when the budget cannot cover the worst case, or downgrades when configured", async () => {
    simulator.reset();
    const budgets = [{ scope: "tier", name: "mid", window: "day", limit_usd: 0.0000001 }];
    const strict = createRouter(config({ budgets }));
    const midRequest = { model: "switchyard/tier/mid", messages: [{ role: "user", content: "hi" }] };
    await expect(strict.chat(midRequest)).rejects.toBeInstanceOf(BudgetExceededError);
    const lenient = createRouter(config({ budgets, on_exceed: "downgrade" }));
    const response = await lenient.chat(midRequest);
    expect(response.decision.tier).toBe("budget");
    expect(response.decision.reasons.join(" ")).toMatch(/on_exceed: downgrade moved the request to budget/);
    await strict.close();
    await lenient.close();
  });

  it("says every step of a downgrade over more than one tier, not only the last", async () => {
    // standard → mid → budget kept only "could not cover the mid tier": the record no longer said it began at standard.
    simulator.reset();
    const budgets = [{ scope: "global", window: "day", limit_usd: 0.0002 }];
    const router = createRouter(config({ budgets, on_exceed: "downgrade" }));
    const response = await router.chat({ model: "switchyard/tier/standard", messages: [{ role: "user", content: "hi" }] });
    expect(response.decision.tier).toBe("budget");
    const reasons = response.decision.reasons.join("\n");
    expect(reasons).toContain("could not cover the standard tier, so on_exceed: downgrade moved the request to mid.");
    expect(reasons).toContain("could not cover the mid tier, so on_exceed: downgrade moved the request to budget.");
    // In the place of the bare "The tier was moved to budget.", before the chain's own reasons, not after them.
    expect(reasons).not.toContain("The tier was moved to");
    expect(reasons.indexOf("moved the request to budget")).toBeLessThan(reasons.indexOf("No max_tokens was given"));
    await router.close();
  });

  it("never downgrades into the free tier unless routing.include_free allows free models", async () => {
    simulator.reset();
    const budgets = [{ scope: "tier", name: "budget", window: "day", limit_usd: 0.0000001 }];
    const budgetRequest = { model: "switchyard/tier/budget", messages: [{ role: "user", content: "hi" }] };
    // budget is the cheapest tier but free: free models, heavily rate-limited upstream, are not the gateway's to pick.
    const paidOnly = createRouter(config({ budgets, on_exceed: "downgrade" }));
    await expect(paidOnly.chat(budgetRequest)).rejects.toBeInstanceOf(BudgetExceededError);
    expect(simulator.calls).toHaveLength(0);
    const allowingFree = createRouter(config({ budgets, on_exceed: "downgrade", routing: { include_free: true } }));
    const response = await allowingFree.chat(budgetRequest);
    expect(response.decision.tier).toBe("free");
    expect(response.model).toMatch(/:free$/);
    await paidOnly.close();
    await allowingFree.close();
  });

  it("streams parsed chunks through the fallback chain", async () => {
    simulator.reset();
    simulator.setFault("openai/gpt-5-nano", "server_error");
    const upstream = createUpstreamClient({ baseUrl: simulator.url, connectTimeoutMs: 1000 });
    const router = createRouter(config(), { upstream });
    const stream = await router.stream(ask("Tell me a story"));
    expect(stream.model).toBe("mistralai/mistral-small-3.2-24b-instruct");
    let text = "";
    for await (const chunk of stream) text += chunk.choices?.[0]?.delta?.content ?? "";
    expect(text.length).toBeGreaterThan(0);
    await router.close();
    await upstream.close();
  });

  it("leaves out the usage-only chunk when the caller set stream_options.include_usage: false, as the gateway's chat door", async () => {
    const router = createRouter(config());
    for (const asked of [undefined, false, true]) {
      simulator.reset();
      const request = { ...ask("Tell me a story"), ...(asked !== undefined ? { stream_options: { include_usage: asked } } : {}) };
      const stream = await router.stream(request);
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      const usageOnly = chunks.filter((chunk) => chunk.choices?.length === 0 && chunk.usage);
      expect(usageOnly, String(asked)).toHaveLength(asked === false ? 0 : 1);
      // The upstream is asked for usage either way: the record has the real token counts.
      expect(simulator.calls.at(-1)?.body).toMatchObject({ stream_options: { include_usage: true } });
      expect((await router.decisionLog.get(stream.decisionId))?.outputTokens).toBeGreaterThan(0);
    }
    await router.close();
  });
});
