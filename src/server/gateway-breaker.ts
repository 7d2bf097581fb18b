/**
 * The gateway's circuit breaker: with Redis the circuit state is shared by every instance (PRODUCT §2), otherwise
 * it is this instance's own.
 * @module
 */
import type { Logger } from "pino";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import { InMemoryCircuitBreaker, type CircuitBreaker } from "../routing/fallback/circuit-breaker.js";
import type { Storage } from "../storage/open-storage.js";
import { repeatedWarning } from "./repeated-warning.js";

/** The breaker of `config.circuit_breaker`, shared through storage when it can be. */
export function createGatewayBreaker(input: { config: SwitchyardConfig; storage: Storage; clock: Clock; logger: Logger }): CircuitBreaker {
  const { config, storage, clock, logger } = input;
  const breakerFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "circuit breaker store failed; letting the attempt through"), () => clock.now());
  const breakerConfig = config.circuit_breaker;
  const breakerSettings = { failures: breakerConfig.failures, windowMs: breakerConfig.window_ms, cooldownMs: breakerConfig.cooldown_ms };
  return (
    storage.sharedBreaker?.({
      settings: breakerSettings,
      clock,
      probeLeaseMs: config.upstream.timeouts.total_ms,
      // Every request checks the breaker: while Redis is down, one warning a minute rather than one per request.
      onError: (error) => breakerFailed({ err: error }),
    }) ?? new InMemoryCircuitBreaker(breakerSettings, clock)
  );
}
