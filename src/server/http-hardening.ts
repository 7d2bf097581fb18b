/**
 * What stands between the socket and the routes: Node's HTTP limits from config `server` (slowloris timeouts,
 * header size, keep-alive, connection count), and the error envelope for every failure that never reaches a route
 * (malformed framing, bad percent-encoding, oversized headers, timeouts): OpenAI's, or Anthropic's when the request
 * line Node read names `/v1/messages*`.
 * @module
 */
import { STATUS_CODES, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from "fastify";
import type { ServerLimitsConfig } from "../config/config-schema.js";
import { ADMIN_SECURITY_HEADERS, isAdminPath } from "./browser-policy.js";
import { anthropicErrorBody, handleError, speaksAnthropic } from "./error-handler.js";
import { DASHBOARD_CSP, dashboardErrorPage } from "./routes/dashboard-html.js";
import { answerExpectContinue } from "./expect-continue.js";
import { lingerOnEarlyClose } from "./linger-close.js";
import { oneRequestAtATime } from "./pipelined-requests.js";
import { safeOutgoingHeaders, setSafeHeaders } from "./safe-header.js";

/** Fastify options carrying the limits (and the handlers for errors outside routes). */
export function hardenedFastifyOptions(limits: ServerLimitsConfig): Partial<FastifyServerOptions> & { http: ServerOptions } {
  return {
    bodyLimit: limits.body_limit_bytes,
    // A path parameter (a decision id, an experiment name from the log) may be as long as any URL the header limit
    // lets in: Fastify's default of 100 characters answered 414 for a longer experiment name, which the dashboard
    // lists but then could not open.
    routerOptions: { maxParamLength: limits.max_header_bytes },
    keepAliveTimeout: limits.keep_alive_timeout_ms,
    requestTimeout: limits.request_timeout_ms,
    maxRequestsPerSocket: limits.max_requests_per_socket,
    trustProxy: trustProxyOption(limits.trust_proxy),
    http: {
      headersTimeout: Math.min(limits.header_timeout_ms, limits.request_timeout_ms),
      requestTimeout: limits.request_timeout_ms,
      maxHeaderSize: limits.max_header_bytes,
      // Node checks the two timeouts on this interval (default 30 s, which would let a slow client keep a socket
      // 30 s longer than configured).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.header_timeout_ms / 2))),
      // A missing Host gets our own 400 envelope (see `requireHost`), not Node's empty 400.
      requireHostHeader: false,
    },
    clientErrorHandler: answerClientError,
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      // No onRequest hook runs for a request Fastify refuses before routing (a URL with bad percent-encoding), so
      // the browser policy's headers are set here: an admin or dashboard URL's error keeps its CSP and nosniff.
      if (error.code === "FST_ERR_BAD_URL" && isDashboardPath(request.url)) {
        sendBadDashboardUrl(reply);
        return;
      }
      setSafeHeaders(reply, isAdminPath(request.url) ? ADMIN_SECURITY_HEADERS : { "x-content-type-options": "nosniff" });
      return handleError(error, request, reply);
    },
  };
}

/**
 * Fastify's `trustProxy` for config `server.trust_proxy`. A hop count becomes a function trusting that many hops
 * from the socket (Fastify 5 reads a bare number as "trust nothing", since a count cannot tell a proxy from a client
 * that connects directly and forges the header; docs/deployment.md says when a count is safe).
 */
function trustProxyOption(setting: ServerLimitsConfig["trust_proxy"]): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return setting;
}

/** A page of the dashboard (its HTML pages and assets), not the admin JSON API under /api. */
function isDashboardPath(url: string): boolean {
  return url === "/dashboard" || url.startsWith("/dashboard/") || url.startsWith("/dashboard?");
}

/**
 * A dashboard link with broken percent-encoding (`/dashboard/decisions/%E0%A4%A`), followed in a browser: the
 * dashboard's own error page, with its CSP (the admin API's `default-src 'none'` would drop its stylesheet), rather
 * than the API's JSON error.
 */
function sendBadDashboardUrl(reply: FastifyReply): void {
  setSafeHeaders(reply, { "content-security-policy": DASHBOARD_CSP, "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "same-origin", "cache-control": "no-store" });
  const message = "This dashboard address has broken percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8), so it names no page. Check the link, or start again from the dashboard.";
  void reply.code(400).type("text/html; charset=utf-8").send(dashboardErrorPage("Bad address", message));
}

/** Applies the limits Fastify has no option for. */
export function applyServerLimits(server: Server, limits: ServerLimitsConfig): void {
  server.maxConnections = limits.max_connections;
  // First: the listeners registered so far (the routes') see a pipelined request only once the one before is answered.
  oneRequestAtATime(server, limits.body_limit_bytes);
  // Node drops header lines past 2,000 without a word, from `rawHeaders` too: a second credential line hidden behind
  // 2,000 short lines passed the one-credential check. `max_header_bytes` bounds their number instead.
  server.maxHeadersCount = 0;
  answerExpectContinue(server, limits.body_limit_bytes);
  // A 413 (or any answer) sent before the body's end must reach the client before the connection closes.
  lingerOnEarlyClose(server);
  if (limits.max_requests_per_socket > 0) closeAfterLastRequest(server, limits.max_requests_per_socket);
  // An Expect header other than 100-continue: Node's own answer is a bare 417; this one is the envelope.
  server.on("checkExpectation", (request: IncomingMessage, response: ServerResponse) => {
    const body = JSON.stringify(outsideRouteError(request.url, 417, "expectation_failed", "The gateway meets no Expect header but 100-continue."));
    // eslint-disable-next-line no-restricted-syntax -- every value passes through safeOutgoingHeaders
    response.writeHead(417, safeOutgoingHeaders({ "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), "x-content-type-options": "nosniff" }));
    response.end(body);
  });
}

/**
 * The answer to a socket's last allowed request says `Connection: close`, and the server then closes the socket. Node
 * 20 writes that header at `maxRequestsPerSocket` but keeps the socket open until the keep-alive timeout, answering
 * a further request on it with a bare 503 (RFC 9112 §9.6: the server that sends close closes). Runs before Fastify
 * sees the request, so the header is there for every answer, event streams included.
 */
function closeAfterLastRequest(server: Server, maxRequestsPerSocket: number): void {
  const served = new WeakMap<Socket, number>();
  const count = (request: IncomingMessage, response: ServerResponse): void => {
    const requests = (served.get(request.socket) ?? 0) + 1;
    served.set(request.socket, requests);
    // eslint-disable-next-line no-restricted-syntax -- a constant value
    if (requests >= maxRequestsPerSocket && !response.headersSent) response.setHeader("connection", "close");
  };
  server.prependListener("request", count);
  // Node counts a request it hands to `checkExpectation` (an Expect other than 100-continue, answered 417) toward its
  // own limit, and no `request` event comes for it: counted here too, or the count falls one behind Node's.
  server.prependListener("checkExpectation", count);
}

/** Status and code for an HTTP parser or socket error (Node's `clientError`). */
export function clientErrorStatus(code: string | undefined): { status: number; code: string; message: string } {
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return { status: 408, code: "request_timeout", message: "The request was not received in time (server.header_timeout_ms / server.request_timeout_ms)." };
  if (code === "HPE_HEADER_OVERFLOW") return { status: 431, code: "headers_too_large", message: "The request headers are larger than the gateway's limit (server.max_header_bytes)." };
  if (code === "HPE_INVALID_TRANSFER_ENCODING") {
    // `Transfer-Encoding: gzip` alone (no chunked last), chunked twice, or beside Content-Length: the body's end is unknown.
    return { status: 400, code: "malformed_http", message: "The request's Transfer-Encoding cannot be read: the gateway reads only chunked (as the last coding, never beside Content-Length), and no compressed body. Send the JSON uncompressed, with Content-Length or Transfer-Encoding: chunked." };
  }
  return { status: 400, code: "malformed_http", message: "The request is not valid HTTP/1.1 (framing, request line or headers)." };
}

/**
 * Answers a request Node could not parse with the envelope and closes the connection: after a framing error the
 * byte stream cannot be trusted, so nothing more is read from it (RFC 9112 §11.2).
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !response?.headersSent) {
    const { status, code, message } = clientErrorStatus(error.code);
    const body = JSON.stringify(outsideRouteError(requestLinePath(error.rawPacket), status, code, message));
    // end() flushes the answer before closing; the timer covers a peer that never reads it.
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    setTimeout(() => socket.destroy(), 1_000).unref();
    return;
  }
  socket.destroy();
}

/** The envelope of an error outside the routes: Anthropic's on the Messages door's paths, else OpenAI's. */
function outsideRouteError(path: string | undefined, status: number, code: string, message: string): object {
  if (path !== undefined && speaksAnthropic(path)) return anthropicErrorBody(status, message);
  return { error: { message, type: "invalid_request_error", code, param: null } };
}

/**
 * The path of the request line in the bytes Node failed on, when they hold one (the request's first packet: a
 * header too large, bad framing sent in one write); undefined otherwise, and the answer is OpenAI's envelope.
 */
export function requestLinePath(rawPacket: unknown): string | undefined {
  if (!Buffer.isBuffer(rawPacket)) return undefined;
  return /^[A-Z]{3,10} (\/\S*) HTTP\/1\.[01]\r?\n/.exec(rawPacket.subarray(0, 8192).toString("latin1"))?.[1];
}
