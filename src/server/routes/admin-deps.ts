/**
 * What the admin routes need.
 * @module
 */
import type { BudgetGuard } from "../../budget/create-spend-guard.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import type { ExperimentConfig } from "../../config/config-schema.js";
import type { Clock } from "../../core/clock.js";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import type { DecisionLogStore } from "../../log/decision-log-store.js";
import type { CircuitBreaker } from "../../routing/fallback/circuit-breaker.js";
import type { LatencyTracker } from "../../routing/latency/latency-tracker.js";
import type { RequestRouter } from "../../routing/request-router.js";
import type { KeyStore } from "../../storage/key-store.js";
import type { RouterControl } from "../router-control.js";
import type { AdminSessions } from "../auth/admin-sessions.js";
import type { AdminKeyThrottle } from "../auth/admin-key-throttle.js";
import { quoteSentText } from "../../core/quote-sent-text.js";
import type { Refusal } from "../recent-refusals.js";

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
  /** The learning loop's router holder behind `/api/router`, `/api/router/reload` and `/api/router/shadow`. */
  routers?: RouterControl;
  clock: Clock;
  /** The gateway's latency tracker, for TTFT and throughput in `/api/models/stats`. */
  latency?: LatencyTracker;
  /** The gateway's circuit breaker, for each model's circuit state in `/api/models/stats`. */
  breaker?: CircuitBreaker;
  /** The config's tier names: a key limited to tiers that do not exist is refused. */
  tiers?: () => readonly string[];
  /** Models to list in `/api/models/stats` even without traffic (the config's tier models). */
  knownModels?: () => readonly string[];
  /** Dashboard sessions: with them a session cookie is accepted in place of the admin key header. */
  sessions?: AdminSessions;
  /** Wrong admin keys counted per address and overall; share the dashboard's so the sign-in form and the API are one limit. Default: its own. */
  keyThrottle?: AdminKeyThrottle;
  /** The router the gateway routes with now, for `POST /api/route` (the route playground); without it the route is absent. */
  router?: () => RequestRouter;
  /** A request this instance refused without a decision record (`recent-refusals.ts`), for `GET /api/decisions/:id`. */
  refusal?: (requestId: string) => Refusal | undefined;
}

/** A 404 in the OpenAI envelope. */
export function notFound(message: string): GatewayError {
  return new GatewayError({ message, status: 404, type: "invalid_request_error", code: "not_found" });
}

/**
 * A query-string value as one string. A parameter given twice (`?tier=budget&tier=mid`) or as a list (`?tier[]=budget`)
 * is a 400 naming it: read as absent, it answered every decision, or the default limit and period, under a URL that
 * looked filtered.
 */
export function queryValue(query: unknown, name: string): string | undefined {
  if (typeof query !== "object" || query === null) return undefined;
  // `?tier[]=budget` or `?limit[0]=1` (how the qs library and axios write a list) is another parameter's name to the
  // parser, so it was ignored as unrelated: the whole list answered under a URL that looked filtered.
  const listed = Object.keys(query).find((key) => key.startsWith(`${name}[`));
  if (listed !== undefined) {
    throw new InvalidRequestError(`${name} is given as a list (${quoteSentText(listed, 40)}): give it once, as ${name}=value (each filter takes one value).`, { param: name });
  }
  if (!Object.hasOwn(query, name)) return undefined;
  const value = (query as Record<string, unknown>)[name];
  if (Array.isArray(value)) {
    throw new InvalidRequestError(`${name} is given ${value.length} times: give it once (each filter takes one value).`, { param: name });
  }
  return typeof value === "string" && value !== "" ? value : undefined;
}
