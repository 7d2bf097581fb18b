import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "../../catalog/parse-catalog.js";
import { createSimulator } from "./create-simulator.js";
import { chatBody, postChat } from "./simulator-test-helpers.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

describe("createSimulator with a real OpenRouter snapshot (../shared/data)", () => {
  it("serves and prices from catalogBody (a real OpenRouter snapshot)", async () => {
    const file = path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json");
    const catalogBody = JSON.parse(readFileSync(file, "utf8")) as { data: { id: string }[] };
    const simulator = await createSimulator({ catalogBody, faults: {} });
    try {
      const served = (await (await fetch(`${simulator.url}/models`)).json()) as { data: { id: string }[] };
      expect(served.data.length).toBe(catalogBody.data.length);
      const model = parseCatalog(catalogBody).models.find((entry) => !entry.isFree && !entry.isRouter && entry.pricing.usdPerRequest === 0);
      if (!model) throw new Error("snapshot without a paid model");
      const usage = ((await (await postChat(simulator.url, chatBody(model.id))).json()) as { usage: { prompt_tokens: number; completion_tokens: number; cost: number } }).usage;
      const expected = (usage.prompt_tokens * model.pricing.usdPerMillionInputTokens + usage.completion_tokens * model.pricing.usdPerMillionOutputTokens) / 1e6;
      expect(usage.cost).toBeCloseTo(expected, 12);
    } finally {
      await simulator.close();
    }
  });

});
