import { describe, expect, it } from "vitest";
import { parseConfig } from "./parse-config.js";
import { unreachedTierWarnings } from "./unreached-tier-warnings.js";

const tiers = { cheap: { models: ["openai/gpt-5-nano"], max_tokens: 1024 }, smart: { models: ["openai/gpt-5"], max_tokens: 4096 } };

describe("unreachedTierWarnings", () => {
  it("names each tier of the config's own that no task or experiment reaches, and how to reach it", () => {
    const warnings = unreachedTierWarnings(parseConfig({ tiers }));
    expect(warnings).toEqual([expect.stringMatching(/^tiers\.cheap: no task names it, so auto routing never picks it; .* \(tasks: \{ chat: cheap \}\)\.$/), expect.stringMatching(/^tiers\.smart: /)]);
    // The ladder places a tier of your own by price, so a quality retry from the tier below it reaches it too.
    expect(warnings[0]).toContain("it is reached only as switchyard/tier/cheap, by a quality retry from the tier below it, by a budget downgrade or by an experiment.");
  });

  it("is quiet for a tier a task or an experiment's variant names, and for the built-in tiers", () => {
    const config = parseConfig({ tiers: { ...tiers, budget: { models: ["openai/gpt-5-nano"], max_tokens: 512 } }, tasks: { chat: "cheap" }, experiments: [{ name: "try-smart", share: 0.1, variant: { tier: "smart" } }] });
    expect(unreachedTierWarnings(config)).toEqual([]);
  });
});
