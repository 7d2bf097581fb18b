/**
 * Request-shape checks at the gateway's edge: JSON limits on the raw body, zod schemas per front door, and the
 * one formatter of their 400s.
 * @module
 */
export { assertJsonWithinLimits, jsonLimitsOf, type JsonLimits } from "./json-limits.js";
export { parseRequestShape, formatParam, type ShapeErrorOptions } from "./parse-request-shape.js";
export { modelIdSchema, requestMetadataSchema, METADATA_LIMITS, routingNameSchema, switchyardOptionsSchema, tokenCapSchema, MAX_MODEL_ID_LENGTH } from "./common-schemas.js";
export { chatRequestSchema, chatMessageSchema, chatContentPartSchema, CHAT_ROLES, CHAT_FIELD_HINTS } from "./chat-request-schema.js";
