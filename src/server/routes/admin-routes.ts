/**
 * The admin JSON API under `/api/*`, guarded by the admin key (`SWITCHYARD_ADMIN_KEY`).
 * @module
 */
import type { FastifyInstance } from "fastify";
import { createAdminAuth } from "../auth/create-admin-auth.js";
import { registerAdminBudgetRoutes } from "./admin-budgets.js";
import { registerAdminDecisionRoutes } from "./admin-decisions.js";
import type { AdminRouteDeps } from "./admin-deps.js";
import { registerAdminExperimentRoutes } from "./admin-experiments.js";
import { registerAdminKeyRoutes } from "./admin-keys.js";
import { registerAdminReportRoute } from "./admin-report.js";
import { registerAdminRouterRoutes } from "./admin-router.js";

export type { AdminRouteDeps } from "./admin-deps.js";

/**
 * Registers `/api/report`, `/api/decisions`, `/api/keys`, `/api/budgets` and `/api/experiments` in an encapsulated plugin whose
 * `onRequest` hook checks the admin key. Errors are thrown for the server's error handler.
 */
export async function registerAdminRoutes(app: FastifyInstance, deps: AdminRouteDeps): Promise<void> {
  const checkAdmin = createAdminAuth({ adminKey: deps.adminKey });
  await app.register(async (scope) => {
    scope.addHook("onRequest", async (request) => {
      checkAdmin(request.headers.authorization);
    });
    registerAdminReportRoute(scope, deps);
    registerAdminDecisionRoutes(scope, deps);
    registerAdminKeyRoutes(scope, deps);
    registerAdminBudgetRoutes(scope, deps);
    registerAdminExperimentRoutes(scope, deps);
    registerAdminRouterRoutes(scope, deps);
  });
}
