/**
 * What to send instead, for a model id the catalog does not hold when the upstream refuses it (400 "not a valid
 * model ID"): the near catalog model when the id is a few letters off one (by its full id, or by its name after the
 * author), else where the valid ids are listed. The upstream's own words alone left the caller guessing.
 * @module
 */
import { closestName } from "../../core/closest-name.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";

/** The sentence appended to the upstream's refusal of `id`, a model the catalog lacks. */
export function unknownModelHint(id: string, catalog: Pick<ModelCatalog, "list"> | undefined): string {
  const ids = catalog?.list().map((model) => model.id) ?? [];
  const near = nearModel(id, ids);
  const size = catalog ? ` (${ids.length} models)` : "";
  const guess = near === undefined ? "" : ` Did you mean "${near}"?`;
  return ` ${id} is not in the gateway's catalog${size}.${guess} Name a model GET /v1/models lists (author/name, such as openai/gpt-4o-mini), or let Switchyard choose with switchyard/auto.`;
}

/** The catalog id `id` is a few letters off, by full id or, for an id without its author, by the name after it. */
function nearModel(id: string, ids: readonly string[]): string | undefined {
  const full = closestName(id, ids, 1 / 3);
  if (full !== undefined || id.includes("/")) return full;
  const byName = new Map<string, string>();
  for (const candidate of ids) {
    const name = candidate.slice(candidate.indexOf("/") + 1);
    if (!byName.has(name)) byName.set(name, candidate);
  }
  const name = closestName(id, [...byName.keys()], 1 / 3);
  return name === undefined ? undefined : byName.get(name);
}
