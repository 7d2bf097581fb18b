import { describe, expect, it } from "vitest";
import { builtinModels } from "../../catalog/builtin-catalog.js";
import { parseCatalog } from "../../catalog/parse-catalog.js";
import { formatUsdPerToken, renderModelsBody } from "./render-models-body.js";

describe("renderModelsBody", () => {
  it("formats per-million prices as OpenRouter's per-token decimal strings", () => {
    expect(formatUsdPerToken(0.15)).toBe("0.00000015");
    expect(formatUsdPerToken(10)).toBe("0.00001");
    expect(formatUsdPerToken(0.075)).toBe("0.000000075");
    expect(formatUsdPerToken(0)).toBe("0");
  });

  it("round-trips the built-in catalog through parseCatalog", () => {
    const models = builtinModels();
    const parsed = parseCatalog(renderModelsBody(models));
    expect(parsed.skipped).toEqual([]);
    expect(parsed.models).toHaveLength(models.length);
    parsed.models.forEach((model, index) => {
      const original = models[index];
      if (!original) throw new Error("missing model");
      expect(model.id).toBe(original.id);
      expect(model.contextLength).toBe(original.contextLength);
      expect(model.maxCompletionTokens).toBe(original.maxCompletionTokens);
      expect(model.isFree).toBe(original.isFree);
      expect([...model.capabilities].sort()).toEqual([...original.capabilities].sort());
      for (const key of Object.keys(original.pricing) as (keyof typeof original.pricing)[]) {
        expect(model.pricing[key] ?? 0).toBeCloseTo(original.pricing[key] ?? 0, 9);
      }
    });
  });

  it("omits zero-price keys other than prompt and completion, like OpenRouter since 2026", () => {
    const [row] = renderModelsBody(builtinModels().filter((model) => model.isFree).slice(0, 1)).data;
    expect(row?.pricing).toEqual({ prompt: "0", completion: "0" });
  });
});

describe("renderModelsBody's reasoning object (OpenRouter's /models since mid-2026)", () => {
  it("says mandatory for the models whose reasoning the simulator will not turn off, and nothing for non-reasoning models", () => {
    const ids = ["openai/gpt-5-nano", "google/gemini-2.5-flash", "meta-llama/llama-3.3-70b-instruct"];
    const rows = renderModelsBody(builtinModels().filter((model) => ids.includes(model.id))).data;
    const reasoningOf = (id: string): unknown => (rows.find((row) => row.id === id) as { reasoning?: unknown } | undefined)?.reasoning;
    expect(reasoningOf("openai/gpt-5-nano")).toEqual({ mandatory: true });
    expect(reasoningOf("google/gemini-2.5-flash")).toEqual({ mandatory: false });
    expect(reasoningOf("meta-llama/llama-3.3-70b-instruct")).toBeUndefined();
    expect(parseCatalog({ data: rows }).models.map((model) => [model.id, model.reasoningMandatory])).toEqual(
      rows.map((row) => [row.id, row.id === "openai/gpt-5-nano" ? true : row.id === "google/gemini-2.5-flash" ? false : undefined]),
    );
  });
});
