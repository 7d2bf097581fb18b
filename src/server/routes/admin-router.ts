/**
 * The learning loop's admin routes:
 * - `GET /api/router`: the routers in use (default, shadow, experiment arms), the state file's promotion history and
 *   any promotion not yet reloaded;
 * - `POST /api/router/reload`: re-reads `routing.weights`, `routing.shadow` and the router state file (what
 *   SIGHUP does), switching later requests to them; a bad file answers 400 and keeps the current routers;
 * - `GET /api/router/shadow?since=7d`: how many decisions the shadow router would change, and its predicted cost.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import { parseSince } from "../../log/parse-since.js";
import { generateShadowReport } from "../../log/shadow-report.js";
import type { RouterControl } from "../router-control.js";
import { queryValue, type AdminRouteDeps } from "./admin-deps.js";

/** Registers the routes; without `deps.routers` only the shadow report is served. */
export function registerAdminRouterRoutes(app: FastifyInstance, deps: AdminRouteDeps): void {
  const router: RouterControl | undefined = deps.routers;
  if (router) {
    app.get("/api/router", async () => ({ ...router.status(), ...(await router.record()) }));
    app.post("/api/router/reload", async () => {
      try {
        return await router.reload();
      } catch (error) {
        // A bad adapter or state file is the operator's to fix; the routers in use stay.
        if (!GatewayError.isInstance(error)) throw error;
        throw new InvalidRequestError(`Reload failed, the current routers stay in use. ${error.message}`, { code: "router_reload_failed" });
      }
    });
  }
  app.get("/api/router/shadow", async (request) => {
    const now = deps.clock.now();
    const since = parseSince(queryValue(request.query, "since") ?? "7d", now);
    return generateShadowReport(deps.decisions, { since, until: now + 1 });
  });
}
