import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRouter } from "../../src/create-router.js";
import { assignArm } from "../../src/routing/experiments/index.js";
import { CHAIN, startGateway, UPSTREAM_KEY, type Gateway } from "./gateway-harness.js";

const PREMIUM_FIRST = "anthropic/claude-sonnet-4.5";
const VARIANT_MODEL = "openai/gpt-5-mini";
const probe = (user: string, extra: Record<string, unknown> = {}) => ({
  model: "switchyard/task/probe",
  messages: [{ role: "user" as const, content: "Say hello to the gateway." }],
  user,
  ...extra,
});

/** Users 0..n-1 split by the real hash, so the test knows each user's arm without asking the gateway. */
function usersByArm(experiment: string, share: number, n: number): { control: string[]; variant: string[] } {
  const split = { control: [] as string[], variant: [] as string[] };
  for (let index = 0; index < n; index++) split[assignArm(experiment, `user:u${index}`, share)].push(`u${index}`);
  return split;
}

describe("A/B experiments through the gateway (openai SDK + simulator)", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({
      config: {
        tiers: { e2e: { models: [...CHAIN], max_tokens: 300 } },
        tasks: { probe: "e2e", summarization: "e2e" },
        experiments: [
          { name: "probe-premium", match: { task: "probe" }, share: 0.5, variant: { tier: "premium" } },
          { name: "summary-model", match: { task: "summarization" }, share: 0.5, variant: { model: VARIANT_MODEL } },
          { name: "auto-quality", match: { tier: "budget" }, share: 1, variant: { quality: 1 } },
        ],
      },
    });
  });
  afterAll(async () => gateway.close());
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.records.length = 0;
  });

  it("routes each user's arm with the variant tier, sets the header, and records experiment/arm", async () => {
    const { control, variant } = usersByArm("probe-premium", 0.5, 12);
    expect(control.length).toBeGreaterThan(0);
    expect(variant.length).toBeGreaterThan(0);
    for (const [arm, users] of [["control", control], ["variant", variant]] as const) {
      for (const user of users) {
        for (let repeat = 0; repeat < 2; repeat++) {
          const { data, response } = await gateway.client.chat.completions.create(probe(user)).withResponse();
          expect(response.headers.get("x-switchyard-experiment")).toBe(`probe-premium/${arm}`);
          expect(response.headers.get("x-switchyard-tier")).toBe(arm === "variant" ? "premium" : "e2e");
          expect(data.model).toBe(arm === "variant" ? PREMIUM_FIRST : CHAIN[0]);
          expect(gateway.records.at(-1)).toMatchObject({ experiment: "probe-premium", arm, tier: arm === "variant" ? "premium" : "e2e" });
        }
      }
    }
    expect(gateway.records).toHaveLength(2 * (control.length + variant.length));
  });

  it("uses the x-switchyard-user header when the body has no user, and streams carry the header too", async () => {
    const { variant } = usersByArm("probe-premium", 0.5, 12);
    const user = variant[0] ?? "";
    const body = { model: "switchyard/task/probe", messages: [{ role: "user" as const, content: "hi" }], stream: true as const };
    const { data: stream, response } = await gateway.client.chat.completions.create(body, { headers: { "x-switchyard-user": user } }).withResponse();
    let model = "";
    for await (const chunk of stream) model = chunk.model || model;
    expect(response.headers.get("x-switchyard-experiment")).toBe("probe-premium/variant");
    expect(model).toBe(PREMIUM_FIRST);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gateway.records.at(-1)).toMatchObject({ experiment: "probe-premium", arm: "variant", stream: true });
  });

  it("puts the variant model first with the tier's chain as fallbacks", async () => {
    const { control, variant } = usersByArm("summary-model", 0.5, 12);
    const summarize = (user: string) => probe(user, { model: "switchyard/task/summarization" });
    const treated = await gateway.client.chat.completions.create(summarize(variant[0] ?? "")).withResponse();
    expect(treated.data.model).toBe(VARIANT_MODEL);
    expect(treated.response.headers.get("x-switchyard-experiment")).toBe("summary-model/variant");
    expect(gateway.records.at(-1)?.candidates).toEqual([VARIANT_MODEL, ...CHAIN]);
    const untreated = await gateway.client.chat.completions.create(summarize(control[0] ?? ""));
    expect(untreated.model).toBe(CHAIN[0]);
    expect(gateway.records.at(-1)?.candidates).toEqual([...CHAIN]);
    // The variant model fails: the tier's chain takes over and the request stays in the variant arm.
    gateway.simulator.setFault(VARIANT_MODEL, "server_error");
    const rescued = await gateway.client.chat.completions.create(summarize(variant[0] ?? ""));
    expect(rescued.model).toBe(CHAIN[0]);
    expect(gateway.records.at(-1)).toMatchObject({ experiment: "summary-model", arm: "variant", model: CHAIN[0] });
  });

  it("re-picks the auto tier with the variant quality", async () => {
    const auto = { model: "switchyard/auto", messages: [{ role: "user" as const, content: "Hi, how are you?" }], user: "anyone" };
    const { response } = await gateway.client.chat.completions.create(auto).withResponse();
    expect(response.headers.get("x-switchyard-experiment")).toBe("auto-quality/variant");
    // quality 1 moves the auto tier two steps up from budget.
    expect(response.headers.get("x-switchyard-tier")).toBe("standard");
  });

  it("leaves explicit models and named tiers out, without the header", async () => {
    for (const model of [CHAIN[1], "switchyard/tier/e2e"]) {
      const { response } = await gateway.client.chat.completions.create(probe("u1", { model })).withResponse();
      expect(response.headers.get("x-switchyard-experiment")).toBeNull();
      expect(gateway.records.at(-1)).toMatchObject({ experiment: null, arm: null });
    }
  });

  it("keeps the arm when a quality check escalates the request", async () => {
    // The auto-quality variant lifts budget to standard; an empty answer there escalates once to premium.
    gateway.simulator.setFault("google/gemini-2.5-flash", "empty");
    const auto = { model: "switchyard/auto", messages: [{ role: "user" as const, content: "Hi, how are you?" }], user: "anyone" };
    const { data, response } = await gateway.client.chat.completions.create(auto).withResponse();
    expect(data.model).toBe(PREMIUM_FIRST);
    expect(response.headers.get("x-switchyard-experiment")).toBe("auto-quality/variant");
    expect(gateway.records.at(-1)).toMatchObject({ experiment: "auto-quality", arm: "variant", tier: "premium", escalatedTo: "premium" });
  });
});

describe("A/B experiments through the library", () => {
  it("records experiment and arm, assigned by the key id", async () => {
    const gateway = await startGateway();
    try {
      const router = createRouter(
        { upstream: { base_url: gateway.simulator.url }, experiments: [{ name: "lib", match: { task: "chat" }, share: 0.5, variant: { tier: "premium" } }] },
        { apiKey: UPSTREAM_KEY },
      );
      const seen = new Map<string, string>();
      for (let index = 0; index < 8; index++) {
        const keyId = `key${index % 4}`;
        const response = await router.chat({ model: "switchyard/task/chat", messages: [{ role: "user", content: "hello" }] }, { keyId });
        const record = await router.decisionLog.get(response.decisionId);
        const arm = assignArm("lib", `key:${keyId}`, 0.5);
        expect(record).toMatchObject({ experiment: "lib", arm, tier: arm === "variant" ? "premium" : "budget" });
        expect([response.experiment, response.arm]).toEqual(["lib", arm]);
        if (seen.has(keyId)) expect(seen.get(keyId)).toBe(arm);
        seen.set(keyId, arm);
      }
      await router.close();
    } finally {
      await gateway.close();
    }
  });
});
