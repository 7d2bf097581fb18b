/**
 * Refreshes the model catalog on a timer: each fresh catalog is handed on, a failed fetch keeps the current one.
 * @module
 */
import type { Logger } from "pino";
import type { ModelCatalog } from "../catalog/model-catalog.js";

/** Fetches a catalog every `intervalMs` (an unref'd timer) and calls `onFresh` with each; returns the stop function. */
export function startCatalogRefresh(input: { fetch: () => Promise<ModelCatalog>; intervalMs: number; onFresh: (catalog: ModelCatalog) => void; logger: Logger }): () => void {
  const { logger } = input;
  const timer = setInterval(() => {
    input.fetch().then(
      (fresh) => {
        input.onFresh(fresh);
        logger.info({ models: fresh.size, source: fresh.source }, "catalog refreshed");
      },
      (error: unknown) => logger.warn({ err: error }, "catalog refresh failed; keeping the current catalog"),
    );
  }, input.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
