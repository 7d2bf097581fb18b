/**
 * Whether a response can still reach its client. A client that half-closes (sends FIN) after its request is gone:
 * Node ends the socket on that FIN (the HTTP server does not allow half-open sockets), so nothing written after
 * arrives. The response's `close` event comes only once that end is done, an event-loop turn or more later: an
 * answer that was ready in between was recorded as served and sent into the void. The socket says so at once.
 * @module
 */
import type { ServerResponse } from "node:http";

/** True when nothing more written to `response` can reach the client. */
export function clientHungUp(response: ServerResponse): boolean {
  if (response.writableFinished) return false;
  if (response.destroyed) return true;
  // A pipelined request's response has no socket until the one before it is done: it is not gone.
  const socket = response.socket;
  return socket !== null && (socket.destroyed || socket.writableEnded);
}
