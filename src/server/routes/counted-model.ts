/**
 * The token counters' check of a named model (`/v1/messages/count_tokens`, `/v1/responses/input_tokens`): an id the
 * doors answer with their 404 is a 404 here too, as Anthropic's own counter answers an unknown model (Anthropic
 * `not_found_error`; OpenAI `model_not_found` on `model`). The counters call no upstream and the doors pass an id the
 * catalog lacks through (the catalog may be stale, or the built-in one), so a counter refuses only an id a door was
 * refused lately, on this process or another sharing its store (`refused-model-ids.ts`), that the catalog, its names without an author and the tiers still lack: it
 * never refuses a model a door would answer (round 28 refused every id the catalog lacked, Claude Code's
 * `claude-opus-4-1-20250805` on the built-in catalog among them).
 * @module
 */
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { authoredId } from "../../catalog/authored-id.js";
import { GatewayError } from "../../core/errors/index.js";
import { catalogSize, whatToName, type HintCatalog } from "../../routing/fallback/unknown-model-hint.js";
import type { Asked } from "../../routing/read-what-was-asked.js";
import type { RefusedModelIds } from "./refused-model-ids.js";

/** Throws the 404 for a named model the doors were refused lately; Switchyard's models and every other id pass. */
export async function assertCountableModel(catalog: HintCatalog, config: SwitchyardConfig, asked: Pick<Asked, "named" | "modelParam">, refused: RefusedModelIds): Promise<void> {
  if (asked.named.mode !== "explicit") return;
  const { id } = asked.named;
  if (catalog.has(id) || authoredId(catalog, id) !== undefined || configuredModel(config, id) || !(await refused.has(id))) return;
  throw new GatewayError({
    message: `The model ${id} does not exist: the upstream refused a request for it lately, and neither the gateway's catalog${catalogSize(catalog)} nor its tiers list it, so it has nothing to count for.${whatToName(id, catalog)}`,
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
