import { describe, expect, it } from "vitest";
import { builtinCatalog } from "./builtin-catalog.js";
import { estimateWorstCaseCostUsd } from "./estimate-cost.js";
import { readCacheWriteAsk } from "./cache-write-ask.js";
import type { ModelEntry } from "./model-entry.js";
import { MAX_BUDGET_USD, toNanoUsd } from "../budget/usd-units.js";

function model(id: string): ModelEntry {
  const found = builtinCatalog().get(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

const cost = (entry: ModelEntry, cacheWrite: "none" | "5m" | "1h"): number => estimateWorstCaseCostUsd(entry, { promptTokens: 100_000, maxTokens: 1, cacheWrite });

describe("a cache write's price in the worst case", () => {
  it("is not added for a model that lists no cache write price: OpenRouter bills writes only where the model has one", () => {
    // OpenAI, DeepSeek and the like cache on their own and bill no write: a Claude Code prompt (marked on every turn)
    // routed to them reserved 1.25x, or 2x with ttl 1h, the input it could be billed.
    for (const id of ["openai/gpt-5-nano", "deepseek/deepseek-v3.2", "meta-llama/llama-3.3-70b-instruct"]) {
      expect(cost(model(id), "5m")).toBe(cost(model(id), "none"));
      expect(cost(model(id), "1h")).toBe(cost(model(id), "none"));
    }
  });

  it("is added for the built-in models whose live catalog entry lists one (Anthropic's 1.25x, 2x for 1h)", () => {
    const haiku = model("anthropic/claude-haiku-4.5");
    expect(haiku.pricing.usdPerMillionCacheWriteTokens).toBeCloseTo(1.25, 9);
    const input = (100_000 * haiku.pricing.usdPerMillionInputTokens) / 1e6;
    expect(cost(haiku, "5m") - cost(haiku, "none")).toBeCloseTo(input * 0.25, 9);
    expect(cost(haiku, "1h") - cost(haiku, "none")).toBeCloseTo(input, 9);
  });

  it("reads a mark on a tool, which writes the cache as a message's mark does", () => {
    const tool = { type: "function", function: { name: "a", parameters: {} } };
    expect(readCacheWriteAsk({ messages: [], tools: [tool] })).toBe("none");
    expect(readCacheWriteAsk({ messages: [], tools: [{ ...tool, cache_control: { type: "ephemeral", ttl: "1h" } }] })).toBe("1h");
  });

  it("reads a mark on a message itself (the Messages door's tool_use breakpoint rides on its assistant message)", () => {
    const call = { role: "assistant", content: null, tool_calls: [{ id: "tu_1", type: "function", function: { name: "a", arguments: "{}" } }] };
    expect(readCacheWriteAsk({ messages: [call] })).toBe("none");
    expect(readCacheWriteAsk({ messages: [{ ...call, cache_control: { type: "ephemeral" } }] })).toBe("5m");
  });
});

describe("a worst case from a catalog row past belief", () => {
  it("stays a finite amount no cap holds, not Infinity (which the ledger reserves as 0)", () => {
    // A garbled catalog's context_length of 1e308 at $10 per million: a PDF named by URL priced the window at Infinity.
    const huge = { ...model("anthropic/claude-haiku-4.5"), contextLength: 1e308, pricing: { ...model("anthropic/claude-haiku-4.5").pricing, usdPerMillionInputTokens: 10 } };
    const cost = estimateWorstCaseCostUsd(huge, { promptTokens: 10, maxTokens: 100, urlAttachments: 1, cacheWrite: "1h" });
    expect(Number.isFinite(cost)).toBe(true);
    expect(cost).toBeGreaterThanOrEqual(MAX_BUDGET_USD);
    expect(toNanoUsd(cost)).toBeGreaterThan(toNanoUsd(MAX_BUDGET_USD) - 1);
  });
});
