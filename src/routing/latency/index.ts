/**
 * Latency-aware selection: per-model speed estimates, their seed, and the routing step that uses them.
 * @module
 */
export { baseModelId, expectedLatencyMs, type LatencyEstimate, type LatencySample, type LatencySeedEntry, type LatencyTracker } from "./latency-tracker.js";
export { createInMemoryLatencyTracker, DEFAULT_LATENCY_ALPHA, type InMemoryLatencyTrackerOptions } from "./in-memory-latency-tracker.js";
export { parseLatencySeed } from "./parse-latency-seed.js";
export { loadLatencySeedFile } from "./load-latency-seed.js";
export { observeFinishedRequest, type FinishedRequest } from "./observe-finished-request.js";
export { applyLatencyPreferences, type LatencyStepInput } from "./apply-latency-preferences.js";
