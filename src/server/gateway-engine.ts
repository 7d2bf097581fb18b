/**
 * The catalog-dependent part of the gateway (router, attempt-loop deps, the `/v1/models` body), swapped as a
 * whole when the catalog is refreshed in the background, so a request always sees one consistent catalog.
 * @module
 */
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { FallbackDeps } from "../routing/fallback/fallback-settings.js";
import type { RequestRouter } from "../routing/request-router.js";
import { buildModelList, type ModelListEntry } from "./routes/models.js";

/** What routes read per request. */
export interface EngineState {
  catalog: ModelCatalog;
  router: RequestRouter;
  fallback: FallbackDeps;
  /** The serialized `/v1/models` body. */
  modelsBody: string;
  /** Each listed model by id (`GET /v1/models/{id}`). */
  modelsById: ReadonlyMap<string, ModelListEntry>;
}

/** Holds the current state; `setCatalog` rebuilds it. */
export class GatewayEngine {
  #state: EngineState;
  readonly #build: (catalog: ModelCatalog) => Omit<EngineState, "modelsBody" | "modelsById">;
  readonly #created: number;

  constructor(options: { catalog: ModelCatalog; build: (catalog: ModelCatalog) => Omit<EngineState, "modelsBody" | "modelsById">; created: number }) {
    this.#build = options.build;
    this.#created = options.created;
    this.#state = this.#make(options.catalog);
  }

  get current(): EngineState {
    return this.#state;
  }

  /** Switches every later request to `catalog`. */
  setCatalog(catalog: ModelCatalog): void {
    this.#state = this.#make(catalog);
  }

  #make(catalog: ModelCatalog): EngineState {
    const state = this.#build(catalog);
    const list = buildModelList(state.router, catalog, this.#created);
    return { ...state, modelsBody: JSON.stringify(list), modelsById: new Map(list.data.map((entry) => [entry.id, entry])) };
  }
}
