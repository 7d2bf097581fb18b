import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelCatalog, type ModelFilter } from "../catalog/model-catalog.js";
import type { ModelEntry } from "../catalog/model-entry.js";
import type { TierModel } from "../config/config-schema.js";
import { DEFAULT_TIERS } from "../config/default-config.js";
import type { Capability } from "../core/types.js";
import { resolveChain } from "./resolve-chain.js";
import { resolveChainRemembered } from "./resolved-chain-memo.js";

const DAY = 86_400_000;
const START = Date.parse("2026-06-01T00:00:00Z");
const CONTEXTS = [4_096, 8_192, 32_000, 128_000, 131_072, 200_000, 1_000_000];
const NEEDS: Capability[][] = [[], ["tools"], ["vision"], ["tools", "json"]];

function model(index: number): ModelEntry {
  const price = 0.05 * (index + 1);
  return {
    id: `vendor${index % 4}/model-${index}`,
    name: `model ${index}`,
    author: `vendor${index % 4}`,
    contextLength: CONTEXTS[index % CONTEXTS.length] as number,
    maxCompletionTokens: null,
    pricing: { usdPerMillionInputTokens: price, usdPerMillionOutputTokens: price * 4, usdPerRequest: 0, usdPerImage: 0, usdPerMillionCacheReadTokens: 0, usdPerMillionCacheWriteTokens: 0, usdPerMillionReasoningTokens: 0 },
    capabilities: (["tools", "vision", "json", "tools"] as Capability[]).slice(0, index % 4),
    inputModalities: ["text"],
    supportedParameters: [],
    // Every third model, cheap ones included, retires on a day of June: some requests come after, some before.
    expirationDate: index % 3 === 1 ? new Date(START + (index % 20) * DAY).toISOString() : null,
    isFree: index % 11 === 0,
    isRouter: false,
  };
}

const catalog = new ModelCatalog(Array.from({ length: 60 }, (_, index) => model(index)), { source: "file" });
const tiers: (readonly TierModel[])[] = [
  (DEFAULT_TIERS.budget as { models: readonly TierModel[] }).models,
  [{ cheapest: { needs: [], include_free: false } }, { cheapest: { needs: [], include_free: false, min_context: 128_000 } }],
  ["vendor1/model-5", { cheapest: { needs: ["tools"], include_free: false } }],
  [{ cheapest: { needs: [], include_free: true, max_price: 1 } }, "vendor2/model-2"],
  ["vendor1/model-1", "vendor2/model-6", { cheapest: { needs: [], include_free: false, min_context: 128_000, min_price: 0.5, max_price: 40 } }],
  [{ cheapest: { needs: ["tools"], include_free: true } }, { cheapest: { needs: [], include_free: false, authors: ["vendor3"] } }, "vendor0/model-0"],
];

const request = fc.record({
  tier: fc.integer({ min: 0, max: tiers.length - 1 }),
  needs: fc.integer({ min: 0, max: NEEDS.length - 1 }),
  // Around every context length of the catalog, so requests fall on both sides of each.
  minContext: fc.oneof(fc.integer({ min: 0, max: 1_100_000 }), fc.constantFrom(...CONTEXTS).chain((c) => fc.integer({ min: c - 2, max: c + 2 }))),
  // Whole days too: the instant a model expires is a boundary.
  day: fc.oneof(fc.double({ min: -1, max: 25, noNaN: true }), fc.integer({ min: -1, max: 25 }), fc.integer({ min: -1, max: 25 }).map((d) => d - 1e-9)),
  // The same request again a little earlier or later, with a little more context: it hits what the first remembered.
  laterDays: fc.oneof(fc.double({ min: -6, max: 6, noNaN: true }), fc.integer({ min: -6, max: 6 }), fc.constantFrom(1e-9, -1e-9)),
  moreContext: fc.integer({ min: 0, max: 3 }),
  includeFree: fc.boolean(),
  deny: fc.boolean(),
});

describe("resolveChainRemembered", () => {
  it("gives exactly what a fresh resolution gives, whatever came before", () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 40 }), (requests) => {
        for (const r of requests) {
          for (const [minContext, day] of [[r.minContext, r.day], [r.minContext + r.moreContext, r.day + r.laterDays]] as const) {
            const filter: ModelFilter = { needs: NEEDS[r.needs], minContext, includeFree: r.includeFree, denyAuthors: r.deny ? ["vendor2"] : [] };
            const input = { entries: tiers[r.tier] as readonly TierModel[], catalog, filter, now: START + day * DAY };
            const remembered = resolveChainRemembered(input);
            const fresh = resolveChain(input);
            expect(remembered.models.map((m) => m.id)).toEqual(fresh.models.map((m) => m.id));
            expect(remembered.skipped).toEqual(fresh.skipped);
            expect(remembered.missing).toEqual(fresh.missing);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("starts afresh for a new catalog", () => {
    const entries: TierModel[] = [{ cheapest: { needs: [], include_free: false } }];
    const filter: ModelFilter = { minContext: 100 };
    expect(resolveChainRemembered({ entries, catalog, filter, now: START }).models[0]?.id).toBe("vendor1/model-1");
    const cheaper = new ModelCatalog([...catalog.list(), { ...model(61), id: "vendor9/cheaper", author: "vendor9", pricing: { ...model(61).pricing, usdPerMillionInputTokens: 0.001, usdPerMillionOutputTokens: 0.001 } }], { source: "file" });
    expect(resolveChainRemembered({ entries, catalog: cheaper, filter, now: START }).models[0]?.id).toBe("vendor9/cheaper");
  });
});
