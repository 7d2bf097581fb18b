/**
 * The attempt loop: fallback over the candidate chain, streaming with honest failure, circuit breaker.
 * @module
 */
export { FallbackRun } from "./fallback-run.js";
export type { FallbackRequest, AttemptInput, AttemptSuccess } from "./fallback-request.js";
export { fallbackSettingsFromConfig, defaultSleep, type FallbackDeps, type FallbackSettings, type AttemptObserver, type AttemptEvent } from "./fallback-settings.js";
export { runChatCompletion, type ChatCompletionResult, type ChatCompletionBody } from "./run-chat-completion.js";
export { runChatStream, type ChatStreamSession, type StreamOutcome, type StreamOptions } from "./run-chat-stream.js";
export { InMemoryCircuitBreaker, NEVER_OPEN_BREAKER, type CircuitBreaker, type CircuitBreakerSettings, type CircuitOutcome, type CircuitState } from "./circuit-breaker.js";
export { buildDecisionRecord, type DecisionRecordInput } from "./build-decision-record.js";
export { toClientError } from "./to-client-error.js";
