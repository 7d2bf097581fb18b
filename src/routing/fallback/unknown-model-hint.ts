/**
 * What to send instead, for a model id the catalog does not hold when the upstream refuses it (400 "not a valid
 * model ID"): the near catalog model when the id is a few letters off one (by its full id, or by its name after the
 * author), else where the valid ids are listed. The upstream's own words alone left the caller guessing.
 * @module
 */
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import { didYouMeanModel } from "../../catalog/near-model-id.js";

/** The sentence appended to the upstream's refusal of `id`, a model the catalog lacks. */
export function unknownModelHint(id: string, catalog: Pick<ModelCatalog, "list" | "has"> | undefined): string {
  // A router slug (openrouter/auto) is called with no entry of its own, yet the catalog holds it.
  if (catalog?.has(id) === true) return "";
  const ids = catalog?.list().map((model) => model.id) ?? [];
  const size = catalog ? ` (${ids.length} models)` : "";
  const guess = didYouMeanModel(id, ids);
  return ` ${id} is not in the gateway's catalog${size}.${guess} Name a model GET /v1/models lists (author/name, such as openai/gpt-4o-mini), or let Switchyard choose with switchyard/auto.`;
}
