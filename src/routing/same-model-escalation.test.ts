/**
 * The same-model quality-retry warning must name the model routing would really ask. It read each tier's first model
 * with free models allowed and no author lists, as the ladder prices tiers, so a model routing skips (a `:free` id in a
 * tier without include_free, an author `routing.deny_authors` lists) was named as "asked again, charged twice".
 */
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { parseConfig } from "../config/parse-config.js";
import { sameModelEscalationWarnings } from "./same-model-escalation.js";

const catalog = builtinCatalog();
const warningsOf = (raw: unknown): string[] => sameModelEscalationWarnings(parseConfig(raw), catalog, Date.now());

describe("sameModelEscalationWarnings", () => {
  it("names a tier whose next tier up starts with the same model", () => {
    expect(warningsOf({ tiers: { cheap: { models: ["openai/gpt-5-nano"], max_tokens: 1024 } }, tasks: { chat: "cheap" } })).toEqual([
      expect.stringMatching(/^tiers\.cheap: .* retried once on budget, .* budget starts with openai\/gpt-5-nano too, so the retry asks the same model again and is charged twice\./),
    ]);
  });

  it("names the model routing asks, not a free model it skips (a free id without include_free)", () => {
    // cheap's first id is free, but without include_free its requests go to gpt-5-nano: it sits below budget, whose
    // first model is gpt-5-nano too. Read with free models allowed, it named gpt-oss-20b:free and the free tier.
    expect(warningsOf({ tiers: { cheap: { models: ["openai/gpt-oss-20b:free", "openai/gpt-5-nano"], max_tokens: 1024 } }, tasks: { chat: "cheap" } })).toEqual([
      expect.stringMatching(/^tiers\.cheap: .* retried once on budget, .* budget starts with openai\/gpt-5-nano too, so the retry asks the same model again and is charged twice\./),
    ]);
  });

  it("is quiet when the shared first model is by an author routing.deny_authors lists", () => {
    const config = { routing: { deny_authors: ["openai"] }, tiers: { cheap: { models: ["openai/gpt-5-nano", "meta-llama/llama-3.3-70b-instruct"], max_tokens: 1024 } }, tasks: { chat: "cheap" } };
    expect(warningsOf(config)).toEqual([]);
  });

  it("does not say a free model is charged twice", () => {
    const config = { tiers: { freebie: { models: ["openai/gpt-oss-20b:free"], max_tokens: 1024, include_free: true } }, tasks: { chat: "freebie" } };
    expect(warningsOf(config)).toEqual([expect.stringMatching(/^tiers\.freebie: .* free starts with openai\/gpt-oss-20b:free too, so the retry asks the same model again\. Give one/)]);
  });
});
