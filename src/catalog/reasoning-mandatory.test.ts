import { describe, expect, it } from "vitest";
import { parseCatalog } from "./parse-catalog.js";

describe("parseCatalog reads OpenRouter's reasoning.mandatory (its /models schema since mid-2026)", () => {
  it("keeps true and false, and says nothing when the row does not (or says it in no readable form)", () => {
    const row = (id: string, reasoning?: unknown) => ({ id, pricing: { prompt: "0.000001", completion: "0.000002" }, ...(reasoning === undefined ? {} : { reasoning }) });
    const { models, skipped } = parseCatalog({
      data: [
        row("openai/gpt-5", { mandatory: true, default_enabled: true, supported_efforts: ["high", "medium", "low", "minimal"] }),
        row("google/gemini-2.5-flash", { mandatory: false, default_enabled: true }),
        row("mistralai/mistral-small"),
        row("acme/odd", "yes"),
        row("acme/odder", { mandatory: "true" }),
      ],
    });
    expect(skipped).toEqual([]);
    expect(models.map((model) => model.reasoningMandatory)).toEqual([true, false, undefined, undefined, undefined]);
  });
});
