import { describe, expect, it } from "vitest";
import { CATALOG_SNAPSHOTS, readJson } from "../../test/support/shared-data.js";
import type { ModelEntry } from "./model-entry.js";
import { ModelCatalog, passesFilter, type ModelFilter } from "./model-catalog.js";
import { parseCatalog } from "./parse-catalog.js";

/** The plain scan `cheapest` must agree with: every model, cheapest first, the first that passes. */
function linearCheapest(catalog: ModelCatalog, filter: ModelFilter, now: number): ModelEntry | undefined {
  return catalog.listByPrice().find((model) => passesFilter(model, filter, now));
}

const NOW = Date.parse("2026-06-17T00:00:00Z");
const FLOORS = [0, 0.05, 0.2, 1, 2.5, 8, 15, 60, 1e6];

describe("ModelCatalog.cheapest with a price floor", () => {
  it.each(CATALOG_SNAPSHOTS)("starts its scan at the floor and finds what a full scan finds (%s)", (file) => {
    const catalog = new ModelCatalog(parseCatalog(readJson(file)).models, { source: "file" });
    for (const floor of FLOORS) {
      for (const needs of [[], ["tools"], ["reasoning"]] as const) {
        const filter: ModelFilter = { needs, minContext: 128_000, minUsdPerMillionOutputTokens: floor };
        expect(catalog.cheapest(filter, NOW)?.id).toBe(linearCheapest(catalog, filter, NOW)?.id);
      }
    }
  });

  it("scans everything when a price is negative (the blended price no longer bounds the output price)", () => {
    const model = (id: string, input: number, output: number): ModelEntry =>
      ({ id, author: "a", isRouter: false, isFree: false, capabilities: [], contextLength: 1000, pricing: { usdPerMillionInputTokens: input, usdPerMillionOutputTokens: output } }) as unknown as ModelEntry;
    const catalog = new ModelCatalog([model("a/odd", -5, 9), model("a/plain", 1, 2), model("a/dear", 10, 10)], { source: "file" });
    expect(catalog.cheapest({ minUsdPerMillionOutputTokens: 8 }, NOW)?.id).toBe("a/odd");
  });
});
