/**
 * What to send instead, for a model id the catalog does not hold when the upstream refuses it (400 "not a valid
 * model ID") or a token counter is asked for it: the near catalog model when the id is a few letters off one (by its
 * full id, or by its name after the author), else where the valid ids are listed. The upstream's own words alone left
 * the caller guessing.
 * @module
 */
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import { didYouMeanModel } from "../../catalog/near-model-id.js";

/** The catalog as far as the hint reads it. */
export type HintCatalog = Pick<ModelCatalog, "list" | "has">;

/** The sentences appended to the upstream's refusal of `id`, a model the catalog lacks ("" for one it holds). */
export function unknownModelHint(id: string, catalog: HintCatalog | undefined): string {
  // A router slug (openrouter/auto) is called with no entry of its own, yet the catalog holds it.
  if (catalog?.has(id) === true) return "";
  return ` The gateway's catalog${catalogSize(catalog)} does not list it either.${whatToName(id, catalog)}`;
}

/** `(N models)`, with its leading space, or "" without a catalog. */
export function catalogSize(catalog: HintCatalog | undefined): string {
  return catalog ? ` (${catalog.list().length} models)` : "";
}

/** The near model, if any, and the ids that can be named. */
export function whatToName(id: string, catalog: HintCatalog | undefined): string {
  const guess = didYouMeanModel(id, catalog?.list().map((model) => model.id) ?? []);
  return `${guess} Name a model GET /v1/models lists (author/name, such as openai/gpt-4o-mini), or let Switchyard choose with switchyard/auto.`;
}
