import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { createHeuristicClassifier } from "../../classifier/heuristic-classifier.js";
import type { ConfigInput } from "../../config/config-schema.js";
import { parseConfig } from "../../config/parse-config.js";
import type { ChatRequest } from "../../core/types.js";
import { createRequestRouter, type RouteContext } from "../request-router.js";
import { assignArm, hash32 } from "./hash-unit.js";
import { buildDecisionRecord } from "../fallback/build-decision-record.js";

const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const routerFor = (experiments: ConfigInput["experiments"]) =>
  createRequestRouter({ config: parseConfig({ experiments }), catalog: builtinCatalog(), classifier: createHeuristicClassifier(), clock });
const ask = (extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: "switchyard/task/chat", messages: [{ role: "user", content: "hello there" }], ...extra });

describe("hash-based arm assignment", () => {
  it("is a fixed function of experiment and unit (FNV-1a + fmix32)", () => {
    // Pinned values: a change here reshuffles every running experiment.
    // Published FNV-1a 32-bit values ("" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968), through fmix32.
    const fmix32 = (h: number): number => {
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return (h ^ (h >>> 16)) >>> 0;
    };
    expect(hash32("")).toBe(fmix32(0x811c9dc5));
    expect(hash32("a")).toBe(fmix32(0xe40c292c));
    expect(hash32("foobar")).toBe(fmix32(0xbf9cf968));
    expect(hash32("exp\u0000user:1")).not.toBe(hash32("exp\u0000user:2"));
    expect(assignArm("e", "u", 0)).toBe("control");
    expect(assignArm("e", "u", 1)).toBe("variant");
  });

  it.each([0.1, 0.5, 0.9])("sends share %s of 10k units to the variant (within ±2%%)", (share) => {
    let variant = 0;
    for (let index = 0; index < 10_000; index++) if (assignArm("code-exp", `user-${index}`, share) === "variant") variant++;
    expect(Math.abs(variant / 10_000 - share)).toBeLessThan(0.02);
  });

  it("assigns independently per experiment", () => {
    let same = 0;
    for (let index = 0; index < 2_000; index++) if (assignArm("a", `u${index}`, 0.5) === assignArm("b", `u${index}`, 0.5)) same++;
    expect(same / 2_000).toBeGreaterThan(0.45);
    expect(same / 2_000).toBeLessThan(0.55);
  });

  it("raising the share only moves control units to the variant", () => {
    for (let index = 0; index < 2_000; index++) {
      if (assignArm("x", `u${index}`, 0.2) === "variant") expect(assignArm("x", `u${index}`, 0.3)).toBe("variant");
    }
  });
});

describe("experiments in the router", () => {
  const halfPremium = [{ name: "chat-premium", match: { task: "chat" }, share: 0.5, variant: { tier: "premium" } }];

  it("keeps a user in one arm and applies the variant tier", () => {
    const router = routerFor(halfPremium);
    const arms = new Map<string, string>();
    for (let index = 0; index < 200; index++) {
      const context: RouteContext = { requestId: `dec_${index}` };
      const plan = router.route(ask({ user: `u${index % 20}` }), context);
      expect(plan.experiment).toBe("chat-premium");
      const arm = plan.arm ?? "";
      const seen = arms.get(`u${index % 20}`);
      if (seen) expect(arm).toBe(seen);
      arms.set(`u${index % 20}`, arm);
      expect(plan.decision.tier).toBe(arm === "variant" ? "premium" : "budget");
      expect(plan.decision.reasons.join(" ")).toContain(`${arm} arm`);
    }
    expect(new Set(arms.values())).toEqual(new Set(["control", "variant"]));
  });

  it("prefers the user (scoped by the key), then the header, then the key id, then the decision id as the unit", () => {
    const router = routerFor([{ name: "all", share: 0.5, variant: { tier: "premium" } }]);
    const armOf = (request: ChatRequest, context: RouteContext) => router.route(request, context).arm;
    const expected = (unit: string) => assignArm("all", unit, 0.5);
    for (let index = 0; index < 30; index++) {
      // A team behind one key is many users: each is its own unit.
      expect(armOf(ask({ user: `u${index}` }), { keyId: "team", requestId: "d" })).toBe(expected(`user:team/u${index}`));
      expect(armOf(ask(), { keyId: `k${index}`, requestId: "d" })).toBe(expected(`key:k${index}`));
      expect(armOf(ask({ user: `u${index}` }), { userHeader: "h", requestId: "d" })).toBe(expected(`user:u${index}`));
      expect(armOf(ask(), { userHeader: `u${index}`, requestId: "d" })).toBe(expected(`user:u${index}`));
      expect(armOf(ask(), { requestId: `d${index}` })).toBe(expected(`decision:d${index}`));
    }
    expect(router.route(ask(), {}).experiment).toBeUndefined();
  });

  it("keeps a digest of the unit for the report's clusters, never the raw user id; none when the request is its own unit", () => {
    const router = routerFor([{ name: "all", share: 0.5, variant: { tier: "premium" } }]);
    const first = router.route(ask({ user: "alice@example.com" }), { keyId: "team", requestId: "d1" });
    const again = router.route(ask({ user: "alice@example.com" }), { keyId: "team", requestId: "d2" });
    const other = router.route(ask({ user: "bob@example.com" }), { keyId: "team", requestId: "d3" });
    expect(first.experimentUnit).toMatch(/^[\w-]{16}$/);
    expect(again.experimentUnit).toBe(first.experimentUnit);
    expect(other.experimentUnit).not.toBe(first.experimentUnit);
    expect(first.experimentUnit).not.toContain("alice");
    expect(router.route(ask(), { requestId: "d4" }).experimentUnit).toBeNull();
    const record = buildDecisionRecord({ id: "d1", createdAt: 0, keyId: "team", plan: first, attempts: [], model: null, usage: undefined, costUsd: 0, timeToFirstTokenMs: null, latencyMs: 1, finishReason: null, stream: false, status: 200, error: undefined, prompt: null, experiment: first.experiment ?? null, arm: first.arm ?? null });
    expect(record.experimentUnit).toBe(first.experimentUnit);
  });

  it("does not enroll explicit models, named tiers, cheapest, or non-matching tasks; first match wins", () => {
    const router = routerFor([
      { name: "off", share: 1, variant: { tier: "premium" }, enabled: false },
      { name: "code", match: { task: "code_generation" }, share: 1, variant: { tier: "premium" } },
      { name: "budget-tier", match: { tier: "budget" }, share: 1, variant: { tier: "mid" } },
      { name: "later", share: 1, variant: { tier: "premium" } },
    ]);
    const context = { requestId: "d1" };
    expect(router.route(ask({ model: "openai/gpt-5-nano" }), context).experiment).toBeUndefined();
    expect(router.route(ask({ model: "switchyard/tier/budget" }), context).experiment).toBeUndefined();
    expect(router.route(ask({ switchyard: { tier: "budget" } }), context).experiment).toBeUndefined();
    expect(router.route(ask({ model: "switchyard/cheapest" }), context).experiment).toBeUndefined();
    const chat = router.route(ask(), context);
    expect([chat.experiment, chat.arm, chat.decision.tier]).toEqual(["budget-tier", "variant", "mid"]);
    const code = router.route(ask({ model: "switchyard/task/code_generation" }), context);
    expect([code.experiment, code.decision.tier]).toEqual(["code", "premium"]);
    const math = router.route(ask({ model: "switchyard/task/math" }), context);
    expect([math.experiment, math.decision.tier]).toEqual(["later", "premium"]);
  });

  it("puts the variant model first and keeps the tier's chain as fallbacks", () => {
    const control = routerFor([]).route(ask(), {});
    const plan = routerFor([{ name: "m", share: 1, variant: { model: "openai/gpt-5-mini" } }]).route(ask(), { requestId: "d" });
    expect(plan.arm).toBe("variant");
    expect(plan.decision.model).toBe("openai/gpt-5-mini");
    expect(plan.decision.fallbacks).toEqual(control.chain.map((c) => c.id).filter((id) => id !== "openai/gpt-5-mini"));
    expect(plan.decision.tier).toBe(control.decision.tier);
    expect(plan.decision.estimated_cost_usd).toBeGreaterThan(control.decision.estimated_cost_usd);
  });

  it("leaves the chain alone when the variant model is unknown, but keeps the arm", () => {
    const plan = routerFor([{ name: "m", share: 1, variant: { model: "nobody/nothing" } }]).route(ask(), { requestId: "d" });
    expect(plan.arm).toBe("variant");
    expect(plan.decision.model).not.toBe("nobody/nothing");
    expect(plan.decision.reasons.join(" ")).toContain("nobody/nothing is not in the catalog");
  });

  it("re-picks the auto tier with the variant quality, and skips task-mode requests for quality-only variants", () => {
    const router = routerFor([{ name: "q", share: 1, variant: { quality: 1 } }]);
    const auto = router.route(ask({ model: "switchyard/auto" }), { requestId: "d" });
    const control = routerFor([]).route(ask({ model: "switchyard/auto" }), {});
    expect(auto.arm).toBe("variant");
    expect(["budget", "mid", "standard", "premium"].indexOf(auto.decision.tier)).toBe(
      Math.min(3, ["budget", "mid", "standard", "premium"].indexOf(control.decision.tier) + 2),
    );
    expect(router.route(ask(), { requestId: "d" }).experiment).toBeUndefined();
  });

  it("refuses a config whose experiment names an unknown tier (it would never match)", () => {
    expect(() => routerFor([{ name: "x", match: { tier: "platinum" }, share: 0.5, variant: { tier: "mid" } }])).toThrow(/experiments\[0\]\.match\.tier: unknown tier "platinum"/);
    expect(() => routerFor([{ name: "x", share: 0.5, variant: { tier: "gold" } }])).toThrow(/experiments\[0\]\.variant\.tier: unknown tier "gold"/);
  });

  it("does not enroll a key that may not use the variant tier", () => {
    const router = routerFor(halfPremium.map((e) => ({ ...e, share: 1 })));
    expect(router.route(ask(), { keyId: "k", allowedTiers: ["budget"] }).experiment).toBeUndefined();
    expect(router.route(ask(), { keyId: "k", allowedTiers: ["budget", "premium"] }).arm).toBe("variant");
    // Nor in the control arm: that key's traffic would otherwise be in one arm only.
    const controlOnly = routerFor(halfPremium.map((e) => ({ ...e, share: 0 })));
    expect(controlOnly.route(ask(), { keyId: "k", allowedTiers: ["budget"] }).experiment).toBeUndefined();
    expect(controlOnly.route(ask(), { keyId: "k", allowedTiers: ["budget", "premium"] }).arm).toBe("control");
  });

  it("costs little on the hot path when no experiment matches", () => {
    const router = routerFor([{ name: "code", match: { task: "code_generation" }, share: 0.5, variant: { tier: "premium" } }]);
    const baseline = routerFor([]);
    const time = (r: typeof router): number => {
      const start = process.hrtime.bigint();
      for (let index = 0; index < 5_000; index++) r.route(ask(), { requestId: "d" });
      return Number(process.hrtime.bigint() - start) / 5_000;
    };
    time(router);
    time(baseline);
    const overheadNs = Math.min(time(router), time(router)) - Math.max(time(baseline), time(baseline));
    // Loose bound for a shared CI box; the benchmark in the report measures the real figure.
    expect(overheadNs).toBeLessThan(20_000);
  });
});
