import { describe, expect, it } from "vitest";
import { LATEST_CATALOG, readJson } from "../../test/support/shared-data.js";
import { ModelCatalog } from "../catalog/model-catalog.js";
import { parseCatalog } from "../catalog/parse-catalog.js";
import { createHeuristicClassifier } from "../classifier/heuristic-classifier.js";
import { defaultConfig } from "../config/parse-config.js";
import type { ChatRequest } from "../core/types.js";
import { createRequestRouter } from "./request-router.js";

const catalog = new ModelCatalog(parseCatalog(readJson(LATEST_CATALOG) as never).models, { source: "file" });
const router = createRequestRouter({ config: defaultConfig(), catalog, classifier: createHeuristicClassifier(), clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });

function pdf(fileData: string): ChatRequest {
  const content = [{ type: "text", text: "Summarize this report." }, { type: "file", file: { filename: "report.pdf", file_data: fileData } }];
  return { model: "switchyard/cheapest", max_tokens: 1000, messages: [{ role: "user", content }] } as unknown as ChatRequest;
}

describe("switchyard/cheapest with a file named by URL (default config, no budgets)", () => {
  it("ranks the models by their prices, as for the same file inline, not by their context windows", () => {
    // The worst case of a URL file is the model's whole context window, so ranking by it put the smallest windows
    // first: a 4,096-token model was chosen to read a PDF of unknown size.
    const byUrl = router.route(pdf("https://example.com/report.pdf"));
    const inline = router.route(pdf("data:application/pdf;base64,QUJD"));
    expect(byUrl.chain.map((candidate) => candidate.id)).toEqual(inline.chain.map((candidate) => candidate.id));
    expect(byUrl.chain[0]?.model?.contextLength).toBeGreaterThanOrEqual(100_000);
    // The reservation still holds the window.
    expect(byUrl.chain[0]?.worstCaseCostUsd).toBeGreaterThan(10 * (inline.chain[0]?.worstCaseCostUsd ?? 0));
  });
});
