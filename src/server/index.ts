/**
 * Switchyard as an OpenAI-compatible gateway (`switchyard/server`): build the Fastify app with your own deps,
 * or start the full server the way `switchyard serve` does.
 *
 * @example
 * ```ts
 * import { createApp } from "switchyard/server";
 * const app = await createApp({ config, catalog, upstream });
 * await app.listen({ port: 8787 });
 * ```
 * @module
 */
export { createApp, DEFAULT_BODY_LIMIT_BYTES, type AppDeps } from "./create-app.js";
export { startServer, DEFAULT_PORT, type StartServerOptions, type RunningServer } from "./start-server.js";
export { createGatewayMetrics, type GatewayMetrics } from "./gateway-metrics.js";
export { toErrorResponse, type ErrorEnvelope } from "./error-handler.js";
export { LOG_REDACT_PATHS } from "./log-redaction.js";
export { createUpstreamClient, type UpstreamClient, type UpstreamClientOptions } from "../upstream/upstream-client.js";
export { InMemoryCircuitBreaker, type CircuitBreaker, type CircuitOutcome, type CircuitState } from "../routing/fallback/circuit-breaker.js";
