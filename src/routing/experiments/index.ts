/**
 * A/B experiments: deterministic arm assignment and the variant's effect on routing.
 * @module
 */
export { hash32, assignArm, type ExperimentArm } from "./hash-unit.js";
export { experimentUnit, unitDigest, userHeaderValue, type ExperimentUnit, type ExperimentUnitContext, type ExperimentUnitSource } from "./experiment-unit.js";
export { createExperimentAssigner, type Enrollment, type EnrollInput, type ExperimentAssigner } from "./experiment-assigner.js";
export { prependVariantModel, type VariantModelInput } from "./prepend-variant-model.js";
export { carryExperiment } from "./carry-experiment.js";
