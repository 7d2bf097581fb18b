/**
 * `routing.provider_policy: enforce` for the models a request names itself: an explicit model id, or an entry of
 * OpenRouter's `models` fallback list, by an author `deny_authors` lists (or `allow_authors` leaves out) is refused
 * with a 400 before routing, where `prefer` passes it through with a note. A router slug (`openrouter/auto`) may
 * answer with any author's model, so it is refused whenever an author list is set. Routed models
 * (`switchyard/auto`, tiers, `cheapest`) are filtered by the same lists in both modes (ADR 0054).
 * @module
 */
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { authorRefusal } from "../../config/provider-policy-issues.js";
import { authoredId } from "../../catalog/authored-id.js";

type RoutingConfig = SwitchyardConfig["routing"];

/** Refuses a named model or `models` entry the author lists do not permit (a 400 naming the field). */
export function refuseUnpermittedModels(routing: RoutingConfig, catalog: ModelCatalog, explicitId: string | undefined, models: unknown): void {
  if (explicitId !== undefined) refuse(refusalOf(routing, catalog, explicitId), "model");
  if (!Array.isArray(models)) return;
  models.forEach((id: unknown, index) => {
    if (typeof id === "string") refuse(refusalOf(routing, catalog, id), `models[${index}]`);
  });
}

/** Why the lists refuse `id`, read as the model the gateway would call (a name without its author is that author's). */
function refusalOf(routing: RoutingConfig, catalog: ModelCatalog, id: string): string | undefined {
  const called = catalog.has(id) ? id : (authoredId(catalog, id) ?? id);
  return authorRefusal(routing, id, catalog.get(called));
}

function refuse(why: string | undefined, param: string): void {
  if (why === undefined) return;
  throw new InvalidRequestError(`${why}; routing.provider_policy is enforce, so this gateway does not send to it. Name another model, or a Switchyard model (switchyard/auto routes around it).`, {
    param,
    code: "provider_policy",
  });
}
