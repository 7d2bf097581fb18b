import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { BudgetExceededError } from "../../core/errors/index.js";
import type { ChatRequest } from "../../core/types.js";
import { parseCatalog } from "../../catalog/parse-catalog.js";
import { LATEST_CATALOG, readJson } from "../../../test/support/shared-data.js";
import { costDrivers } from "./cost-drivers.js";

const catalog = builtinCatalog();
const ask = (extra: Partial<ChatRequest> = {}, content: ChatRequest["messages"][number]["content"] = "look it up"): ChatRequest => ({ model: "openai/gpt-5-nano", messages: [{ role: "user", content }], ...extra });

describe("what a refused worst case holds besides tokens", () => {
  it("names nothing for a plain request, whose advice stays to lower max_tokens", () => {
    expect(costDrivers(ask(), catalog.get("openai/gpt-5-nano"))).toEqual([]);
    const error = new BudgetExceededError({ budget: "global/day", remainingUsd: 0.01, requestedUsd: 0.02 });
    expect(error.message).toContain("Lower max_tokens, pick a cheaper tier, or raise the limit.");
  });

  it("names web search, a file by URL, the fusion panel and a dearer service tier, each in words", () => {
    const file = [{ type: "text", text: "read this" }, { type: "file", file: { filename: "a.pdf", file_data: "https://example.com/a.pdf" } }];
    const drivers = costDrivers(ask({ plugins: [{ id: "web", max_results: 7 }, { id: "fusion" }], service_tier: "priority" }, file), catalog.get("openai/gpt-5-nano"));
    expect(drivers).toHaveLength(4);
    expect(drivers[0]).toBe("web search (up to 7 results)");
    expect(drivers[1]).toMatch(/^1 file given by URL/);
    expect(drivers[2]).toMatch(/fusion plugin/);
    expect(drivers[3]).toMatch(/^service_tier priority \(\d+(\.\d+)?× list prices\)$/);
  });

  it("names a search model's own fee when the request asks no search of it", () => {
    const sonar = parseCatalog(readJson(LATEST_CATALOG)).models.find((model) => model.id === "perplexity/sonar");
    expect(sonar).toBeDefined();
    expect(costDrivers(ask({ model: "perplexity/sonar" }), sonar)).toEqual(["perplexity/sonar's own search fee on every call"]);
    expect(costDrivers(ask({ model: "perplexity/sonar", web_search_options: {} }), sonar)).toEqual(["web search (up to 5 results)"]);
  });

  it("names the default search of a tier's `:online` model, which the request's own model (switchyard/auto) does not show", () => {
    const nano = catalog.get("openai/gpt-5-nano");
    expect(nano).toBeDefined();
    const online = nano && { ...nano, id: "openai/gpt-5-nano:online" };
    expect(costDrivers(ask({ model: "switchyard/auto" }), online, "openai/gpt-5-nano:online")).toEqual(["web search (up to 5 results)"]);
    // A plain candidate of the same request runs none.
    expect(costDrivers(ask({ model: "switchyard/auto" }), nano, "openai/gpt-5-nano")).toEqual([]);
  });

  it("leads the 402's advice with them", () => {
    const error = new BudgetExceededError({ budget: "key:team/day", remainingUsd: 0.01, requestedUsd: 0.05, drivers: ["web search (up to 5 results)", "OpenRouter's fusion plugin"] });
    expect(error.message).toContain("Its worst case includes web search (up to 5 results) and OpenRouter's fusion plugin, billed beside the tokens: turn them off or lower max_tokens, pick a cheaper tier, or raise the limit.");
  });
});
