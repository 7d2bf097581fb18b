/**
 * Switchyard's error hierarchy: one base class, one file per error.
 * @module
 */
export { GatewayError, type GatewayErrorOptions } from "./gateway-error.js";
export { InvalidRequestError } from "./invalid-request-error.js";
export { ContextTooLargeError, NoRouteError } from "./no-route-error.js";
export { ConfigError, type ConfigIssue } from "./config-error.js";
export { CatalogError } from "./catalog-error.js";
export { BudgetExceededError } from "./budget-exceeded-error.js";
export { UpstreamError, type UpstreamErrorKind } from "./upstream-error.js";
export { AllAttemptsFailedError } from "./all-attempts-failed-error.js";
export { AuthenticationError } from "./authentication-error.js";
export { RateLimitError } from "./rate-limit-error.js";
export { UpstreamRateLimitedError } from "./upstream-rate-limited-error.js";
export { CircuitOpenError } from "./circuit-open-error.js";
export { PermissionDeniedError } from "./permission-denied-error.js";
export { RecordNotDurableError } from "./record-not-durable-error.js";
