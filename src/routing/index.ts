/**
 * The routing engine: request in, decision and candidate chain out.
 * @module
 */
export { createRequestRouter, type RequestRouter, type RequestRouterOptions, type RouteContext } from "./request-router.js";
export type { RoutingPlan, ChainCandidate } from "./routing-plan.js";
export { parseModelName, VIRTUAL_MODEL_PREFIX, type ModelRequest } from "./parse-model-name.js";
export { chooseAutoTier } from "./choose-tier.js";
export { readRequestNeeds, type RequestNeeds } from "./request-needs.js";
export { resolveChain, cheapestMatching } from "./resolve-chain.js";
