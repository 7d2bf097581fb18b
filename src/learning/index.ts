/**
 * Learning from the deployment's own traffic: routing features for the log, outcome examples, the
 * batch deployment adapter and the online bandit.
 * @module
 */
export { extractRoutingFeatures, parseRoutingFeatures, ROUTING_FEATURES_VERSION, ROUTING_FEATURE_BITS, MAX_HASHED_FEATURES, type RoutingFeatures } from "./routing-features.js";
export { OUTCOME_SIGNALS, SIGNAL_WEIGHTS, outcomeFromSignal, parseOutcomeExample, type OutcomeExample, type OutcomeSignal } from "./outcome.js";
export { ADAPTER_FORMAT, fitAdapter, hashBaseWeights, type DeploymentAdapter, type FitAdapterOptions, type FitAdapterResult } from "./adapter.js";
export { applyAdapter, adaptedGain, parseAdapter, predictRewards } from "./apply-adapter.js";
export { banditAdapter, banditGain, chooseArm, correctBandit, createBanditState, gateZ, updateBandit, type BanditChoice, type BanditConfig, type BanditState } from "./bandit.js";
