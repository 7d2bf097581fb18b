/**
 * The schema-check worker's entry: says `ready` once loaded and warm, then answers each `{ key, schema, value }` with a
 * SchemaVerdict, one at a time.
 * @module
 */
import { parentPort } from "node:worker_threads";
import { checkAgainstSchema, warmUp } from "./client-schema.js";
import type { SchemaCheckRequest } from "./schema-checker.js";

parentPort?.on("message", (request: SchemaCheckRequest) => {
  parentPort?.postMessage(checkAgainstSchema(request.key, request.schema, request.value));
});
// Ready once warm: a check's time limit starts at "ready", and Ajv's cold first compile is the worker's start, not
// the client's schema.
warmUp();
parentPort?.postMessage("ready");
