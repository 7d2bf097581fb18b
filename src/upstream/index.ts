/**
 * The OpenAI-compatible upstream client and the classification of its failures.
 * @module
 */
export { createUpstreamClient, type UpstreamClient, type UpstreamClientOptions, type UpstreamResponse, type UpstreamBody, type UpstreamCallOptions } from "./upstream-client.js";
export { classifyHttpFailure, classifyErrorObject, malformedResponse, readErrorBody, type UpstreamErrorBody } from "./classify-upstream-failure.js";
export { classifyNetworkError, AttemptTimeout } from "./classify-network-error.js";
export { parseRetryAfterMs } from "./parse-retry-after.js";
export { redactSecret } from "./redact-secret.js";
export { SseEventParser, type SseEvent } from "./sse-event-parser.js";
