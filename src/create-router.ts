/**
 * The library face of Switchyard: `createRouter(config, deps)` runs the same engine as the gateway
 * (routing, the attempt loop, budgets, quality escalation, the decision log) inside your process.
 * @module
 */
import { checkRouterDeps } from "./check-router-deps.js";
import { createSpendGuard } from "./budget/create-spend-guard.js";
import type { SpendGuard } from "./budget/spend-guard.js";
import { builtinCatalog } from "./catalog/builtin-catalog.js";
import { ModelCatalog } from "./catalog/model-catalog.js";
import { parseCatalog } from "./catalog/parse-catalog.js";
import type { ConversationClassifier } from "./classifier/classifier.js";
import { createClassifier } from "./classifier/create-classifier.js";
import type { ConfigInput, SwitchyardConfig } from "./config/config-schema.js";
import { parseConfig } from "./config/parse-config.js";
import { SYSTEM_CLOCK, type Clock } from "./core/clock.js";
import { ConfigError, GatewayError, InvalidRequestError } from "./core/errors/index.js";
import { generateDecisionId, type IdGenerator } from "./core/id-generator.js";
import type { ChatRequest, RoutingDecision } from "./core/types.js";
import { createDecisionLog } from "./log/create-decision-log.js";
import type { DecisionLogStore } from "./log/decision-log-store.js";
import { assertAnswered, isPlainLabel, LABEL_RULE } from "./log/handle-feedback.js";
import { InMemoryCircuitBreaker, type CircuitBreaker } from "./routing/fallback/circuit-breaker.js";
import { InMemoryRetryAfterHolds } from "./routing/fallback/retry-after-holds.js";
import { fallbackSettingsFromConfig, type FallbackDeps } from "./routing/fallback/fallback-settings.js";
import type { ResponseValidator } from "./routing/quality-checks.js";
import { createRequestRouter, type RequestRouter } from "./routing/request-router.js";
import type { RouterLearning, RoutingFeatures } from "./routing/adapter/routing-adapter.js";
import { extractRoutingFeatures } from "./learning/index.js";

/** The prompt-free routing features, as the engine's hook takes them. */
const featuresOf: NonNullable<RouterLearning["extractFeatures"]> = (messages, classification, promptTokens) => extractRoutingFeatures(messages, classification, promptTokens) as unknown as RoutingFeatures;
import { createMemoryDecisionLogBackend } from "./storage/memory/memory-decision-log.js";
import { inLibraryWords, type LibraryCredentials } from "./library-upstream-refusal.js";
import { createMemoryLedger } from "./storage/memory/memory-ledger.js";
import { createUpstreamClient, type UpstreamClient } from "./upstream/upstream-client.js";
import { redactSecret } from "./upstream/redact-secret.js";
import { runLibraryChat, runLibraryStream, type ChatResponse, type ChatStream } from "./library-chat.js";
import { readChatRequest } from "./server/read-chat-request.js";
import { jsonLimitsOf } from "./server/request-shape/json-limits.js";
import { assertJsonRequest } from "./library-request.js";
import { readChatOptions } from "./library-options.js";
import { quoteSentValue } from "./core/quote-sent-text.js";

/** What the router is built from. Everything is optional; the defaults need no network until you call `chat`. */
export interface RouterDeps {
  /** The model catalog. Default: the built-in snapshot (call `router.refreshCatalog()` for the live one). */
  catalog?: ModelCatalog;
  /** Default: the one named by `routing.classifier`. */
  classifier?: ConversationClassifier;
  /**
   * The OpenRouter key. The library never reads the environment; pass `process.env.OPENROUTER_API_KEY` (undefined
   * is taken, as for an upstream that needs no key, such as the simulator, under `exactOptionalPropertyTypes` too).
   */
  apiKey?: string | undefined;
  /** Default: an undici pool to `upstream.base_url`. */
  upstream?: UpstreamClient;
  /** Default: budgets from config over an in-memory ledger. */
  spendGuard?: SpendGuard;
  /** Default: an in-memory decision log. */
  decisionLog?: DecisionLogStore;
  breaker?: CircuitBreaker;
  clock?: Clock;
  generateId?: IdGenerator;
  /**
   * The learning loop's hooks: a deployment adapter, a shadow, experiment arms (`loadRouterLearning(config, cwd)`
   * reads them from `routing.weights` and the router state file). Default: routing features only (logged unless
   * `log.store_features: false`).
   */
  learning?: RouterLearning;
}

/** Per-call options. */
export interface ChatOptions {
  /** Aborts the call: it throws the signal's reason (an `AbortError` by default) and is logged as 499. */
  signal?: AbortSignal | undefined;
  /** Charged to this key id's budgets. */
  keyId?: string | undefined;
  /** Rejects an answer (return false or a reason): the request is retried once on the next tier up. */
  validator?: ResponseValidator | undefined;
}

/** A Switchyard router. */
export interface Router {
  /** The decision only: no call is made. */
  route(request: ChatRequest): RoutingDecision;
  /** A non-streaming completion through the fallback chain. */
  chat(request: ChatRequest, options?: ChatOptions): Promise<ChatResponse>;
  /** A streaming completion: async-iterate the parsed chunks. */
  stream(request: ChatRequest, options?: ChatOptions): Promise<ChatStream>;
  /** Records a quality score (0..1) for a decision. Returns false if the decision is unknown. */
  feedback(input: { decisionId: string; score: number; label?: string }): Promise<boolean>;
  /** The catalog in use. */
  readonly catalog: ModelCatalog;
  /** Fetches the live catalog from the upstream and uses it from now on. */
  refreshCatalog(): Promise<ModelCatalog>;
  readonly config: SwitchyardConfig;
  readonly decisionLog: DecisionLogStore;
  /** Drains the decision log and closes the upstream pool. */
  close(): Promise<void>;
}

/** Creates a router. `config` is the same shape as `switchyard.yaml` (validated; defaults applied). */
export function createRouter(config: ConfigInput | SwitchyardConfig = {}, given: RouterDeps = {}): Router {
  if (typeof config === "string") {
    // A path or YAML text where the config object goes: "must be a mapping" would not say what to do instead.
    throw new ConfigError([{ path: "(config)", message: "createRouter takes the config as an object (switchyard.yaml's shape), not a file name or YAML text; for a file use createRouter(parseConfigText(readFileSync(file, \"utf8\"), file))" }]);
  }
  const parsed = parseConfig(config);
  checkRouterDeps(given);
  // null from a JavaScript caller means no deps, as the default does (checkRouterDeps refused any other non-object).
  const deps: RouterDeps = (given as RouterDeps | null) ?? {};
  const clock = deps.clock ?? SYSTEM_CLOCK;
  const generateId = deps.generateId ?? generateDecisionId;
  const classifier = deps.classifier ?? createClassifier(parsed.routing.classifier);
  const decisionLog = deps.decisionLog ?? createDecisionLog({ backend: createMemoryDecisionLogBackend(), storePrompts: parsed.log.store_prompts, storeFeatures: parsed.log.store_features, redact: parsed.log.redact });
  let upstream = deps.upstream;
  const upstreamClient = (): UpstreamClient =>
    (upstream ??= createUpstreamClient({
      baseUrl: parsed.upstream.base_url,
      ...(deps.apiKey ? { apiKey: deps.apiKey } : {}),
      ...(parsed.upstream.http_referer ? { httpReferer: parsed.upstream.http_referer } : {}),
      xTitle: parsed.upstream.x_title,
      connectTimeoutMs: parsed.upstream.timeouts.connect_ms,
    }));
  let catalog = deps.catalog ?? builtinCatalog();
  const learning: RouterLearning = deps.learning ?? (parsed.log.store_features ? { extractFeatures: featuresOf } : {});
  let requestRouter: RequestRouter = createRequestRouter({ config: parsed, catalog, classifier, clock, learning });
  const spendGuard = deps.spendGuard ?? createSpendGuard({ ledger: createMemoryLedger(), budgets: parsed.budgets, clock });
  const breaker = deps.breaker ?? new InMemoryCircuitBreaker({ failures: parsed.circuit_breaker.failures, windowMs: parsed.circuit_breaker.window_ms, cooldownMs: parsed.circuit_breaker.cooldown_ms }, clock);
  const holds = new InMemoryRetryAfterHolds(clock);
  // An upstream may quote the key it refused in its error text: the error a caller logs never carries it.
  const redact = deps.apiKey ? { redact: (text: string) => redactSecret(text, deps.apiKey) } : {};
  const fallback = (): FallbackDeps => ({ upstream: upstreamClient(), settings: fallbackSettingsFromConfig(parsed.upstream), clock, breaker, holds, spendGuard, catalog, ...redact });
  const engine = (options: ChatOptions) => ({
    deps: { router: requestRouter, fallback: fallback(), onExceed: parsed.on_exceed },
    decisionLog,
    clock,
    id: generateId(),
    options,
  });

  const credentials: LibraryCredentials = deps.upstream ? "own_client" : deps.apiKey ? "api_key" : "no_api_key";
  const requestLimits = jsonLimitsOf(parsed.server);
  const readRequest = (request: unknown): ChatRequest => readChatRequest(assertJsonRequest(request, requestLimits));

  let closed = false;
  /** A call after close() is the caller's mistake, said as such (not an upstream outage that counts against models). */
  const open = (): void => {
    if (closed) throw new GatewayError({ message: "This router was closed; create another with createRouter().", status: 500, type: "invalid_request_error", code: "router_closed" });
  };

  return {
    // Requests are checked as the gateway checks a body (the plain shape by hand, anything else by its schema), so a
    // malformed one is a 400 naming the field, never a TypeError inside the engine or a paid upstream refusal.
    // An object is checked to be JSON within the gateway's body limits first: a cycle, a BigInt or deep nesting passed
    // through to the upstream body was a TypeError or RangeError from inside `chat()` (`library-request.ts`).
    route: (request) => requestRouter.route(readRequest(request)).decision,
    chat: async (request, options) => (open(), runLibraryChat(engine(readChatOptions(options)), readRequest(request)).catch(inLibraryWords(credentials))),
    stream: async (request, options) => (open(), runLibraryStream(engine(readChatOptions(options)), readRequest(request)).catch(inLibraryWords(credentials))),
    async feedback(input) {
      const { decisionId, score, label } = (input ?? {}) as Partial<typeof input>;
      if (typeof decisionId !== "string") throw new InvalidRequestError("decisionId must be a string (the x-switchyard-decision-id of the answer rated).", { param: "decisionId" });
      if (typeof score !== "number" || !(score >= 0 && score <= 1)) throw new InvalidRequestError(`score must be a number from 0 to 1 (got ${quoteSentValue(score, 80)}).`, { param: "score" });
      if (label !== undefined && label !== null && (typeof label !== "string" || label.length > 200)) throw new InvalidRequestError("label must be a string of at most 200 characters.", { param: "label" });
      if (typeof label === "string" && !isPlainLabel(label)) throw new InvalidRequestError(`label: ${LABEL_RULE}.`, { param: "label" });
      const record = await decisionLog.get(decisionId);
      if (record) assertAnswered(record, "decisionId");
      return decisionLog.recordFeedback(decisionId, score, label ?? null);
    },
    get catalog() {
      return catalog;
    },
    async refreshCatalog() {
      const { models } = parseCatalog(await upstreamClient().listModels(), "the live /models response");
      catalog = new ModelCatalog(models, { source: "live", fetchedAt: clock.now() });
      requestRouter = createRequestRouter({ config: parsed, catalog, classifier, clock, learning });
      return catalog;
    },
    config: parsed,
    decisionLog,
    async close() {
      if (closed) return;
      closed = true;
      await decisionLog.close();
      if (!deps.upstream) await upstream?.close();
    },
  };
}
