/**
 * The learned classifier: features, weights format and the `ConversationClassifier` factory.
 * @module
 */
export { createLearnedClassifier, loadLearnedWeights, DEFAULT_WEIGHTS_URL } from "./learned-classifier.js";
export { extractFeatures, type FeatureSet, type SparseVector } from "./features.js";
export { serializeWeights, deserializeWeights, type LearnedWeights, type SerializedWeights } from "./learned-weights.js";
