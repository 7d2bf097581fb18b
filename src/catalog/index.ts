/**
 * The model catalog: parsing OpenRouter's `/models`, querying it, and pricing calls.
 * @module
 */
export type { ModelEntry, ModelPricing } from "./model-entry.js";
export { parseCatalog, parseCatalogText, type ParsedCatalog } from "./parse-catalog.js";
export {
  ModelCatalog,
  MODEL_VARIANTS,
  blendedUsdPerMillionTokens,
  compareByPrice,
  explainRejection,
  passesFilter,
  isExpired,
  type CatalogSource,
  type ModelFilter,
} from "./model-catalog.js";
export { estimateWorstCaseCostUsd, actualCostUsd } from "./estimate-cost.js";
export { builtinCatalog, builtinModels } from "./builtin-catalog.js";
export { loadCatalog, fetchAndCache, type CatalogCache, type FetchModels, type LoadCatalogOptions } from "./catalog-loader.js";
