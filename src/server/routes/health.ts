/**
 * `GET /healthz` (liveness) and `GET /metrics` (Prometheus text format).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { GatewayMetrics } from "../gateway-metrics.js";

/** Registers both routes. */
export function registerHealthRoutes(app: FastifyInstance, deps: { catalog: ModelCatalog; metrics: GatewayMetrics }): void {
  app.get("/healthz", async () => ({ status: "ok", catalog: { source: deps.catalog.source, models: deps.catalog.size } }));
  app.get("/metrics", async (_request, reply) => {
    void reply.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
}
