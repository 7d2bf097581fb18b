/**
 * What the admin routes need.
 * @module
 */
import type { BudgetGuard } from "../../budget/create-spend-guard.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import type { ExperimentConfig } from "../../config/config-schema.js";
import type { Clock } from "../../core/clock.js";
import { GatewayError } from "../../core/errors/index.js";
import type { DecisionLogStore } from "../../log/decision-log-store.js";
import type { KeyStore } from "../../storage/key-store.js";
import type { RouterControl } from "../router-control.js";

/** Dependencies of `registerAdminRoutes`. */
export interface AdminRouteDeps {
  /** `SWITCHYARD_ADMIN_KEY`; without it every admin request answers 401 saying how to enable the API. */
  adminKey: string | undefined;
  decisions: DecisionLogStore;
  keys: KeyStore;
  /** For `GET /api/budgets`. */
  spendGuard?: BudgetGuard;
  /** The model savings are priced against (see `premiumReferenceModel`); read per request so catalog refreshes apply. */
  premiumModel?: () => ModelEntry | undefined;
  /** The config's `experiments`, for `/api/experiments` (without it only the log's experiments are listed). */
  experiments?: () => readonly ExperimentConfig[];
  /** The router holder behind `/api/router` and `/api/router/reload` (the learning loop). */
  router?: RouterControl;
  clock: Clock;
}

/** A 404 in the OpenAI envelope. */
export function notFound(message: string): GatewayError {
  return new GatewayError({ message, status: 404, type: "invalid_request_error", code: "not_found" });
}

/** A query-string value as one string. */
export function queryValue(query: unknown, name: string): string | undefined {
  if (typeof query !== "object" || query === null) return undefined;
  const value = (query as Record<string, unknown>)[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}
