/**
 * Writes a JSON response with an exact content-length.
 * @module
 */
import type { ServerResponse } from "node:http";

/** Sends `body` as JSON with `status` and any extra headers. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}
