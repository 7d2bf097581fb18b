/**
 * The schema-check worker's entry: says `ready` once loaded, then answers each `{ key, schema, value }` with a
 * SchemaVerdict, one at a time.
 * @module
 */
import { parentPort } from "node:worker_threads";
import { checkAgainstSchema } from "./client-schema.js";
import type { SchemaCheckRequest } from "./schema-checker.js";

parentPort?.on("message", (request: SchemaCheckRequest) => {
  parentPort?.postMessage(checkAgainstSchema(request.key, request.schema, request.value));
});
parentPort?.postMessage("ready");
