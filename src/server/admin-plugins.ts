/**
 * The admin API and the dashboard as the gateway's plugins: one admin session store and one count of wrong admin keys
 * shared by the sign-in form and the API's Bearer header.
 * @module
 */
import type { BudgetGuard } from "../budget/create-spend-guard.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import type { DecisionLogStore } from "../log/decision-log-store.js";
import { premiumReferenceModel } from "../log/premium-reference-model.js";
import type { CircuitBreaker } from "../routing/fallback/circuit-breaker.js";
import type { LatencyTracker } from "../routing/latency/latency-tracker.js";
import type { KeyStore } from "../storage/key-store.js";
import { createAdminKeyThrottle } from "./auth/admin-key-throttle.js";
import { createAdminSessions } from "./auth/admin-sessions.js";
import type { AppDeps } from "./create-app.js";
import type { OnlineMode } from "./online-mode.js";
import type { RouterControl } from "./router-control.js";
import { registerAdminRoutes } from "./routes/admin-routes.js";
import { registerDashboardRoutes } from "./routes/dashboard-routes.js";

/** What the admin API and the dashboard read of the running gateway. */
export interface AdminPluginDeps {
  config: SwitchyardConfig;
  /** `SWITCHYARD_ADMIN_KEY`. */
  adminKey: string | undefined;
  decisions: DecisionLogStore;
  keys: KeyStore;
  spendGuard: BudgetGuard;
  /** The current catalog (a refresh replaces it): the premium reference model is read from it per request. */
  catalog: () => ModelCatalog;
  routerControl: RouterControl;
  online: OnlineMode | undefined;
  clock: Clock;
  latency: LatencyTracker;
  breaker: CircuitBreaker;
  /** Where the dashboard bundle is. Default: the package's `dist/dashboard`. */
  dashboardAssetsDir?: string | undefined;
}

/** The plugins `createApp` registers for the admin API (`/api/*`) and the dashboard. */
export function adminPlugins(deps: AdminPluginDeps): NonNullable<AppDeps["plugins"]> {
  const { config, adminKey, clock, routerControl, online } = deps;
  const sessions = createAdminSessions({ clock, secret: adminKey });
  // One count of wrong admin keys for the sign-in form and the API's Bearer header.
  const keyThrottle = createAdminKeyThrottle({ clock });
  return [
    (instance, gateway) =>
      registerAdminRoutes(instance, {
        adminKey,
        decisions: deps.decisions,
        keys: deps.keys,
        spendGuard: deps.spendGuard,
        premiumModel: () => premiumReferenceModel(config, deps.catalog()),
        experiments: () => config.experiments,
        routers: {
          status: () => ({ ...routerControl.status(), ...(online ? { online: online.learner.stats() } : {}) }),
          reload: () => routerControl.reload(),
          record: () => routerControl.record(),
        },
        clock,
        latency: deps.latency,
        breaker: deps.breaker,
        tiers: () => Object.keys(config.tiers),
        knownModels: () => [...new Set(Object.values(config.tiers).flatMap((tier) => tier.models.filter((model): model is string => typeof model === "string")))],
        sessions,
        keyThrottle,
        router: gateway.router,
        refusal: gateway.refusal,
      }),
    (instance) => registerDashboardRoutes(instance, { adminKey, sessions, keyThrottle, clock, alwaysSecure: config.server.secure_cookies === "always", ...(deps.dashboardAssetsDir ? { assetsDir: deps.dashboardAssetsDir } : {}) }),
  ];
}
