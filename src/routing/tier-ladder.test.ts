import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { createHeuristicClassifier } from "../classifier/heuristic-classifier.js";
import { defaultConfig, parseConfig } from "../config/parse-config.js";
import { createRequestRouter } from "./request-router.js";

const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const ladderOf = (yaml: Record<string, unknown>): readonly string[] =>
  createRequestRouter({ config: parseConfig(yaml), catalog: builtinCatalog(), classifier: createHeuristicClassifier(), clock }).tiers;

describe("the escalation and downgrade ladder", () => {
  it("keeps the seed's five tiers in their order", () => {
    const router = createRequestRouter({ config: defaultConfig(), catalog: builtinCatalog(), classifier: createHeuristicClassifier(), clock });
    expect(router.tiers).toEqual(["free", "budget", "mid", "standard", "premium"]);
  });

  it("places a tier of your own by its price, so quality escalation never steps down and a downgrade never steps up", () => {
    // Appended after premium, `cheap` (gpt-5-nano) was premium's escalation, and `smart` (gpt-5) downgraded to `cheap`
    // and `cheap` to premium.
    const ladder = ladderOf({
      tiers: { cheap: { models: ["openai/gpt-5-nano"], max_tokens: 1024 }, smart: { models: ["openai/gpt-5"], max_tokens: 4096 } },
    });
    expect(ladder.indexOf("cheap")).toBeLessThan(ladder.indexOf("mid"));
    expect(ladder.indexOf("smart")).toBeGreaterThan(ladder.indexOf("standard"));
    expect(ladder.at(-1)).not.toBe("cheap");
    expect([...ladder].filter((t) => ["free", "budget", "mid", "standard", "premium"].includes(t))).toEqual(["free", "budget", "mid", "standard", "premium"]);
  });

  it("keeps tiers of your own at the same price in their config order", () => {
    const ladder = ladderOf({ tiers: { first: { models: ["openai/gpt-5"], max_tokens: 1024 }, second: { models: ["openai/gpt-5"], max_tokens: 1024 } } });
    expect(ladder.indexOf("first")).toBe(ladder.indexOf("second") - 1);
  });

  it("prices a tier by the model routing asks first, not by a free model it skips", () => {
    // Priced with free models allowed, `cheap: [openai/gpt-oss-20b:free, openai/gpt-5-nano]` (no include_free) and a
    // `cheapest` selector tier went below `free`: an answer from them that failed a quality check was "escalated" to
    // the free tier, and a budget downgrade from `free` went up to them, though their requests are paid (gpt-5-nano).
    for (const models of [["openai/gpt-oss-20b:free", "openai/gpt-5-nano"], [{ cheapest: { needs: [], max_price: 0.3 } }]]) {
      const ladder = ladderOf({ tiers: { cheap: { models, max_tokens: 1024 } } });
      expect(ladder.indexOf("cheap"), JSON.stringify(models)).toBeGreaterThan(ladder.indexOf("free"));
    }
    // A tier that allows free models is still priced by its free first model.
    const free = ladderOf({ tiers: { freebie: { models: ["openai/gpt-oss-20b:free"], max_tokens: 1024, include_free: true } } });
    expect(free.indexOf("freebie")).toBe(free.indexOf("free") - 1);
  });

  it("appends a tier whose models the catalog lacks, as before", () => {
    const ladder = ladderOf({ tiers: { ghost: { models: ["nobody/none"], max_tokens: 512 } } });
    expect(ladder.at(-1)).toBe("ghost");
  });
});
