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
 * close began (a later request on a kept-alive socket), whichever the socket reaches first. Node stops its
 * `requestTimeout` check at the close too, so a request whose body is still arriving when the close begins gets the
 * 408 of `server.request_timeout_ms` (counted from its start) if its body has not arrived by then. A request that was
 * received whole is never cut: it is answered (or gets the 503 of a draining gateway), and an answer whose headers
 * have not gone out when the close begins says `Connection: close`, so its socket closes with it rather than
 * waiting for another request.
 * @module
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** What the tracker needs to know. */
export interface ClosingConnectionsOptions {
  /** `server.header_timeout_ms`: the longest a request's headers may take. */
  headerTimeoutMs: number;
  /** `server.request_timeout_ms`: the longest a whole request (headers and body) may take. */
  requestTimeoutMs: number;
  /** Answers (and closes) a socket whose request headers did not arrive in time. */
  onHeadersTimeout: (socket: Socket) => void;
  /** Answers (or closes) a socket whose request body did not arrive in time. */
  onRequestTimeout: (socket: Socket) => void;
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
  /** The request being answered (the last one whose headers arrived), and when its headers arrived. */
  current: { request: IncomingMessage; response: ServerResponse; startedAt: number } | undefined;
}

/**
 * Starts tracking `server`'s connections; the returned function (call it when the close begins) destroys those that
 * never sent a byte and times out those whose request headers are incomplete.
 */
export function trackUnusedConnections(server: Server, options: ClosingConnectionsOptions): () => void {
  const open = new Map<Socket, Tracked>();
  let closingAt: number | undefined;
  server.on("connection", (socket: Socket) => {
    open.set(socket, { connectedAt: performance.now(), answering: 0, served: false, bytesAtIdle: 0, current: undefined });
    socket.once("close", () => open.delete(socket));
  });
  server.prependListener("request", (request: IncomingMessage, response: ServerResponse) => {
    const { socket } = request;
    const tracked = open.get(socket);
    if (!tracked) return;
    tracked.served = true;
    tracked.answering += 1;
    const current = { request, response, startedAt: performance.now() };
    tracked.current = current;
    if (closingAt !== undefined) whileClosing(socket, tracked, options);
    response.once("close", () => {
      tracked.answering -= 1;
      if (tracked.current === current) tracked.current = undefined;
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
      if (socket.bytesRead === 0) closeIfUnused(socket, tracked, startedAt, options);
      else if (tracked.answering === 0) expireIfStillWaiting(socket, tracked, startedAt, options);
      else whileClosing(socket, tracked, options);
    }
  };
}

/** How long a connection that has sent nothing when the close begins may still show a request. */
const UNUSED_GRACE_MS = 50;

/**
 * Destroys a connection that has sent nothing, once the event loop has read the sockets after a short grace:
 * `bytesRead` 0 may only mean its bytes wait unread in the kernel (the loop was busy when the close began), and such a
 * request gets the 503 of a draining gateway, not a reset. A timer alone would not do: timers run before the loop
 * reads sockets, so its callback sets an immediate, which runs after they are read.
 */
function closeIfUnused(socket: Socket, tracked: Tracked, closingAt: number, options: ClosingConnectionsOptions): void {
  const timer = setTimeout(() => {
    setImmediate(() => {
      if (socket.destroyed || tracked.answering > 0) return;
      if (socket.bytesRead === 0) socket.destroy();
      else expireIfStillWaiting(socket, tracked, closingAt, options);
    });
  }, UNUSED_GRACE_MS);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
}

/**
 * A request being answered while the gateway closes: its answer closes the socket (`Connection: close`, when its
 * headers have not gone out yet), and a body still arriving is timed out at its `request_timeout_ms`.
 */
function whileClosing(socket: Socket, tracked: Tracked, options: ClosingConnectionsOptions): void {
  const current = tracked.current;
  if (!current) return;
  // eslint-disable-next-line no-restricted-syntax -- a constant value
  if (!current.response.headersSent) current.response.setHeader("connection", "close");
  if (current.request.complete) return;
  const timer = setTimeout(() => {
    if (!socket.destroyed && tracked.current === current && !current.request.complete) options.onRequestTimeout(socket);
  }, Math.max(0, current.startedAt + options.requestTimeoutMs - performance.now()));
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
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
