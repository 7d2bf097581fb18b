/**
 * The Node binding of the gateway (composition root): reads the upstream key from the environment, opens
 * storage (decision log, ledger, keys), builds the upstream client and the app, and listens.
 * @module
 */
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { pino, type DestinationStream, type Logger } from "pino";
import { createSpendGuard } from "../budget/create-spend-guard.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { SYSTEM_CLOCK } from "../core/clock.js";
import { createDecisionLog } from "../log/create-decision-log.js";
import { premiumReferenceModel } from "../log/premium-reference-model.js";
import { InMemoryCircuitBreaker } from "../routing/fallback/circuit-breaker.js";
import { createInMemoryLatencyTracker } from "../routing/latency/in-memory-latency-tracker.js";
import { loadLatencySeedFile } from "../routing/latency/load-latency-seed.js";
import { openStorage } from "../storage/open-storage.js";
import { createUpstreamClient, type UpstreamClient } from "../upstream/upstream-client.js";
import { redactSecret } from "../upstream/redact-secret.js";
import { createKeyAuth } from "./auth/create-key-auth.js";
import { createApp, type AppDeps } from "./create-app.js";
import { LOG_REDACT_PATHS } from "./log-redaction.js";
import { createAdminSessions } from "./auth/admin-sessions.js";
import { registerAdminRoutes } from "./routes/admin-routes.js";
import { registerDashboardRoutes } from "./routes/dashboard-routes.js";

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
  /** A latency seed file in OpenRouter's endpoints format (`serve --latency-seed`); overrides `routing.latency_seed`. */
  latencySeed?: string;
  /** Where the dashboard bundle is. Default: the package's `dist/dashboard`. */
  dashboardAssetsDir?: string;
  /** Redis key prefix and Postgres schema (`{namespace}:`, `namespace`). Default `switchyard`; tests isolate with it. */
  storageNamespace?: string;
  /** Extra app deps (tests). */
  app?: Partial<AppDeps>;
}

/** A listening gateway. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  logger: Logger;
  /** Stops listening, drains the decision log, closes storage and the upstream pool. */
  close(): Promise<void>;
}

/** Default port of `switchyard serve`. */
export const DEFAULT_PORT = 8787;

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** Starts the gateway. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config, env, onNotice = () => {} } = options;
  const clock = SYSTEM_CLOCK;
  const apiKey = env[config.upstream.api_key_env];
  if (!apiKey && !options.keyOptional) {
    onNotice(`${config.upstream.api_key_env} is not set: upstream calls will fail with 502. Set it, or run \`switchyard serve --simulate\` to try without a key.`);
  }
  // Read before anything is opened, so a bad seed file stops the start with nothing to clean up.
  const seedFile = options.latencySeed ?? config.routing.latency_seed;
  const seed = seedFile ? await loadLatencySeedFile(path.resolve(options.cwd, seedFile)) : undefined;
  if (seed) onNotice(`Latency seed: ${seed.size} models from ${seedFile}.`);
  // Learns each model's speed from this instance's own traffic, starting from the seed (PRODUCT §1.4).
  const latency = createInMemoryLatencyTracker(seed ? { seed } : {});
  const logger = pino(
    { level: env.SWITCHYARD_LOG_LEVEL ?? "info", redact: { paths: LOG_REDACT_PATHS, censor: "[REDACTED]" }, base: { service: "switchyard" } },
    // Lines are batched into 4 KB writes (one syscall per ~15 requests instead of one each) and flushed at
    // least every second, so a quiet gateway's log is never more than a second behind.
    options.logStream ?? pino.destination({ fd: 1, sync: false, minLength: 4096 }),
  );
  const logFlushTimer = setInterval(() => logger.flush(), 1_000);
  logFlushTimer.unref();
  const upstream = createUpstreamClient({
    baseUrl: options.upstreamUrl ?? config.upstream.base_url,
    ...(apiKey ? { apiKey } : {}),
    ...(config.upstream.http_referer ? { httpReferer: config.upstream.http_referer } : {}),
    xTitle: config.upstream.x_title,
    connectTimeoutMs: config.upstream.timeouts.connect_ms,
  });
  const catalog = typeof options.catalog === "function" ? await options.catalog(upstream) : options.catalog;
  const storage = await openStorage({
    storage: config.storage,
    cwd: options.cwd,
    ...(options.storageNamespace ? { namespace: options.storageNamespace } : {}),
    clock,
    onError: (error) => logger.warn({ err: error }, "shared Retry-After holds failed; holding models on this instance only"),
  });
  const decisionLog = createDecisionLog({
    backend: storage.decisionBackend,
    storePrompts: config.log.store_prompts,
    redact: config.log.redact,
    onError: (error, pending) => logger.warn({ err: error, pending }, "decision log write failed; will retry"),
    // Each record is on local disk before its response's last byte (ADR 0008); Postgres gets it through the outbox.
    durable: true,
    ...(storage.decisionOutbox ? { outbox: storage.decisionOutbox } : {}),
  });
  // Ships what a crashed predecessor left in the outbox; a Postgres outage only delays it (retried in background).
  const waiting = storage.decisionOutbox?.count() ?? 0;
  if (waiting > 0) {
    onNotice(`Shipping ${waiting} decision records left in the local outbox to Postgres.`);
    await decisionLog.flush().catch((error: unknown) => logger.warn({ err: error, pending: waiting }, "decision outbox replay failed; will retry"));
  }
  const breakerConfig = config.circuit_breaker;
  // With Redis the circuit state is shared by every instance (PRODUCT §2); otherwise createApp keeps it in memory.
  const breakerSettings = { failures: breakerConfig.failures, windowMs: breakerConfig.window_ms, cooldownMs: breakerConfig.cooldown_ms };
  const breaker =
    storage.sharedBreaker?.({
      settings: breakerSettings,
      clock,
      probeLeaseMs: config.upstream.timeouts.total_ms,
      onError: (error) => logger.warn({ err: error }, "circuit breaker store failed; letting the attempt through"),
    }) ?? new InMemoryCircuitBreaker(breakerSettings, clock);
  const spendGuard = createSpendGuard({ ledger: storage.ledger, budgets: config.budgets, clock, keys: storage.keys });
  await spendGuard.sweep();
  const activeKeys = await storage.keys.countActive();
  const host = chooseHost(options.host, activeKeys, onNotice);
  let setCatalog: ((catalog: ModelCatalog) => void) | undefined;
  const sessions = createAdminSessions({ clock });
  const app = await createApp({
    onCatalogSetter: (setter) => (setCatalog = setter),
    config,
    catalog,
    upstream,
    logger,
    decisionLog,
    feedback: decisionLog,
    spendGuard,
    breaker,
    ...(storage.sharedHolds ? { holds: storage.sharedHolds } : {}),
    latency,
    authenticate: createKeyAuth({ keys: storage.keys, clock, rateLimiter: storage.rateLimiter }),
    conversations: storage.conversations,
    redact: (text) => redactSecret(text, apiKey),
    plugins: [
      (instance, gateway) =>
        registerAdminRoutes(instance, {
          adminKey: env.SWITCHYARD_ADMIN_KEY,
          decisions: decisionLog,
          keys: storage.keys,
          spendGuard,
          premiumModel: () => premiumReferenceModel(config, catalog),
          experiments: () => config.experiments,
          clock,
          latency,
          breaker,
          knownModels: () => [...new Set(Object.values(config.tiers).flatMap((tier) => tier.models.filter((model): model is string => typeof model === "string")))],
          sessions,
          router: gateway.router,
        }),
      (instance) => registerDashboardRoutes(instance, { adminKey: env.SWITCHYARD_ADMIN_KEY, sessions, clock, ...(options.dashboardAssetsDir ? { assetsDir: options.dashboardAssetsDir } : {}) }),
    ],
    ...options.app,
  });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? DEFAULT_PORT);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const refresh = options.refreshCatalog;
  const refreshTimer = refresh
    ? setInterval(() => {
        refresh(upstream).then(
          (fresh) => {
            setCatalog?.(fresh);
            logger.info({ models: fresh.size, source: fresh.source }, "catalog refreshed");
          },
          (error: unknown) => logger.warn({ err: error }, "catalog refresh failed; keeping the current catalog"),
        );
      }, options.refreshIntervalMs ?? config.catalog.ttl_ms)
    : undefined;
  refreshTimer?.unref();
  let closing: Promise<void> | undefined;
  return {
    url,
    app,
    logger,
    close() {
      closing ??= (async () => {
        if (refreshTimer) clearInterval(refreshTimer);
        clearInterval(logFlushTimer);
        await app.close();
        await decisionLog.close();
        await storage.close();
        await upstream.close();
        logger.flush();
      })();
      return closing;
    },
  };
}

function chooseHost(requested: string | undefined, activeKeys: number, onNotice: (text: string) => void): string {
  const host = requested ?? "127.0.0.1";
  if (activeKeys > 0 || LOOPBACK.has(host)) {
    if (activeKeys === 0) onNotice("No virtual keys exist, so the gateway accepts any caller and listens on 127.0.0.1 only. Create one with `switchyard keys create --name NAME`.");
    return host;
  }
  onNotice(`No virtual keys exist, so the gateway binds 127.0.0.1 only (not ${host}). Create a key with \`switchyard keys create --name NAME\` to listen on ${host}.`);
  return "127.0.0.1";
}
