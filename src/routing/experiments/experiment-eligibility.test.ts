import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { createHeuristicClassifier } from "../../classifier/heuristic-classifier.js";
import type { ConfigInput } from "../../config/config-schema.js";
import { parseConfig } from "../../config/parse-config.js";
import type { ChatRequest } from "../../core/types.js";
import type { RoutingAdapter } from "../adapter/routing-adapter.js";
import { createRequestRouter } from "../request-router.js";

const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };

/** A candidate router that picks the tier its quality knob names (0 → the cheapest tier … 1 → the dearest). */
const byQuality: RoutingAdapter = {
  id: "adapter-candidate",
  chooseTier: (input) => ({ tier: input.tiers[Math.round(input.quality * (input.tiers.length - 1))] ?? input.tier, reason: `quality ${input.quality}` }),
};

const routerFor = (experiments: ConfigInput["experiments"], withCandidate = false) =>
  createRequestRouter({
    config: parseConfig({ experiments }),
    catalog: builtinCatalog(),
    classifier: createHeuristicClassifier(),
    clock,
    ...(withCandidate ? { learning: { armAdapters: new Map([["exp", byQuality]]) } } : {}),
  });
const ask = (extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: "switchyard/auto", messages: [{ role: "user", content: "hello there" }], ...extra });

describe("which requests an experiment enrolls: the same kind in both arms", () => {
  it("enrolls only auto requests in a candidate-router variant, even when it also names a model, in either arm", () => {
    for (const share of [0, 1]) {
      const router = routerFor([{ name: "exp", share, variant: { weights: "candidate.json", model: "openai/gpt-5-mini" } }], true);
      const arm = share === 1 ? "variant" : "control";
      // A task-mode request keeps the default router, so in the variant arm it is not the candidate's decision: it
      // is in neither arm, rather than in the control arm only.
      const task = router.route(ask({ model: "switchyard/task/chat", user: "u1" }), { requestId: "d" });
      expect(task.experiment).toBeUndefined();
      expect(task.arm).toBeUndefined();
      const auto = router.route(ask({ user: "u1" }), { requestId: "d" });
      expect([auto.experiment, auto.arm]).toEqual(["exp", arm]);
      expect(auto.router).toBe(share === 1 ? "adapter-candidate" : "shipped");
    }
  });

  it("lets a request's own switchyard.quality stand over the variant's quality under the candidate router", () => {
    const router = routerFor([{ name: "exp", share: 1, variant: { weights: "candidate.json", quality: 1 } }], true);
    const own = router.route(ask({ user: "u1", switchyard: { quality: 0 } }), { requestId: "d" });
    expect([own.arm, own.router, own.decision.tier]).toEqual(["variant", "adapter-candidate", router.tiers[0]]);
    const unset = router.route(ask({ user: "u1" }), { requestId: "d" });
    expect([unset.arm, unset.decision.tier]).toEqual(["variant", router.tiers.at(-1)]);
  });

  it("does not enroll a request with its own switchyard.quality in a quality-only variant, in either arm", () => {
    for (const share of [0, 1]) {
      const router = routerFor([{ name: "q", share, variant: { quality: 1 } }]);
      expect(router.route(ask({ user: "u1", switchyard: { quality: 0 } }), { requestId: "d" }).experiment).toBeUndefined();
      expect(router.route(ask({ user: "u1" }), { requestId: "d" }).experiment).toBe("q");
    }
  });

  it("keeps the request's own quality when a model variant also sets quality", () => {
    const request = ask({ user: "u1", switchyard: { quality: 0 } });
    const control = routerFor([]).route(request, {});
    const plan = routerFor([{ name: "qm", share: 1, variant: { quality: 1, model: "openai/gpt-5-mini" } }]).route(request, { requestId: "d" });
    expect(plan.arm).toBe("variant");
    expect(plan.decision.tier).toBe(control.decision.tier);
    expect(plan.decision.tier).not.toBe("premium");
    expect(plan.decision.model).toBe("openai/gpt-5-mini");
    expect(plan.decision.reasons.join(" ")).toContain("the request's own quality stands over the variant's 1");
  });
});
