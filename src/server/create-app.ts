/**
 * The gateway as a Fastify app: routes, the one error handler, body limits (bodies are read by `json-body-parser.ts`). No environment, no listen:
 * `startServer` is the Node binding. Spend control, the decision log and key auth are optional deps.
 * @module
 */
import type { InFlightMarks } from "../log/in-flight.js";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { BudgetGuard } from "../budget/create-spend-guard.js";
import type { SpendGuard } from "../budget/spend-guard.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { ConversationClassifier } from "../classifier/classifier.js";
import { createClassifier } from "../classifier/create-classifier.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { SYSTEM_CLOCK, type Clock } from "../core/clock.js";
import { GatewayError, InvalidRequestError } from "../core/errors/index.js";
import { repeatedWarning } from "./repeated-warning.js";
import { setSafeHeaders } from "./safe-header.js";
import { generateDecisionId, type IdGenerator } from "../core/id-generator.js";
import type { DecisionLogQueries } from "../log/decision-log-store.js";
import type { DecisionLog } from "../log/decision-record.js";
import { InMemoryCircuitBreaker, type CircuitBreaker } from "../routing/fallback/circuit-breaker.js";
import { InMemoryRetryAfterHolds, type RetryAfterHolds } from "../routing/fallback/retry-after-holds.js";
import { fallbackSettingsFromConfig, type FallbackDeps } from "../routing/fallback/fallback-settings.js";
import { GatewayEngine } from "./gateway-engine.js";
import { createRequestRouter, type RequestRouter } from "../routing/request-router.js";
import type { UpstreamClient } from "../upstream/upstream-client.js";
import type { LatencyTracker } from "../routing/latency/latency-tracker.js";
import type { RouterLearning } from "../routing/adapter/routing-adapter.js";
import type { SampledJudge } from "../routing/judge/sampled-judge.js";
import { errorSummary, handleError } from "./error-handler.js";
import { createGatewayMetrics, type GatewayMetrics, type GaugeSources } from "./gateway-metrics.js";
import type { KeyAuthenticator } from "./auth/create-key-auth.js";
import type { RequestTracer } from "./telemetry/request-tracer.js";
import { assertSingleValueHeaders } from "./auth/single-credential.js";
import { guardV1Routes } from "./auth/v1-key-guard.js";
import { registerDoorRoute, type ChatRouteDeps } from "./routes/chat-completions.js";
import { CHAT_DOOR } from "./doors/chat-door.js";
import { MESSAGES_DOOR } from "./doors/messages/messages-door.js";
import { createResponsesDoor } from "./doors/responses/responses-door.js";
import { ConversationAffinity } from "../routing/affinity/conversation-affinity.js";
import type { ConversationStore } from "../routing/affinity/conversation-store.js";
import { createMemoryConversationStore } from "../storage/memory/memory-conversation-store.js";
import { registerFeedbackRoute } from "./routes/feedback.js";
import { registerHealthRoutes } from "./routes/health.js";
import { registerKeyInfoRoute } from "./routes/key-info.js";
import { registerModelsRoute } from "./routes/models.js";
import { registerBrowserPolicy } from "./browser-policy.js";
import { answerClientError, applyServerLimits, hardenedFastifyOptions } from "./http-hardening.js";
import { registerJsonBodyParser } from "./json-body-parser.js";
import { recordRoutes, routeNotFound } from "./route-registry.js";
import { trackUnusedConnections } from "./unused-connections.js";
import { registerCountTokensRoute } from "./routes/count-tokens.js";
import { RefusedModelIds } from "./routes/refused-model-ids.js";
import { registerDoorRequestIds } from "./door-request-id.js";
import { RecentRefusals, rememberRefusals, type Refusal } from "./recent-refusals.js";
import { INPUT_TOKENS_PATH, registerResponsesInputTokens } from "./routes/responses-input-tokens.js";
import { registerResponsesCompact } from "./routes/responses-compact.js";
import { READ_BACK_PATHS, registerResponsesReadBack } from "./routes/responses-read-back.js";
import type { StoreState } from "../storage/open-storage.js";

/** Ten megabytes. */
export const DEFAULT_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** Everything the app is built from. Only config, catalog and upstream are required. */
export interface AppDeps {
  config: SwitchyardConfig;
  catalog: ModelCatalog;
  upstream: UpstreamClient;
  /** The routing engine. Default: one over config and catalog with `classifier`. */
  router?: RequestRouter;
  /** Default: the heuristic classifier. */
  classifier?: ConversationClassifier;
  clock?: Clock;
  generateId?: IdGenerator;
  /** Default: an in-memory breaker with config `circuit_breaker`. */
  breaker?: CircuitBreaker;
  /** Per-model Retry-After holds. Default: in memory (this instance). */
  holds?: RetryAfterHolds;
  /** Per-model speed, learned from traffic (and seeded); enables `switchyard.max_latency_ms`. Default: none. */
  latency?: LatencyTracker;
  /** With `status` (a `BudgetGuard`), `GET /v1/key` shows the calling key's budgets. */
  spendGuard?: SpendGuard & Partial<Pick<BudgetGuard, "status">>;
  decisionLog?: DecisionLog;
  /** Markers of requests in flight (ADR 0008): the gateway's, so a crash's cut requests get records. Default: none. */
  inFlight?: InFlightMarks;
  /** Where `POST /v1/feedback` records scores (the decision log store). Without it the route is absent. */
  feedback?: Pick<DecisionLogQueries, "recordFeedback" | "get">;
  /** Virtual-key auth for `/v1/*`. Without it the gateway is open (bind it to 127.0.0.1). */
  authenticate?: KeyAuthenticator;
  /** Default: fresh metrics on their own Registry. */
  metrics?: GatewayMetrics;
  /** A pino logger (configure it with LOG_REDACT_PATHS). Default: no logging. */
  logger?: FastifyBaseLogger;
  /** Overrides config `server.body_limit_bytes` (default 10 MB); larger bodies get a 413. */
  bodyLimitBytes?: number;
  /** Scrubs the upstream key from upstream text. */
  redact?: (text: string) => string;
  /** Waits for Retry-After (tests inject a fake). */
  sleep?: FallbackDeps["sleep"];
  /** Receives a function that switches the app to a refreshed catalog (the server's background refresh). */
  onCatalogSetter?: (setCatalog: (catalog: ModelCatalog) => void) => void;
  /** The sampled judge (`learning.judge`), given the answers of cheaper tiers after they are sent. */
  judge?: SampledJudge;
  /** The learning loop's hooks: routing features, the default adapter, the shadow and experiment arms (docs/learning.md). */
  learning?: RouterLearning;
  /** Receives a function that switches the app to new learning hooks (router reload: SIGHUP, `POST /api/router/reload`). */
  onLearningSetter?: (setLearning: (learning: RouterLearning) => void) => void;
  /** Budget statuses for the `switchyard_budget_remaining_usd` gauge (the spend guard's `status`). */
  budgetStatus?: GaugeSources["budgets"];
  /**
   * More scrape-time gauges: the decision outbox's backlog (`DecisionOutbox.backlog`), budgeted keys the budget gauge
   * left out (`budget-gauge-source.ts`), ledger writes waiting for Redis (`Ledger.heldWrites`, ADR 0059).
   */
  gauges?: Pick<GaugeSources, "outbox" | "budgetKeysUnlisted" | "ledgerWritesHeld">;
  /** Whether each shared store answers and takes writes (`GET /readyz`). Default: nothing to wait for (always ready). */
  readiness?: () => Partial<Record<string, StoreState>>;
  /** OpenTelemetry traces of each request (see `startServer`); absent when telemetry is off. */
  tracer?: RequestTracer;
  /** Conversation affinity and stored responses. Default: this process's memory (pass Redis's to share). */
  conversations?: ConversationStore;
  /** The Responses API's stored responses. Default: `conversations` (`startServer` passes the SQLite file's without Redis). */
  storedResponses?: ConversationStore;
  /** The upstream key's variable when the gateway started without it (not `--simulate`): failed chains say how to try offline. */
  missingUpstreamKeyEnv?: string;
  /** Registers more routes (admin API, feedback, dashboard) on the same app and error handler. */
  plugins?: readonly ((app: FastifyInstance, gateway: GatewayView) => void | Promise<void>)[];
}

/** What plugins may read of the running gateway. */
export interface GatewayView {
  /** The router requests are routed with now (it changes when the catalog is refreshed). */
  router(): RequestRouter;
  /** A request this instance refused lately without a decision record, by the request id its answer carried. */
  refusal(requestId: string): Refusal | undefined;
}

/** Builds the app. Call `app.ready()` or `app.listen()` on it. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? SYSTEM_CLOCK;
  const limits = { ...deps.config.server, ...(deps.bodyLimitBytes !== undefined ? { body_limit_bytes: deps.bodyLimitBytes } : {}) };
  const bodyLimit = limits.body_limit_bytes;
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    ...hardenedFastifyOptions(limits),
    // One summary line per chat request instead of Fastify's two per request (kept off the hot path).
    logController: new LogController({ disableRequestLogging: true }),
    // Requests that arrive while the gateway drains get a 503 in the envelope every other error uses (the hook below),
    // not Fastify's own body.
    return503OnClosing: false,
    requestIdHeader: false,
  });
  registerJsonBodyParser(app, limits);
  const hints = deps.missingUpstreamKeyEnv === undefined ? {} : { missingUpstreamKeyEnv: deps.missingUpstreamKeyEnv };
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply, hints));
  recordRoutes(app);
  app.setNotFoundHandler((request, reply) => handleError(routeNotFound(app, request), request, reply));
  let draining = false;
  // Node stops applying the header timeout once the server closes: a half-sent request gets its 408 anyway.
  const closeUnusedConnections = trackUnusedConnections(app.server, {
    headerTimeoutMs: Math.min(limits.header_timeout_ms, limits.request_timeout_ms),
    requestTimeoutMs: limits.request_timeout_ms,
    onHeadersTimeout: (socket) => answerClientError(Object.assign(new Error("request headers not received in time"), { code: "ERR_HTTP_REQUEST_TIMEOUT" }), socket),
    onRequestTimeout: (socket) => answerClientError(Object.assign(new Error("request not received in time"), { code: "ERR_HTTP_REQUEST_TIMEOUT" }), socket),
  });
  app.addHook("preClose", async () => {
    draining = true;
    closeUnusedConnections();
  });
  const generateId = deps.generateId ?? generateDecisionId;
  registerDoorRequestIds(app, generateId);
  const recentRefusals = new RecentRefusals(clock);
  rememberRefusals(app, recentRefusals, clock);
  app.addHook("onRequest", async (request, reply) => {
    if (draining) {
      setSafeHeaders(reply, { connection: "close" });
      throw new GatewayError({ message: "The gateway is shutting down; send the request again (another instance, or this one once it is back).", status: 503, type: "server_error", code: "shutting_down" });
    }
    if (request.raw.httpVersion === "1.1" && !request.headers.host) {
      throw new InvalidRequestError("HTTP/1.1 requests need a Host header.", { code: "malformed_http" });
    }
    assertSingleValueHeaders(request.raw.rawHeaders);
  });
  registerBrowserPolicy(app, limits.cors_allow_origins);
  applyServerLimits(app.server, limits);

  const configModels = new Set(Object.values(deps.config.tiers).flatMap((tier) => tier.models.filter((model): model is string => typeof model === "string")));
  const metrics = deps.metrics ?? createGatewayMetrics({ isKnownModel: (model) => configModels.has(model) || deps.catalog.get(model) !== undefined });
  const breakerSettings = deps.config.circuit_breaker;
  // The breaker outlives catalog refreshes: circuit state is about models, not about a catalog copy.
  const breaker = deps.breaker ?? new InMemoryCircuitBreaker({ failures: breakerSettings.failures, windowMs: breakerSettings.window_ms, cooldownMs: breakerSettings.cooldown_ms }, clock);
  const holds = deps.holds ?? new InMemoryRetryAfterHolds(clock);
  const classifier = deps.classifier ?? createClassifier(deps.config.routing.classifier);
  let learning = deps.learning;
  const tierModels = [...new Set(Object.values(deps.config.tiers).flatMap((tier) => tier.models.filter((model): model is string => typeof model === "string")))];
  // A gauge whose store is down is left out of the scrape; one warning a minute says so.
  const collectFailed = repeatedWarning<{ gauge: string; err: unknown }>((fields) => deps.logger?.warn(fields, "a metrics gauge could not be read; left out of the scrape"), () => clock.now());
  deps.tracer?.onExportFailure?.((_error, spans) => metrics.observeTraceExportFailure(spans));
  metrics.watch({ breaker, models: () => tierModels, onCollectError: (error, gauge) => collectFailed({ gauge, err: error }), ...(deps.budgetStatus ? { budgets: deps.budgetStatus } : {}), ...deps.gauges, now: () => clock.now() });
  const engine = new GatewayEngine({
    catalog: deps.catalog,
    created: Math.floor(clock.now() / 1000),
    build: (catalog) => ({
      catalog,
      router: deps.router && catalog === deps.catalog ? deps.router : createRequestRouter({ config: deps.config, catalog, classifier, clock, ...(deps.latency ? { latency: deps.latency } : {}), ...(learning ? { learning } : {}) }),
      fallback: {
        upstream: deps.upstream,
        settings: fallbackSettingsFromConfig(deps.config.upstream),
        clock,
        catalog,
        breaker,
        holds,
        observer: metrics.observer,
        ...(deps.spendGuard ? { spendGuard: deps.spendGuard } : {}),
        ...(deps.redact ? { redact: deps.redact } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        onBackgroundError: (error, what) => app.log.warn({ err: errorSummary(error) }, `spend ledger failed while ${what}; the reservation will expire at its worst case`),
      },
    }),
  });
  deps.onCatalogSetter?.((catalog) => engine.setCatalog(catalog));
  deps.onLearningSetter?.((next) => {
    learning = next;
    engine.setCatalog(engine.current.catalog);
  });
  const conversations = deps.conversations ?? createMemoryConversationStore({ clock });
  const refusedShareFailed = repeatedWarning<{ err: unknown }>((fields) => deps.logger?.warn(fields, "the shared store of refused model ids failed; the token counters on other instances may count an id this one refused"), () => clock.now());
  const affinityConfig = deps.config.affinity;
  // The ids the doors were refused, which the counters refuse too (counted-model.ts); shared with the other processes
  // through the conversation store the deployment gave (Redis, or the SQLite file), else this process's own.
  const refusedModels = new RefusedModelIds(clock, deps.conversations ? { store: deps.conversations, onError: (error) => refusedShareFailed({ err: error }) } : undefined);
  const doorDeps: ChatRouteDeps = {
    engine,
    refusedModels,
    onExceed: deps.config.on_exceed,
    clock,
    generateId,
    metrics,
    storePrompts: deps.config.log.store_prompts,
    ...(deps.latency ? { latency: deps.latency } : {}),
    ...(deps.judge ? { judge: deps.judge } : {}),
    ...(deps.tracer ? { tracer: deps.tracer } : {}),
    ...(deps.decisionLog ? { decisionLog: deps.decisionLog } : {}),
    ...(deps.inFlight ? { inFlight: deps.inFlight } : {}),
    ...(deps.authenticate ? { authenticate: deps.authenticate } : {}),
    ...(affinityConfig.enabled ? { affinity: new ConversationAffinity(conversations, affinityConfig.ttl_seconds * 1000, { moveWhenCheaper: affinityConfig.move_when_cheaper }) } : {}),
  };
  const responsesDoor = createResponsesDoor({
    store: deps.storedResponses ?? conversations,
    ttlMs: affinityConfig.ttl_seconds * 1000,
    maxStoredBytes: bodyLimit,
    generateId: doorDeps.generateId,
    onStoreFailed: (error, responseId) => deps.logger?.warn({ err: error, responseId }, "a Responses answer could not be stored: it was sent with store false, and previous_response_id cannot continue it"),
  });
  const doors = [CHAT_DOOR, MESSAGES_DOOR, responsesDoor];
  for (const door of doors) registerDoorRoute(app, doorDeps, door);
  if (deps.authenticate) guardV1Routes(app, deps.authenticate, [...doors.map((door) => door.path), ...READ_BACK_PATHS, INPUT_TOKENS_PATH]);
  registerResponsesReadBack(app, responsesDoor, deps.authenticate);
  const catalog = (): ModelCatalog => engine.current.catalog;
  registerCountTokensRoute(app, deps.config, catalog, refusedModels);
  registerResponsesInputTokens(app, responsesDoor, deps.config, { catalog, refused: refusedModels }, deps.authenticate);
  registerResponsesCompact(app);
  registerModelsRoute(app, engine);
  registerKeyInfoRoute(app, deps.spendGuard);
  if (deps.feedback) registerFeedbackRoute(app, deps.feedback);
  registerHealthRoutes(app, { engine, metrics, ...(deps.readiness ? { readiness: deps.readiness } : {}) });
  const view: GatewayView = { router: () => engine.current.router, refusal: (requestId) => recentRefusals.get(requestId) };
  for (const plugin of deps.plugins ?? []) await plugin(app, view);
  return app;
}
