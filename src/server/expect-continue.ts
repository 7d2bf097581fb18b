/**
 * `Expect: 100-continue` (RFC 9110 §10.1.1): a client that sends it waits for the server's word before it sends the
 * body. Node answered `100 Continue` to every such request, so a client announcing a body above
 * `server.body_limit_bytes` was invited to send it and then refused with 413 (and a reset connection) while it was
 * still sending: a 20 MB upload went over the wire for nothing. Now the announced length is checked first: above the
 * limit, the 413 is the final answer (the door's envelope, `Connection: close`) and no body byte is asked for.
 *
 * Within the limit, `100 Continue` waits until the body is first read, which is after the key check (an `onRequest`
 * hook): a caller refused before its body (401, 429, 404) gets that answer alone, with `Connection: close` (the body
 * it was about to send would otherwise be read as its next request), and uploads nothing.
 * @module
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { anthropicErrorBody, BODY_TOO_LARGE_MESSAGE, speaksAnthropic } from "./error-handler.js";
import { safeOutgoingHeaders } from "./safe-header.js";

/**
 * Answers `checkContinue`: 413 before the body when the announced length is over the limit, else `100 Continue` once
 * the body is first read.
 */
export function answerExpectContinue(server: Server, bodyLimitBytes: number): void {
  server.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => {
    if (announcedLength(request) > bodyLimitBytes) {
      refuseBeforeBody(request, response);
      return;
    }
    continueWhenBodyIsRead(request, response);
    server.emit("request", request, response);
  });
}

/**
 * Says `100 Continue` the first time anything reads the body (Node's `_read`, reached from `data`, `readable`,
 * `read()` and `pipe` alike). Until then the response would close the connection: an answer sent without the body
 * leaves the client's body unsent or half-sent on the socket. Node's own drain of an unread body after the answer is
 * a read too, so the continue is only said while no answer has started.
 */
function continueWhenBodyIsRead(request: IncomingMessage, response: ServerResponse): void {
  const keepAlive = response.shouldKeepAlive;
  response.shouldKeepAlive = false;
  const read = request._read.bind(request);
  request._read = (size: number): void => {
    request._read = read;
    if (!response.headersSent && !response.writableEnded) {
      response.shouldKeepAlive = keepAlive;
      response.writeContinue();
    }
    read(size);
  };
}

/** The request's `Content-Length` (Node's parser has already refused a malformed or repeated one), or 0. */
function announcedLength(request: IncomingMessage): number {
  const value = request.headers["content-length"];
  return value === undefined ? 0 : Number(value);
}

function refuseBeforeBody(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? "";
  const envelope = speaksAnthropic(path)
    ? anthropicErrorBody(413, BODY_TOO_LARGE_MESSAGE)
    : { error: { message: BODY_TOO_LARGE_MESSAGE, type: "invalid_request_error", code: "request_too_large", param: null } };
  const body = JSON.stringify(envelope);
  // The body was never asked for, so the connection cannot be reused: whatever the client sends next is that body.
  // eslint-disable-next-line no-restricted-syntax -- every value passes through safeOutgoingHeaders
  response.writeHead(413, safeOutgoingHeaders({ "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), "x-content-type-options": "nosniff", connection: "close" }));
  response.end(body);
}
