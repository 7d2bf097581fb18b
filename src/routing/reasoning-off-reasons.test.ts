import { describe, expect, it } from "vitest";
import { builtinModels } from "../catalog/builtin-catalog.js";
import { ModelCatalog } from "../catalog/model-catalog.js";
import { createHeuristicClassifier } from "../classifier/heuristic-classifier.js";
import { defaultConfig, parseConfig } from "../config/parse-config.js";
import type { ChatRequest } from "../core/types.js";
import { offSwitchReasons } from "./reasoning-off.js";
import { createRequestRouter } from "./request-router.js";
import { buildDecisionRecord } from "./fallback/build-decision-record.js";

const MANDATORY = "openai/gpt-5-nano";
const OPTIONAL = "google/gemini-2.5-flash";
const UNKNOWN = "google/gemini-2.5-flash-lite";
const flags: Record<string, boolean> = { [MANDATORY]: true, [OPTIONAL]: false };
const catalog = new ModelCatalog(builtinModels().map((model) => (model.id in flags ? { ...model, reasoningMandatory: flags[model.id] } : model)), { source: "builtin" });
const router = createRequestRouter({ config: defaultConfig(), catalog, classifier: createHeuristicClassifier(), clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });
const ask = (model: string, reasoning: Record<string, unknown>): ChatRequest => ({ model, messages: [{ role: "user", content: "Say hi." }], reasoning }) as ChatRequest;

describe("the decision says when the off switch for reasoning is not sent", () => {
  it("names a model that must reason, at the chat door and the translating doors", () => {
    for (const context of [{}, { translatedReasoningOff: true }]) {
      const { decision } = router.route(ask(MANDATORY, { enabled: false }), context);
      expect(decision.reasons.join(" ")).toContain(`the catalog says ${MANDATORY} must reason: sent without the off switch`);
    }
  });

  it("names a model the catalog is silent on, at a translating door only (a chat client's switch is forwarded)", () => {
    const door = router.route(ask(UNKNOWN, { effort: "none" }), { translatedReasoningOff: true });
    expect(door.decision.reasons.join(" ")).toContain(`the catalog does not say whether ${UNKNOWN} can turn it off`);
    const chat = router.route(ask(UNKNOWN, { effort: "none" }));
    expect(chat.decision.reasons.join(" ")).not.toContain("Reasoning was asked off");
  });

  it("says nothing when the model takes the switch, or reasoning was not turned off", () => {
    expect(router.route(ask(OPTIONAL, { enabled: false }), { translatedReasoningOff: true }).decision.reasons.join(" ")).not.toContain("Reasoning was asked off");
    expect(router.route(ask(MANDATORY, { effort: "low" })).decision.reasons.join(" ")).not.toContain("Reasoning was asked off");
  });

  it("names at most three models a line, so a long chain's line keeps its why under the record's 400 characters", () => {
    const chain = Array.from({ length: 9 }, (_, index) => ({ id: `some-provider/a-rather-long-model-name-${index}-instruct`, model: undefined }));
    const [line] = offSwitchReasons("where-optional", chain);
    expect(line).toContain("a-rather-long-model-name-2-instruct and 6 more");
    expect(line).not.toContain("name-3-instruct");
    expect(line?.length).toBeLessThan(400);
    expect(line).toMatch(/so it answers with its default reasoning\.$/);
  });

  it("survives the record's 12-reason cap when the chain skipped many models before it (round 26)", () => {
    const gone = Array.from({ length: 13 }, (_, index) => `gone/model-${index}`);
    const config = parseConfig({ tiers: { budget: { models: [...gone, MANDATORY], max_tokens: 512 } } });
    const long = createRequestRouter({ config, catalog, classifier: createHeuristicClassifier(), clock: { now: () => 0 } });
    const plan = long.route(ask("switchyard/tier/budget", { enabled: false }), { translatedReasoningOff: true });
    expect(plan.decision.reasons.length).toBeGreaterThan(12);
    const record = buildDecisionRecord({ id: "d", createdAt: 0, keyId: null, plan, attempts: [], model: MANDATORY, usage: undefined, costUsd: 0, timeToFirstTokenMs: null, latencyMs: 0, finishReason: "stop", stream: false, status: 200, error: undefined, prompt: null });
    expect(record.reasons).toHaveLength(12);
    expect(record.reasons?.join(" ")).toContain(`the catalog says ${MANDATORY} must reason: sent without the off switch`);
  });
});
