/**
 * `GET /healthz` (liveness), `GET /readyz` (readiness: every shared store answers, and Redis takes writes) and
 * `GET /metrics` (Prometheus).
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { GatewayMetrics } from "../gateway-metrics.js";
import { storeServes, type StoreState } from "../../storage/open-storage.js";

/** What the health routes read. */
export interface HealthDeps {
  engine: { current: { catalog: ModelCatalog } };
  metrics: GatewayMetrics;
  /** Each shared store's state; absent: nothing to wait for. */
  readiness?: () => Partial<Record<string, StoreState>>;
}

/** Registers the routes. */
export function registerHealthRoutes(app: FastifyInstance, deps: HealthDeps): void {
  // Liveness: the process serves HTTP. A store outage is not a reason to restart it (it reconnects by itself).
  app.get("/healthz", async () => {
    const { catalog } = deps.engine.current;
    return { status: "ok", catalog: { source: catalog.source, models: catalog.size, fetchedAt: catalog.fetchedAt ?? null } };
  });
  // Readiness: a load balancer sends traffic only while every shared store answers and Redis takes writes (503
  // otherwise, naming them); a read-only Postgres is named but still serves (storeServes).
  app.get("/readyz", async (_request, reply) => {
    const stores = deps.readiness?.() ?? {};
    const ready = Object.entries(stores).every(([store, state]) => storeServes(store, state));
    void reply.code(ready ? 200 : 503);
    return { status: ready ? "ready" : "not_ready", stores };
  });
  app.get("/metrics", async (_request, reply) => {
    void reply.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
}
