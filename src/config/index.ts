/**
 * Config: the zod schema (single source of truth), the defaults, and parsing.
 * @module
 */
export * from "./config-schema.js";
export { DEFAULT_TASKS, DEFAULT_TIERS, DEFAULT_TASK } from "./default-config.js";
export { parseConfig, safeParseConfig, parseConfigText, defaultConfig, type SafeParseConfigResult } from "./parse-config.js";
export { formatConfigIssues } from "./format-config-issues.js";
export { configJsonSchema } from "./config-json-schema.js";
export { configWarnings, taskNameWarnings } from "./config-warnings.js";
