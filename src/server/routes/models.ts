/**
 * `GET /v1/models`: the virtual Switchyard models, then the catalog, in OpenAI's list format. The body is
 * built once per catalog (see GatewayEngine) and served as a string.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { authoredId } from "../../catalog/authored-id.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import { didYouMeanModel } from "../../catalog/near-model-id.js";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import type { RequestRouter } from "../../routing/request-router.js";

/** One entry of the list. */
export interface ModelListEntry {
  id: string;
  object: "model";
  created: number;
  owned_by: string;
  name?: string;
  context_length?: number;
  pricing?: { prompt: string; completion: string };
  description?: string;
}

/** Builds the `/v1/models` body. */
export function buildModelList(router: RequestRouter, catalog: ModelCatalog, created: number): { object: "list"; data: ModelListEntry[] } {
  const virtual = (id: string, description: string): ModelListEntry => ({ id, object: "model", created, owned_by: "switchyard", description });
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
      name: model.name,
      context_length: model.contextLength,
      pricing: {
        prompt: (model.pricing.usdPerMillionInputTokens / 1_000_000).toString(),
        completion: (model.pricing.usdPerMillionOutputTokens / 1_000_000).toString(),
      },
    });
  }
  return { object: "list", data };
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
    const authored = authoredId(catalog, id);
    const entry = modelsById.get(id) ?? (authored === undefined ? undefined : modelsById.get(authored));
    if (!entry) {
      const guess = didYouMeanModel(id, [...modelsById.keys()]);
      throw new GatewayError({ message: `No model "${id}".${guess} GET /v1/models lists the virtual models and the catalog.`, status: 404, type: "invalid_request_error", code: "model_not_found", param: "model" });
    }
    return entry;
  });
}

function decodePathPart(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new InvalidRequestError("The model id in the path has invalid percent-encoding.", { param: "model", code: "invalid_url" });
  }
}
