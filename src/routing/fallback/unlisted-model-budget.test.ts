/**
 * A model id the catalog does not list passes through, its worst case priced at the catalog's highest price. Without a
 * max_tokens, a misspelled id (`openai/gpt-5-nanoo`) then met a small budget as a 402 that advised lowering max_tokens
 * or raising the limit, and never said the id was unknown: the 400 naming the near id came only when it fit.
 */
import { describe, expect, it } from "vitest";
import { LATEST_CATALOG, readJson } from "../../../test/support/shared-data.js";
import { ModelCatalog } from "../../catalog/model-catalog.js";
import { parseCatalog } from "../../catalog/parse-catalog.js";
import { BudgetExceededError } from "../../core/errors/index.js";
import { createRouter } from "../../create-router.js";

// The live catalog lists the router slug openrouter/auto; the built-in snapshot does not.
const catalog = new ModelCatalog(parseCatalog(readJson(LATEST_CATALOG)).models, { source: "file" });
const router = createRouter({ budgets: [{ scope: "global", window: "day", limit_usd: 0.01 }], upstream: { base_url: "http://127.0.0.1:9/api/v1" } }, { catalog });
const refusal = async (model: string): Promise<BudgetExceededError> => {
  const error: unknown = await router.chat({ model, messages: [{ role: "user", content: "hi" }] }).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(BudgetExceededError);
  return error as BudgetExceededError;
};

describe("a 402 for a model the catalog does not list", () => {
  it("says the id is not in the catalog, why it was priced so, and the near id", async () => {
    const error = await refusal("openai/gpt-5-nanoo");
    expect(error.message).toMatch(
      /^Budget global\/day has \$0\.010000 left, but this request may cost up to \$\d+\.\d{6}\. openai\/gpt-5-nanoo is not in the gateway's catalog, so its worst case is priced at the catalog's highest price\. Did you mean "openai\/gpt-5-nano"\? Name a model GET \/v1\/models lists, or switchyard\/auto; or lower max_tokens, or raise the limit; it starts again at /,
    );
  });

  it("keeps the usual advice for a router slug the catalog holds (openrouter/auto)", async () => {
    const error = await refusal("openrouter/auto");
    expect(error.message).not.toContain("not in the gateway's catalog");
  });
});
