/**
 * Connections that have not sent a byte, closed when the gateway closes.
 *
 * Node's `server.close()` closes idle keep-alive connections, but it counts a connection that has not sent a request
 * yet as busy (its header timer runs from the connect) and stops the timer that would have closed it. A client pool
 * holding such a socket (undici's fetch left some after requests it aborted) kept `app.close()` waiting until the
 * client let go of it: 4 s while event streams forced `Connection: keep-alive`, over 30 s without that header.
 * @module
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";

/** Starts tracking `server`'s connections; the returned function destroys those that never sent a byte. */
export function trackUnusedConnections(server: Server): () => void {
  const open = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    open.add(socket);
    socket.once("close", () => open.delete(socket));
  });
  return () => {
    // A connection with a request under way (even half its headers) is left to finish: it gets its answer, or the
    // 503 of a draining gateway.
    for (const socket of open) if (socket.bytesRead === 0) socket.destroy();
  };
}
