import { describe, expect, it } from "vitest";
import { CATALOG_SNAPSHOTS, readJson } from "../../test/support/shared-data.js";
import { CatalogError } from "../core/errors/index.js";
import { ModelCatalog } from "./model-catalog.js";
import { parseCatalog, parseCatalogText } from "./parse-catalog.js";

describe("parseCatalog on every real snapshot", () => {
  it.each(CATALOG_SNAPSHOTS)("parses %s completely, with per-million prices", (file) => {
    const body = readJson(file) as { data: { id: string; pricing: Record<string, string> }[] };
    const { models, skipped } = parseCatalog(body);
    expect(skipped).toEqual([]);
    expect(models).toHaveLength(body.data.length);
    const raw = body.data.find((row) => Number(row.pricing.prompt) > 0);
    const parsed = models.find((model) => model.id === raw?.id);
    expect(parsed?.pricing.usdPerMillionInputTokens).toBeCloseTo(Number(raw?.pricing.prompt) * 1e6, 9);
    expect(models.find((model) => model.id === "openrouter/auto")?.isRouter).toBe(true);
  });

  it("reads pricing.audio, the price of an audio input token (round 28: audio was priced at the input price)", () => {
    const row = (pricing: Record<string, string>) => ({ id: "acme/listener", context_length: 1000, pricing: { prompt: "0.000001", completion: "0.000002", ...pricing } });
    const { models } = parseCatalog({ data: [row({ audio: "0.00004" }), { ...row({}), id: "acme/quiet" }] });
    expect(models[0]?.pricing.usdPerMillionAudioTokens).toBeCloseTo(40, 9);
    expect(models[1]?.pricing.usdPerMillionAudioTokens).toBeUndefined();
  });

  it("treats a missing price key as zero and reads capabilities", () => {
    const { models } = parseCatalog({
      data: [
        {
          id: "acme/vision-tools",
          context_length: 1000,
          pricing: { prompt: "0.000001", completion: "0.000002" },
          architecture: { input_modalities: ["text", "image"] },
          supported_parameters: ["tools", "structured_outputs", "reasoning"],
          top_provider: { max_completion_tokens: 500 },
          expiration_date: "2026-01-01",
        },
      ],
    });
    const [model] = models;
    expect(model?.pricing).toMatchObject({ usdPerMillionInputTokens: 1, usdPerMillionOutputTokens: 2, usdPerRequest: 0, usdPerImage: 0 });
    expect(model?.capabilities.sort()).toEqual(["json", "reasoning", "structured_outputs", "tools", "vision"]);
    expect(model?.maxCompletionTokens).toBe(500);
    const catalog = new ModelCatalog(models, { source: "file" });
    expect(catalog.query({}, Date.parse("2025-12-31"))).toHaveLength(1);
    expect(catalog.query({}, Date.parse("2026-01-02"))).toHaveLength(0);
    expect(catalog.get("acme/vision-tools:nitro")?.id).toBe("acme/vision-tools");
  });

  it("rejects text that is not a catalog with a CatalogError", () => {
    expect(() => parseCatalogText("{not json", "bad.json")).toThrow(CatalogError);
    expect(() => parseCatalogText('{"models": []}', "bad.json")).toThrow(/not an OpenRouter \/models response/);
  });

  it("reads a catalog file that starts with a byte-order mark, as route --request reads a request file", () => {
    const text = '\uFEFF{"data":[{"id":"acme/one","name":"One","context_length":8000,"pricing":{"prompt":"0.000001","completion":"0.000002"}}]}';
    // It was "not valid JSON: Unexpected token" for a file saved by a Windows editor.
    expect(parseCatalogText(text, "bom.json").models.map((model) => model.id)).toEqual(["acme/one"]);
  });

  it("skips malformed rows without failing the catalog", () => {
    const { models, skipped } = parseCatalog({ data: [{ id: "" }, { id: "ok/model", pricing: { prompt: "-1", completion: "-1" } }] });
    expect(models.map((model) => model.id)).toEqual(["ok/model"]);
    expect(models[0]?.isRouter).toBe(true);
    expect(skipped).toHaveLength(1);
  });

  it("skips a row with a price that is no number, which read as 0 made the model look cheapest (or free)", () => {
    const row = (id: string, prompt: unknown) => ({ id, pricing: { prompt, completion: "0.000002" } });
    const { models, skipped } = parseCatalog({ data: [row("a/inf", "1e400"), row("a/word", "abc"), row("a/nan", "NaN"), row("a/empty", ""), row("a/ok", "0.000001"), row("a/number", 0.000001)] });
    expect(models.map((model) => model.id)).toEqual(["a/empty", "a/ok", "a/number"]);
    expect(skipped.map((entry) => [entry.index, entry.reason])).toEqual([0, 1, 2].map((index) => [index, "a price is not a number (the model could not be priced)"]));
  });

  it("skips a row whose id cannot be a model id (control characters, spaces, past 256 characters): it reached the terminal as escapes", () => {
    const ids = ["evil/\u001b]0;pwned\u0007model", "two words/model", `long/${"m".repeat(300)}`, "ok/model"];
    const { models, skipped } = parseCatalog({ data: ids.map((id) => ({ id, pricing: { prompt: "0.000001", completion: "0.000001" } })) });
    expect(models.map((model) => model.id)).toEqual(["ok/model"]);
    expect(skipped.map((row) => row.index)).toEqual([0, 1, 2]);
    expect(skipped[0]?.reason).toMatch(/printable ASCII/);
  });
});
