/**
 * `GET /v1/models`: the virtual Switchyard models, then the catalog, in OpenAI's list format with Anthropic's fields
 * beside (`type`, `display_name`, `created_at`; `has_more`, `first_id`, `last_id`), so the Anthropic SDK's
 * `models.list()` / `models.retrieve()` read it as well as the OpenAI SDK's. The body is built once per catalog (see
 * GatewayEngine) and served as a string. `GET /v1/models/{id}` resolves Anthropic's own names (`claude-sonnet-4-5-20250929`)
 * as `/v1/messages` does.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { authoredId } from "../../catalog/authored-id.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import { didYouMeanModel } from "../../catalog/near-model-id.js";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import { quoteSentText } from "../../core/quote-sent-text.js";
import type { RequestRouter } from "../../routing/request-router.js";
import { openRouterModelId } from "../doors/messages/messages-door.js";
import { MAX_MODEL_ID_LENGTH } from "../request-shape/index.js";

/** One entry of the list. */
export interface ModelListEntry {
  id: string;
  object: "model";
  created: number;
  owned_by: string;
  /** Anthropic's ModelInfo fields: `type`, `display_name`, `created_at` (RFC 3339 of `created`). */
  type: "model";
  display_name: string;
  created_at: string;
  name?: string;
  context_length?: number;
  pricing?: { prompt: string; completion: string };
  description?: string;
}

/** Builds the `/v1/models` body. */
export function buildModelList(router: RequestRouter, catalog: ModelCatalog, created: number): ModelList {
  const createdAt = new Date(created * 1000).toISOString();
  const virtual = (id: string, description: string): ModelListEntry => ({ id, object: "model", created, owned_by: "switchyard", type: "model", display_name: id, created_at: createdAt, description });
  const data: ModelListEntry[] = [
    virtual("switchyard/auto", "Switchyard picks task, difficulty and tier from the conversation."),
    virtual("switchyard/cheapest", "The cheapest catalog model that meets the request's needs."),
    ...router.tasks.map((task) => virtual(`switchyard/task/${task}`, `Routes as a ${task} task.`)),
    ...router.tiers.map((tier) => virtual(`switchyard/tier/${tier}`, `The ${tier} tier's model chain.`)),
  ];
  for (const model of catalog.list()) {
    data.push({
      id: model.id,
      object: "model",
      created,
      owned_by: model.author,
      type: "model",
      display_name: model.name.length > 0 ? model.name : model.id,
      created_at: createdAt,
      name: model.name,
      context_length: model.contextLength,
      pricing: {
        prompt: (model.pricing.usdPerMillionInputTokens / 1_000_000).toString(),
        completion: (model.pricing.usdPerMillionOutputTokens / 1_000_000).toString(),
      },
    });
  }
  // The whole list is one page: Anthropic's paginator stops at `has_more: false`.
  return { object: "list", data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
}

/** The `/v1/models` body: OpenAI's list, with Anthropic's page fields. */
export interface ModelList {
  object: "list";
  data: ModelListEntry[];
  has_more: false;
  first_id: string | null;
  last_id: string | null;
}

/** Registers `GET /v1/models` (pre-serialized by the engine) and `GET /v1/models/{id}` (ids contain slashes). */
export function registerModelsRoute(app: FastifyInstance, engine: { current: { catalog: ModelCatalog; modelsBody: string; modelsById: ReadonlyMap<string, ModelListEntry> } }): void {
  app.get("/v1/models", async (_request, reply) => {
    void reply.type("application/json; charset=utf-8");
    return engine.current.modelsBody;
  });
  app.get("/v1/models/*", async (request) => {
    const id = decodePathPart((request.params as { "*": string })["*"]);
    const { catalog, modelsById } = engine.current;
    // A name without its author (`gpt-4o-mini`, as OpenAI SDK code names it) is the model chat calls for it.
    // Anthropic's own name (`claude-sonnet-4-5-20250929`, Claude Code's default) is the model /v1/messages calls for it.
    const authored = authoredId(catalog, id) ?? openRouterModelId(id);
    const entry = modelsById.get(id) ?? modelsById.get(authored);
    if (!entry) {
      // The id is the caller's: escaped and cut (a path carries 16 KB, and %0A or %E2%80%AE decode to what a log acts on).
      const guess = id.length > MAX_MODEL_ID_LENGTH ? "" : didYouMeanModel(id, [...modelsById.keys()]);
      throw new GatewayError({ message: `No model ${quoteSentText(id, QUOTED_ID_LIMIT)}.${guess} GET /v1/models lists the virtual models and the catalog.`, status: 404, type: "invalid_request_error", code: "model_not_found", param: "model" });
    }
    return entry;
  });
}

/** How much of an unknown id the 404 quotes: a real id is far shorter. */
const QUOTED_ID_LIMIT = 200;

function decodePathPart(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new InvalidRequestError("The model id in the path has invalid percent-encoding.", { param: "model", code: "invalid_url" });
  }
}
