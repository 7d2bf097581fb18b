/**
 * Connections that would hold the gateway's close open: those that never sent a byte, and those whose request
 * headers are still incomplete (a slowloris client) once the header timeout has passed.
 *
 * Node's `server.close()` closes idle keep-alive connections, but it counts a connection that has not sent a request
 * yet as busy (its header timer runs from the connect) and stops the timer that would have closed it. A client pool
 * holding such a socket (undici's fetch left some after requests it aborted) kept `app.close()` waiting until the
 * client let go of it: 4 s while event streams forced `Connection: keep-alive`, over 30 s without that header.
 *
 * The same stopped timer (Node checks `headersTimeout` on an interval that `close()` clears) let a client that
 * trickled half a request line keep `app.close()` open for ever. Such a socket now gets what Node would have given it,
 * the 408 of `server.header_timeout_ms`, once that time has passed since it connected (its first request) or since the
 * close began (a later request on a kept-alive socket), whichever the socket reaches first. A request whose headers
 * were received is never cut: it is answered (or gets the 503 of a draining gateway).
 * @module
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** What the tracker needs to know. */
export interface ClosingConnectionsOptions {
  /** `server.header_timeout_ms`: the longest a request's headers may take. */
  headerTimeoutMs: number;
  /** Answers (and closes) a socket whose request headers did not arrive in time. */
  onHeadersTimeout: (socket: Socket) => void;
}

/** A connection as the tracker sees it. */
interface Tracked {
  /** When it connected (performance.now(), ms). */
  connectedAt: number;
  /** Requests whose headers arrived and whose answers are not over yet. */
  answering: number;
  /** Whether a request's headers ever arrived on it. */
  served: boolean;
  /** `bytesRead` when its last answer ended: more since then is the start of another request. */
  bytesAtIdle: number;
}

/**
 * Starts tracking `server`'s connections; the returned function (call it when the close begins) destroys those that
 * never sent a byte and times out those whose request headers are incomplete.
 */
export function trackUnusedConnections(server: Server, options: ClosingConnectionsOptions): () => void {
  const open = new Map<Socket, Tracked>();
  let closingAt: number | undefined;
  server.on("connection", (socket: Socket) => {
    open.set(socket, { connectedAt: performance.now(), answering: 0, served: false, bytesAtIdle: 0 });
    socket.once("close", () => open.delete(socket));
  });
  server.prependListener("request", (request: IncomingMessage, response: ServerResponse) => {
    const { socket } = request;
    const tracked = open.get(socket);
    if (!tracked) return;
    tracked.served = true;
    tracked.answering += 1;
    response.once("close", () => {
      tracked.answering -= 1;
      tracked.bytesAtIdle = socket.bytesRead;
      // A connection whose answer ends while the gateway closes would otherwise hold the close until
      // server.keep_alive_timeout_ms: it has the header timeout (from the close) to send a request (answered 503).
      if (closingAt !== undefined && tracked.answering === 0) expireIfStillWaiting(socket, tracked, closingAt, options);
    });
  });
  return () => {
    const startedAt = performance.now();
    closingAt = startedAt;
    for (const [socket, tracked] of open) {
      // A connection with a request under way is left to finish: it gets its answer, or the 503 of a draining gateway.
      if (socket.bytesRead === 0) socket.destroy();
      else if (tracked.answering === 0) expireIfStillWaiting(socket, tracked, startedAt, options);
    }
  };
}

/**
 * At its header deadline, times `socket` out (a request begun: its 408) or closes it (nothing sent since its last
 * answer), unless a request's headers arrived (or it closed) by then.
 */
function expireIfStillWaiting(socket: Socket, tracked: Tracked, closingAt: number, options: ClosingConnectionsOptions): void {
  const startedAt = tracked.served ? closingAt : tracked.connectedAt;
  const timer = setTimeout(() => {
    if (socket.destroyed || tracked.answering > 0 || socket.writableLength > 0) return;
    if (socket.bytesRead === tracked.bytesAtIdle) socket.destroy();
    else options.onHeadersTimeout(socket);
  }, Math.max(0, startedAt + options.headerTimeoutMs - performance.now()));
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
}
