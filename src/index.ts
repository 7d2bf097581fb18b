/**
 * Switchyard as a library: `createRouter(config, deps)` and the types around it.
 *
 * @example
 * ```ts
 * import { createRouter } from "switchyard";
 * const router = createRouter({}, { apiKey: process.env.OPENROUTER_API_KEY });
 * const { completion, decision } = await router.chat({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] });
 * ```
 * @module
 */
export { createRouter, type Router, type RouterDeps, type ChatOptions } from "./create-router.js";
export type { ChatResponse, ChatStream } from "./library-chat.js";
export type { ChatStreamChunk, LibraryCompletion } from "./library-answer-text.js";
export type { ChatRequest, ChatMessage, RoutingDecision, Usage, Capability, SwitchyardRequestOptions } from "./core/types.js";
export * from "./core/errors/index.js";
export type { ConfigInput, SwitchyardConfig } from "./config/config-schema.js";
export { parseConfig, parseConfigText, safeParseConfig, defaultConfig } from "./config/parse-config.js";
export { configJsonSchema } from "./config/config-json-schema.js";
export { ModelCatalog, parseCatalog, builtinCatalog, type ModelEntry, type ModelFilter } from "./catalog/index.js";
export type { ConversationClassifier, ConversationClassification } from "./classifier/classifier.js";
export { createClassifier, CLASSIFIER_NAMES } from "./classifier/create-classifier.js";
export { clearTextMemos } from "./classifier/text-memo.js";
export type { ResponseValidator } from "./routing/quality-checks.js";
export type { SpendGuard, SpendScope } from "./budget/spend-guard.js";
export type { DecisionRecord, DecisionLog } from "./log/decision-record.js";
export { loadRouterLearning, type LoadedRouterLearning } from "./routing/adapter/load-router-learning.js";
export type { RouterLearning, RoutingAdapter, RoutingFeatures } from "./routing/adapter/routing-adapter.js";
