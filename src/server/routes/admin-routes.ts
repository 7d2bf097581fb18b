/**
 * The admin JSON API under `/api/*`, guarded by the admin key (`SWITCHYARD_ADMIN_KEY`).
 * @module
 */
import type { FastifyInstance } from "fastify";
import { checkAdminRequest } from "../auth/admin-request-guard.js";
import { ADMIN_KEY_RETRY_AFTER_SECONDS, adminKeyRefusalMessage, createAdminKeyThrottle } from "../auth/admin-key-throttle.js";
import { createAdminAuth, WrongAdminKeyError } from "../auth/create-admin-auth.js";
import { GatewayError } from "../../core/errors/index.js";
import { setSafeHeaders } from "../safe-header.js";
import { registerAdminBudgetRoutes } from "./admin-budgets.js";
import { registerAdminDecisionRoutes } from "./admin-decisions.js";
import type { AdminRouteDeps } from "./admin-deps.js";
import { registerAdminExperimentRoutes } from "./admin-experiments.js";
import { registerAdminKeyRoutes } from "./admin-keys.js";
import { registerAdminModelRoutes } from "./admin-models.js";
import { registerAdminOverviewRoute } from "./admin-overview.js";
import { refuseDeleteQueryParams, refuseUnreadQueryParams } from "./admin-query-names.js";
import { registerAdminReportRoute } from "./admin-report.js";
import { registerAdminRouterRoutes } from "./admin-router.js";
import { registerAdminRoutePlayground } from "./admin-route-playground.js";

export type { AdminRouteDeps } from "./admin-deps.js";

/**
 * Registers `/api/report`, `/api/report/timeseries`, `/api/overview`, `/api/models/stats`, `/api/decisions`, `/api/keys`, `/api/budgets`, `/api/experiments` and `POST /api/route` in an encapsulated plugin whose
 * `onRequest` hook checks the admin key or a dashboard session. Errors are thrown for the server's error handler.
 */
export async function registerAdminRoutes(app: FastifyInstance, deps: AdminRouteDeps): Promise<void> {
  const checkAdmin = createAdminAuth({ adminKey: deps.adminKey });
  const throttle = deps.keyThrottle ?? createAdminKeyThrottle({ clock: deps.clock });
  await app.register(async (scope) => {
    scope.addHook("onRequest", async (request, reply) => {
      // A request that brings a key is a guess like a sign-in: the same throttle, or the API would be the way round it.
      const byKey = request.headers.authorization !== undefined;
      const refusal = byKey ? throttle.refusal(request.ip) : undefined;
      if (refusal) {
        setSafeHeaders(reply, { "retry-after": String(ADMIN_KEY_RETRY_AFTER_SECONDS) });
        throw new GatewayError({ message: adminKeyRefusalMessage(refusal), status: 429, type: "rate_limit_error", code: "admin_key_throttled" });
      }
      try {
        checkAdminRequest(request, checkAdmin, deps.sessions);
      } catch (error) {
        if (error instanceof WrongAdminKeyError) throttle.fail(request.ip);
        throw error;
      }
    });
    // After the admin check: an unauthenticated caller learns nothing of the routes' parameters.
    scope.addHook("preHandler", async (request) => {
      if (request.method === "GET") refuseUnreadQueryParams(request.routeOptions.url ?? "", request.query);
      else if (request.method === "DELETE") refuseDeleteQueryParams(request.routeOptions.url ?? "", request.query);
    });
    registerAdminReportRoute(scope, deps);
    registerAdminDecisionRoutes(scope, deps);
    registerAdminKeyRoutes(scope, deps);
    registerAdminBudgetRoutes(scope, deps);
    registerAdminExperimentRoutes(scope, deps);
    registerAdminRouterRoutes(scope, deps);
    registerAdminOverviewRoute(scope, deps);
    registerAdminModelRoutes(scope, deps);
    const router = deps.router;
    if (router) registerAdminRoutePlayground(scope, router);
  });
}
