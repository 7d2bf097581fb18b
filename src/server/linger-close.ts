/**
 * Closing a connection whose client is still sending its request body: the kernel answers the unread bytes with a
 * reset, and a reset throws away whatever the client had not read yet, the answer included. A body over
 * `server.body_limit_bytes` is refused with a 413 before it is read, and the connection closes after it (the body
 * would otherwise be read as the next request): Node's fetch saw `EPIPE` or `ECONNRESET` instead of the 413 for most
 * such requests (round 27). So such a connection is closed as HTTP servers do (a "lingering close"): the answer goes
 * out, the gateway's side is shut for writing, and the rest of the body is read and dropped until the client is done
 * (it closes its side) or `LINGER_MS` has passed, whichever is first. Read and dropped, never parsed or kept.
 * @module
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** The longest a closing connection keeps reading a body it will not use (nginx's `lingering_timeout` is 5 s too). */
export const LINGER_MS = 5_000;

/** Makes every connection that closes after an answer sent before its request's end close lingering. */
export function lingerOnEarlyClose(server: Server, lingerMs = LINGER_MS): void {
  const current = new WeakMap<Socket, IncomingMessage>();
  const patched = new WeakSet<Socket>();
  server.on("request", (request: IncomingMessage, _response: ServerResponse) => {
    const socket = request.socket;
    current.set(socket, request);
    if (patched.has(socket)) return;
    patched.add(socket);
    // Node closes a connection after an answer marked `Connection: close` with `destroySoon` (end, then destroy once
    // the answer is flushed): with the request's body still arriving, that destroy is the reset.
    const destroySoon = socket.destroySoon.bind(socket);
    socket.destroySoon = () => {
      if (current.get(socket)?.complete === false && !socket.destroyed) linger(socket, lingerMs);
      else destroySoon();
    };
  });
}

/** Ends the gateway's side, then drops what the client still sends until it ends its side or `lingerMs` passes. */
function linger(socket: Socket, lingerMs: number): void {
  const timer = setTimeout(() => socket.destroy(), lingerMs);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
  socket.once("end", () => socket.destroy());
  socket.end();
  socket.resume();
}
