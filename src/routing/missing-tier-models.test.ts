import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { parseConfig } from "../config/parse-config.js";
import { missingTierModelWarnings } from "./missing-tier-models.js";

describe("tier model ids missing from the catalog", () => {
  const catalog = builtinCatalog();

  it("names each tier's missing ids and says what is left", () => {
    const config = parseConfig({
      tiers: {
        budget: { models: ["nonexistent/model-x", "openai/gpt-5-nano"], max_tokens: 512 },
        lonely: { models: ["gone/one", "gone/two"], max_tokens: 512 },
        picked: { models: [{ cheapest: { min_context: 8000 } }], max_tokens: 512 },
      },
    });
    const warnings = missingTierModelWarnings(config, catalog);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^tiers\.budget: nonexistent\/model-x is not in the catalog \(\d+ models\) and will be skipped; 1 other entry remains/);
    expect(warnings[1]).toMatch(/^tiers\.lonely: gone\/one, gone\/two are not in the catalog .* the tier has no other model/);
  });

  it("names the listed id a misspelled one was probably meant to be", () => {
    const config = parseConfig({ tiers: { budget: { models: ["openai/gpt-5-nanoo", "nonexistent/model-x"], max_tokens: 512 } } });
    const [warning] = missingTierModelWarnings(config, catalog);
    expect(warning).toMatch(/^tiers\.budget: openai\/gpt-5-nanoo \(did you mean "openai\/gpt-5-nano"\?\), nonexistent\/model-x are not in the catalog/);
  });

  it("says nothing for the default config against the built-in catalog", () => {
    expect(missingTierModelWarnings(parseConfig({}), catalog)).toEqual([]);
  });
});
