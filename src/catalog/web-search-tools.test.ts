import { describe, expect, it } from "vitest";
import { readWebSearchAsk } from "./web-search-ask.js";

describe("web search turned on by a server tool in `tools`", () => {
  it("reads OpenAI's Responses spellings, which OpenRouter converts to its openrouter:web_search (they reserved nothing)", () => {
    for (const type of ["web_search", "web_search_preview", "web_search_preview_2025_03_11", "web_search_2025_08_26"]) {
      expect(readWebSearchAsk({ tools: [{ type, max_uses: 2, max_results: 4 }] })).toEqual({ searches: 2, results: 8 });
      expect(readWebSearchAsk({ tools: [{ type, parameters: { max_uses: 1, max_results: 3 } }] })).toEqual({ searches: 1, results: 3 });
    }
  });

  it("reserves the searches the model may run when max_uses is not set: up to max_total_results (50 by default), not one search's 5", () => {
    expect(readWebSearchAsk({ tools: [{ type: "openrouter:web_search" }] })).toEqual({ searches: 30, results: 50 });
    expect(readWebSearchAsk({ tools: [{ type: "openrouter:web_search", parameters: { max_total_results: 12 } }] })).toEqual({ searches: 30, results: 12 });
    expect(readWebSearchAsk({ tools: [{ type: "openrouter:web_search", parameters: { max_uses: 3, max_results: 10, max_total_results: 20 } }] })).toEqual({ searches: 3, results: 20 });
    expect(readWebSearchAsk({ tools: [{ type: "openrouter:web_search", parameters: { max_uses: 500 } }] })).toEqual({ searches: 30, results: 50 });
  });

  it("leaves function tools named web_search alone", () => {
    expect(readWebSearchAsk({ tools: [{ type: "function", function: { name: "web_search" } }, { type: "custom", name: "web_search_preview" }] })).toEqual({ searches: 0, results: 0 });
  });
});
