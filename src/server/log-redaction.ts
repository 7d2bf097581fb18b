/**
 * What the gateway's logger never writes: credentials in headers, wherever a serializer puts them.
 * @module
 */

/**
 * pino `redact.paths` for every logger the gateway creates. Explicit paths only: wildcards make pino walk every
 * log object, and the gateway logs one line per request.
 */
export const LOG_REDACT_PATHS: string[] = [
  "req.headers.authorization",
  "req.headers['x-api-key']",
  "req.headers.cookie",
  "headers.authorization",
  "headers['x-api-key']",
  "request.headers.authorization",
  "authorization",
  "apiKey",
  "upstream.apiKey",
];
