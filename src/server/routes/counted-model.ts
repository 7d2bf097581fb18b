/**
 * The token counters' check of a named model (`/v1/messages/count_tokens`, `/v1/responses/input_tokens`): an id the
 * catalog lacks is a 404, as the doors answer it once the upstream refuses it and as Anthropic's own counter answers
 * an unknown model (Anthropic `not_found_error`; OpenAI `model_not_found` on `model`). The counters call no upstream,
 * so "unknown" is what the gateway knows: the catalog (router slugs included), a name the catalog holds without its
 * author (`gpt-4o-mini`), Anthropic's own names (read by the Messages door before this), and the models the
 * deployment's tiers name, listed or not (round 28).
 * @module
 */
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { authoredId } from "../../catalog/authored-id.js";
import { GatewayError } from "../../core/errors/index.js";
import { catalogSize, whatToName, type HintCatalog } from "../../routing/fallback/unknown-model-hint.js";
import type { Asked } from "../../routing/read-what-was-asked.js";

/** Throws the 404 for a named model the gateway does not know; Switchyard's models and known ids pass. */
export function assertCountableModel(catalog: HintCatalog, config: SwitchyardConfig, asked: Pick<Asked, "named" | "modelParam">): void {
  if (asked.named.mode !== "explicit") return;
  const { id } = asked.named;
  if (catalog.has(id) || authoredId(catalog, id) !== undefined || configuredModel(config, id)) return;
  throw new GatewayError({
    message: `The model ${id} is not one the gateway knows: neither its catalog${catalogSize(catalog)} nor its tiers list it, so it has nothing to count for.${whatToName(id, catalog)}`,
    status: 404,
    type: "invalid_request_error",
    code: "model_not_found",
    param: asked.modelParam,
  });
}

/** A model one of the config's tiers names (a deployment may route to a model its catalog copy lacks). */
function configuredModel(config: SwitchyardConfig, id: string): boolean {
  return Object.values(config.tiers).some((tier) => tier.models.some((model) => model === id));
}
