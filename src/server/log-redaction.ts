/**
 * What the gateway's logger never writes: credentials in headers, wherever a serializer puts them.
 * @module
 */

/** pino `redact.paths` for every logger the gateway creates. */
export const LOG_REDACT_PATHS: string[] = [
  "req.headers.authorization",
  "req.headers['x-api-key']",
  "req.headers.cookie",
  "headers.authorization",
  "headers['x-api-key']",
  "request.headers.authorization",
  "*.headers.authorization",
  "authorization",
  "apiKey",
  "*.apiKey",
];
