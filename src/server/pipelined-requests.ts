/**
 * Pipelined requests (HTTP/1.1 lets a client send its next request before the last one is answered) are handled one
 * at a time per connection, in order, as nginx does. Node parses them all at once and hands each to the routes at
 * once, and their answers can only be written in order. So a request pipelined behind one whose answer closes the
 * connection (a 413 for a body over `server.body_limit_bytes`, a draining gateway's 503, `max_requests_per_socket`)
 * was routed, its upstream called and billed, for an answer that could never be written, then recorded 499 (round
 * 27). And one connection's pipelined requests ran concurrently, past any notion of one client, one request.
 *
 * Now a request waits until every request before it on its connection has been answered; when that answer closed
 * (or is closing) the connection, the requests behind it are never handled: not routed, not charged, not recorded,
 * their bodies read and dropped, like the bytes a lingering close drops (`linger-close.ts`).
 *
 * A waiting request's body is taken in while it waits, up to `server.body_limit_bytes` for all of one connection's
 * waiting requests (review of round 28; a chunked body, whose length is not said, is granted all that is left, round
 * 29): left unread past the socket's 16 KB buffer, it stopped Node's parser
 * half-way, and Node's `request_timeout_ms` counted it as a request that never arrived and reset the connection,
 * the answer still streaming before it included.
 * @module
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** A connection's requests: the one being handled, and those waiting behind it. */
interface Queue {
  busy: boolean;
  waiting: [IncomingMessage, ServerResponse][];
  /** Body bytes the waiting requests may hold between them (of `bodyLimitBytes`). */
  held: number;
}

/** What Node's `Readable` keeps of a stream's buffer bound (not in its types; `push` reads it on every chunk). */
interface ReadableBound {
  _readableState?: { highWaterMark: number; length: number };
}

/**
 * Puts the server's `request` listeners registered so far (Fastify's, and any before it) behind a per-connection queue.
 * Listeners added later see each request as Node parses it.
 */
export function oneRequestAtATime(server: Server, bodyLimitBytes: number): void {
  const listeners = server.listeners("request") as RequestListener[];
  server.removeAllListeners("request");
  const queues = new WeakMap<Socket, Queue>();
  const handle = (request: IncomingMessage, response: ServerResponse, queue: Queue): void => {
    queue.busy = true;
    queue.held -= heldFor(request);
    release(request);
    const next = (): void => {
      queue.busy = false;
      const waiting = queue.waiting.shift();
      if (!waiting) return;
      if (connectionClosing(request.socket)) dropAll(waiting, queue);
      else handle(waiting[0], waiting[1], queue);
    };
    // Node's own `finish` listener (added before `request` is emitted) has already decided whether the connection
    // closes, and begun closing it, when this one runs; `close` covers an answer the client left before its end.
    response.once("finish", next);
    response.once("close", () => {
      if (queue.busy && !response.writableFinished) next();
    });
    for (const listener of listeners) listener.call(server, request, response);
  };
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    let queue = queues.get(socket);
    if (!queue) {
      queue = { busy: false, waiting: [], held: 0 };
      queues.set(socket, queue);
    }
    if (connectionClosing(socket)) drop(request);
    else if (queue.busy) {
      queue.held -= shrinkChunkedGrant(queue);
      queue.held += holdBody(request, bodyLimitBytes - queue.held);
      queue.waiting.push([request, response]);
    } else handle(request, response, queue);
  });
}

const held = new WeakMap<IncomingMessage, number>();
/** A waiting request's body, gathered into one buffer: what `release` hands to the stream when it is handled. */
const gathered = new WeakMap<IncomingMessage, Gathered>();

/** A waiting body read into one growing buffer (each chunk as its own Buffer cost hundreds of bytes per byte). */
interface Gathered {
  bytes: Buffer;
  used: number;
  ended: boolean;
}

/**
 * Lets a waiting request's body (its `Content-Length`, when `room` holds it) be read while it waits, so Node's parser
 * reads it to its end; returns the bytes granted. A chunked body says no length: it is granted all the room left
 * (round 28 left it at the usual 16 KB, and a bigger one behind a slow answer was reset 408, as a long one was
 * before). A body past the room is read as far as the usual 16 KB.
 *
 * The bytes are gathered into one buffer, not left in the stream's buffer: there each chunk is its own Buffer, and a
 * body of 1-byte chunks (`1\r\nx\r\n`) held hundreds of bytes per body byte, up to a gigabyte within one
 * connection's room (review of round 29). Node's parser hands a request's body to its `push`, and stops reading the
 * socket when `push` says the stream is full: the request's own `push` gathers, and says full at the grant.
 */
function holdBody(request: IncomingMessage, room: number): number {
  const length = request.headers["transfer-encoding"] === undefined ? Number(request.headers["content-length"] ?? 0) : room;
  const state = (request as IncomingMessage & ReadableBound)._readableState;
  if (!(length > 0) || length > room || state === undefined || length <= state.highWaterMark) return 0;
  const body: Gathered = { bytes: Buffer.allocUnsafe(Math.min(length, 16_384)), used: 0, ended: false };
  gathered.set(request, body);
  request.push = (chunk: Buffer | null): boolean => {
    if (chunk === null) body.ended = true;
    else gather(body, chunk);
    return body.used < length;
  };
  held.set(request, length);
  return length;
}

function gather(body: Gathered, chunk: Buffer): void {
  if (body.used + chunk.length > body.bytes.length) {
    const grown = Buffer.allocUnsafe(Math.max(body.bytes.length * 2, body.used + chunk.length));
    body.bytes.copy(grown, 0, 0, body.used);
    body.bytes = grown;
  }
  chunk.copy(body.bytes, body.used);
  body.used += chunk.length;
}

/** Hands a waiting request's gathered body to its stream, and its `push` back to Node, as it is handled or dropped. */
function release(request: IncomingMessage): void {
  const body = gathered.get(request);
  if (body === undefined) return;
  gathered.delete(request);
  Reflect.deleteProperty(request, "push");
  if (body.used > 0) request.push(body.bytes.subarray(0, body.used));
  if (body.ended) request.push(null);
}

/**
 * Node parses a connection's requests in order, so when the next one arrives the chunked body waiting just before it
 * has been read whole: its grant (all the room left) comes down to the bytes it holds; returns the bytes freed. Only
 * the last waiting request can hold such a grant (each earlier one came down when its successor arrived), so this is
 * one look per request, not a walk of the queue.
 */
function shrinkChunkedGrant(queue: Queue): number {
  const request = queue.waiting.at(-1)?.[0];
  const granted = request === undefined ? undefined : held.get(request);
  const body = request === undefined ? undefined : gathered.get(request);
  if (request === undefined || granted === undefined || request.headers["transfer-encoding"] === undefined || body === undefined) return 0;
  const holding = Math.min(granted, body.used);
  held.set(request, holding);
  return granted - holding;
}

function heldFor(request: IncomingMessage): number {
  return held.get(request) ?? 0;
}

/** True once the gateway has ended its side of `socket` (an answer said `Connection: close`) or it is gone. */
function connectionClosing(socket: Socket): boolean {
  return socket.destroyed || socket.writableEnded;
}

function dropAll(first: [IncomingMessage, ServerResponse], queue: Queue): void {
  drop(first[0]);
  for (const [request] of queue.waiting.splice(0)) drop(request);
}

/** Reads and drops a request that will never be answered, so its body is not held until the socket closes. */
function drop(request: IncomingMessage): void {
  release(request);
  request.resume();
}
