/**
 * The Node binding of the gateway (composition root): reads the upstream key from the environment, opens
 * storage (decision log, ledger, keys), builds the upstream client and the app, and listens.
 * @module
 */
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { DestinationStream, Logger } from "pino";
import { createSpendGuard } from "../budget/create-spend-guard.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import { RecordsLostAtCloseError } from "../log/log-failures.js";
import { repeatedWarning } from "./repeated-warning.js";
import { missingTierModelWarnings } from "../routing/missing-tier-models.js";
import { sameModelEscalationWarnings } from "../routing/same-model-escalation.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { SYSTEM_CLOCK } from "../core/clock.js";
import type { RouterLearning } from "../routing/adapter/routing-adapter.js";
import { createInMemoryLatencyTracker } from "../routing/latency/in-memory-latency-tracker.js";
import { loadLatencySeedFile } from "../routing/latency/load-latency-seed.js";
import type { StoreRetryDelays } from "../storage/postgres/postgres-stores.js";
import { createUpstreamClient, type UpstreamClient } from "../upstream/upstream-client.js";
import { redactSecret } from "../upstream/redact-secret.js";
import { createKeyAuth } from "./auth/create-key-auth.js";
import { chooseBinding } from "./choose-host.js";
import { listenError } from "./listen-error.js";
import { createApp, type AppDeps } from "./create-app.js";
import { createJudge } from "./create-judge.js";
import { startTracer } from "./telemetry/start-tracer.js";
import { createRouterControl, type RouterStatus } from "./router-control.js";
import { startOnlineMode, type OnlineMode } from "./online-mode.js";
import { startInFlightTracking } from "./in-flight-recovery.js";
import { createGatewayLogger } from "./gateway-logger.js";
import { createGatewayDecisionLog, shipLeftOutbox } from "./gateway-decision-log.js";
import { createGatewayBreaker } from "./gateway-breaker.js";
import { adminPlugins } from "./admin-plugins.js";
import { startCatalogRefresh } from "./catalog-refresh.js";
import { budgetGaugeSource } from "./budget-gauge-source.js";
import { openGatewayStorage } from "./gateway-storage.js";
import { assertSendableSecret } from "./sendable-secrets.js";

/** Options of startServer. */
export interface StartServerOptions {
  config: SwitchyardConfig;
  /** The catalog, or how to load it once the upstream client exists (live fetch with cache). */
  catalog: ModelCatalog | ((upstream: UpstreamClient) => Promise<ModelCatalog>);
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Default 127.0.0.1. Without virtual keys the gateway stays on loopback whatever this says. */
  host?: string;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Overrides `upstream.base_url` (e.g. a simulator). */
  upstreamUrl?: string;
  /** True when the upstream needs no key (the simulator). */
  keyOptional?: boolean;
  /** Fetches a fresh catalog; when set, it runs every `refreshIntervalMs` and the app switches to the result. */
  refreshCatalog?: (upstream: UpstreamClient) => Promise<ModelCatalog>;
  /** Default: config `catalog.ttl_ms`. */
  refreshIntervalMs?: number;
  /** Where JSON log lines go. Default: stdout, asynchronously. */
  logStream?: DestinationStream;
  /** Human-readable startup notes (the CLI prints them to stderr). */
  onNotice?: (text: string) => void;
  /**
   * The config's findings against the catalog (a tier's model it lacks, a quality retry to the same model), which
   * `config check` calls warnings. Default: `onNotice`.
   */
  onWarning?: (text: string) => void;
  /** false: no "Server listening at" JSON log line (the CLI prints its own plain line with `addresses`). Default true. */
  listenLogLine?: boolean;
  /** A latency seed file in OpenRouter's endpoints format (`serve --latency-seed`); overrides `routing.latency_seed`. */
  latencySeed?: string;
  /** Where the dashboard bundle is. Default: the package's `dist/dashboard`. */
  dashboardAssetsDir?: string;
  /** Redis key prefix and Postgres schema (`{namespace}:`, `namespace`). Default `switchyard`; tests isolate with it. */
  storageNamespace?: string;
  /** Retry delays of a shared store that is down at start (tests shorten them). Default 0.5 s doubling to 30 s. */
  storeRetry?: StoreRetryDelays;
  /** Extra app deps (tests). Its `clock` is the whole gateway's: budgets, decision log and stores keep one time. */
  app?: Partial<AppDeps>;
}

/** A listening gateway. */
export interface RunningServer {
  url: string;
  /** Every address served, as Fastify lists them (each interface's on a wildcard bind). */
  addresses: string[];
  /** Where budgets, rate limits, decisions and keys are kept (URLs without their passwords), for `serve` to say. */
  stores: { ledger: string; rateLimiter: string; decisions: string; keys: string };
  app: FastifyInstance;
  logger: Logger;
  /** Re-reads `routing.weights`, `routing.shadow` and the router state file (what SIGHUP does); rejects and keeps the current routers when a file is bad. */
  reloadRouter(): Promise<RouterStatus>;
  /** Stops listening, drains the decision log, closes storage and the upstream pool. */
  close(): Promise<void>;
}

/** Default port of `switchyard serve`. */
export const DEFAULT_PORT = 8787;

/** Starts the gateway. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config, env, onNotice = () => {} } = options;
  // One clock for the whole gateway: a test's clock given to the app only moved the decision log's times, and the
  // budget ledger, on the system clock, charged traffic "from yesterday" to today's window.
  const clock = options.app?.clock ?? SYSTEM_CLOCK;
  const apiKey = env[config.upstream.api_key_env];
  assertSendableSecret(config.upstream.api_key_env, apiKey, "every upstream call would fail", { trailingBlanksDropped: true });
  assertSendableSecret("SWITCHYARD_ADMIN_KEY", env.SWITCHYARD_ADMIN_KEY, "every admin sign-in would be refused");
  if (!apiKey && !options.keyOptional) {
    onNotice(`${config.upstream.api_key_env} is not set: calls to an upstream that needs a key (OpenRouter does) will fail with 502. Set it, or run \`switchyard serve --simulate\` to try without a key.`);
  }
  // Read before anything is opened, so a bad seed file stops the start with nothing to clean up.
  const seedFile = options.latencySeed ?? config.routing.latency_seed;
  const seed = seedFile ? await loadLatencySeedFile(path.resolve(options.cwd, seedFile)) : undefined;
  if (seed) onNotice(`Latency seed: ${seed.size} models from ${seedFile}.`);
  // The learning loop's routers (default adapter, shadow, experiment arms); a bad file stops the start here.
  let setLearning: ((learning: RouterLearning) => void) | undefined;
  // Set once storage is open; the reload callback below reads it later.
  let online: OnlineMode | undefined = undefined;
  const routerControl = await createRouterControl({ config, cwd: options.cwd, clock, apply: (learning) => setLearning?.(online ? online.wrap(learning) : learning) });
  const routers = routerControl.status();
  if (routers.active.weights) onNotice(`Router: ${routers.active.id} from ${routers.active.weights}.`);
  if (routers.shadow) onNotice(`Shadow router: ${routers.shadow.id} (logged, no effect on traffic).`);
  // Learns each model's speed from this instance's own traffic, starting from the seed (PRODUCT §1.4).
  const latency = createInMemoryLatencyTracker(seed ? { seed } : {});
  const { logger, listenLine, stopLogFlush } = createGatewayLogger({ env, logStream: options.logStream, listenLogLine: options.listenLogLine, onNotice });
  const upstream = createUpstreamClient({
    baseUrl: options.upstreamUrl ?? config.upstream.base_url,
    ...(apiKey ? { apiKey } : {}),
    ...(config.upstream.http_referer ? { httpReferer: config.upstream.http_referer } : {}),
    xTitle: config.upstream.x_title,
    connectTimeoutMs: config.upstream.timeouts.connect_ms,
  });
  const catalog = typeof options.catalog === "function" ? await options.catalog(upstream) : options.catalog;
  const onWarning = options.onWarning ?? onNotice;
  for (const warning of [...missingTierModelWarnings(config, catalog), ...sameModelEscalationWarnings(config, catalog, clock.now())]) onWarning(warning);
  const storage = await openGatewayStorage({ config, cwd: options.cwd, namespace: options.storageNamespace, retry: options.storeRetry, clock, logger, onNotice });
  const decisionLogStore = createGatewayDecisionLog({ config, storage, logger, clock });
  online = await startOnlineMode({ config, decisions: decisionLogStore, feed: storage.outcomeFeed, logger });
  const decisionLog = online?.decisions ?? decisionLogStore;
  await shipLeftOutbox({ config, storage, decisionLog, logger, onNotice });
  // Then the requests a crash cut mid-attempt get their records, and this process marks its own (ADR 0008).
  const inFlight = await startInFlightTracking({ storage, decisions: decisionLogStore, now: () => clock.now(), logger, onNotice });
  const breaker = createGatewayBreaker({ config, storage, clock, logger });
  // A sweep that fails before a reserve no longer fails that request; said once a minute, unless a store is down
  // (the store's own warning names that outage, ADR 0084).
  const sweepFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "could not sweep expired reservations; tried again before a reserve a second later"), () => clock.now());
  const onSweepError = (error: unknown): void => {
    if (Object.values(storage.readiness()).every((state) => state === "ready")) sweepFailed({ err: error });
    else logger.debug({ err: error }, "could not sweep expired reservations while a store is down");
  };
  const spendGuard = createSpendGuard({ ledger: storage.ledger, budgets: config.budgets, clock, keys: storage.keys, onSweepError });
  const budgetGauge = budgetGaugeSource({ guard: spendGuard, keys: storage.keys, budgets: config.budgets });
  // Reservations a crash left are swept again before reserves (at most once a second), so a ledger that is down now
  // only delays it.
  // A store down at start was already named by its notice (gateway-storage.ts): the sweep's failure is the same outage.
  const storesReady = Object.values(storage.readiness()).every((state) => state === "ready");
  await spendGuard.sweep().catch((error: unknown) => (storesReady ? logger.warn : logger.debug).call(logger, { err: error }, "could not sweep expired reservations at start; the ledger is not reachable yet"));
  let currentCatalog = catalog;
  const judge = createJudge({ config, storage, clock, upstream, decisions: decisionLog, catalog: () => currentCatalog, logger });
  // Unknown while the key store is unreachable (see chooseBinding).
  const { host, keylessAllowed } = chooseBinding(options.host, await storage.keys.countActive().catch(() => undefined), onNotice);
  const tracer = await startTracer(config, env, logger, onNotice);
  let setCatalog: ((catalog: ModelCatalog) => void) | undefined;
  const app = await createApp({
    onCatalogSetter: (setter) => (setCatalog = setter),
    learning: online ? online.wrap(routerControl.learning()) : routerControl.learning(),
    ...(judge ? { judge } : {}),
    onLearningSetter: (setter) => (setLearning = setter),
    config,
    catalog,
    upstream,
    logger,
    decisionLog,
    ...(inFlight.marks ? { inFlight: inFlight.marks } : {}),
    feedback: decisionLog,
    spendGuard,
    breaker,
    ...(storage.sharedHolds ? { holds: storage.sharedHolds } : {}),
    latency,
    ...(tracer ? { tracer } : {}),
    budgetStatus: () => budgetGauge.statuses(),
    gauges: {
      budgetKeysUnlisted: () => budgetGauge.unlisted(),
      ...(storage.decisionOutbox ? { outbox: storage.decisionOutbox.backlog } : {}),
      ...(storage.ledger.heldWrites ? { ledgerWritesHeld: () => storage.ledger.heldWrites?.().length ?? 0 } : {}),
    },
    authenticate: createKeyAuth({ keys: storage.keys, clock, rateLimiter: storage.rateLimiter, keylessAllowed }),
    // The local SQLite file is named only while it refuses the records or the in-flight markers (full, read-only): no
    // request can complete. With Postgres the records ship from memory, so only the markers still say it (ADR 0072).
    readiness: () => ({ ...storage.readiness(), ...(decisionLogStore.refusingWrites?.() === true || inFlight.marks?.refusingWrites() === true ? { sqlite: "refusing_writes" as const } : {}) }),
    conversations: storage.conversations,
    storedResponses: storage.storedResponses,
    redact: (text) => redactSecret(text, apiKey),
    ...(!apiKey && !options.keyOptional && isOpenRouter(options.upstreamUrl ?? config.upstream.base_url) ? { missingUpstreamKeyEnv: config.upstream.api_key_env } : {}),
    plugins: adminPlugins({
      config,
      adminKey: env.SWITCHYARD_ADMIN_KEY,
      decisions: decisionLog,
      keys: storage.keys,
      spendGuard,
      catalog: () => currentCatalog,
      routerControl,
      online,
      clock,
      latency,
      breaker,
      dashboardAssetsDir: options.dashboardAssetsDir,
    }),
    ...options.app,
  });
  const refresh = options.refreshCatalog;
  const stopRefresh = refresh
    ? startCatalogRefresh({
        fetch: () => refresh(upstream),
        intervalMs: options.refreshIntervalMs ?? config.catalog.ttl_ms,
        onFresh: (fresh) => {
          setCatalog?.(fresh);
          currentCatalog = fresh;
        },
        logger,
      })
    : undefined;
  /** Stops everything `startServer` opened, in order; used by `close()` and by a listen that failed. */
  const shutdown = async (): Promise<void> => {
    stopRefresh?.();
    online?.stop();
    stopLogFlush();
    await app.close();
    await inFlight.stop();
    await inFlight.marks?.flush();
    inFlight.marks?.stop(); // its probe of a refusing disk ends before storage closes the file
    await judge?.drain();
    await tracer?.shutdown().catch((error: unknown) => logger.warn({ err: error }, "trace export failed on shutdown"));
    // A store that is down (Postgres or Redis unreachable) fails the last flush: say so and close the rest anyway.
    // Throwing here left storage and upstream open, their reconnect timers kept the process alive, and serve
    // never exited after SIGTERM. Records on local disk (the outbox) ship at the next start.
    await decisionLog.close().catch((error: unknown) =>
      error instanceof RecordsLostAtCloseError
        ? logger.error({ err: error, lostRecords: error.lostRecords }, `${error.message}; those in the local outbox ship at the next start`)
        : logger.warn({ err: error }, "decision records could not be shipped at shutdown; those in the local outbox ship at the next start"),
    );
    await storage.close().catch((error: unknown) => logger.warn({ err: error }, "storage did not close cleanly"));
    await upstream.close();
    logger.flush();
  };
  await app.listen({ host, port: options.port ?? DEFAULT_PORT, listenTextResolver: listenLine.resolve }).catch(async (error: unknown) => {
    // "listen EADDRINUSE" alone named neither the cause a user can act on nor the way out. Everything opened before
    // the listen (upstream pool, learner, log flush, tracer, judge, decision log, storage) is closed, not leaked.
    await shutdown().catch(() => undefined);
    throw listenError(error, host, options.port ?? DEFAULT_PORT);
  });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? DEFAULT_PORT);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    addresses: listenLine.addresses,
    stores: storage.describe,
    app,
    logger,
    reloadRouter: () => routerControl.reload(),
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}

/**
 * Whether the upstream is OpenRouter, which refuses every call without the key: only then is a gateway started without
 * it a newcomer's, whose failed chains may say `serve --simulate`. An upstream of the operator's own (a proxy that adds
 * the key, a simulator) may serve callers who cannot run `serve` and must not be told to.
 */
function isOpenRouter(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname.toLowerCase();
    return host === "openrouter.ai" || host.endsWith(".openrouter.ai");
  } catch {
    return false;
  }
}
