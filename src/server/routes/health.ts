/**
 * `GET /healthz` (liveness) and `GET /metrics` (Prometheus text format).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { GatewayMetrics } from "../gateway-metrics.js";

/** Registers both routes. */
export function registerHealthRoutes(app: FastifyInstance, deps: { engine: { current: { catalog: ModelCatalog } }; metrics: GatewayMetrics }): void {
  app.get("/healthz", async () => {
    const { catalog } = deps.engine.current;
    return { status: "ok", catalog: { source: catalog.source, models: catalog.size, fetchedAt: catalog.fetchedAt ?? null } };
  });
  app.get("/metrics", async (_request, reply) => {
    void reply.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
}
