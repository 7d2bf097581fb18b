/**
 * Requests a door's handler never saw: refused before the door reads them (a body that is not JSON, over the size
 * limit, compressed; a drain's 503) and answered by the error handler. They get no decision record: nothing was
 * routed, the caller is not even identified yet (the body is read before the key is checked), and the durable log
 * must not be something unauthenticated garbage can fill. What the operator gets for each instead:
 * - a count in `switchyard_requests_total` (`model="none"`, `tier="none"`, its status), so the sum covers every
 *   answer of the doors;
 * - a server span `POST <path>` with its status and error code, when tracing is on;
 * - an answer to `GET /api/decisions/<its request id>` saying what it was refused with, from the instance that refused
 *   it, for 15 minutes (`recent-refusals.ts`, round 29);
 * - a log line with the status, error code, message and request id, per code: the first at once, then at most one a minute with
 *   the count of the others folded in, so a client flooding the gateway cannot flood its log.
 * @module
 */
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../core/clock.js";
import { toErrorResponse } from "../error-handler.js";
import type { GatewayMetrics } from "../gateway-metrics.js";
import { repeatedWarning } from "../repeated-warning.js";
import type { RequestTracer } from "../telemetry/request-tracer.js";

/** What `trackRefusedRequests` reports to. */
export interface RefusedRequestsOptions {
  metrics: GatewayMetrics;
  tracer?: RequestTracer | undefined;
  logger: FastifyBaseLogger;
  clock: Clock;
  /** The door's name (`chat`, `messages`, `responses`) and its route. */
  door: string;
  route: string;
}

/** The fields of a refusal's log line. */
interface RefusalFields {
  status: number;
  code: string;
  reason: string;
  method: string;
  path: string;
  door: string;
  ip: string;
  /** The id its answer carried (`request-id` / `x-request-id`); the admin API's decision lookup answers it for a while. */
  requestId: string | undefined;
}

/** Error codes a log line is kept for (they come from a bounded set: the gateway's and Fastify's). */
const MAX_LOGGED_CODES = 64;

/** The route's hooks: the door's handler calls `reached`; `onError` notes why, `onResponse` reports the others. */
export function trackRefusedRequests(options: RefusedRequestsOptions): {
  reached(request: FastifyRequest): void;
  onError(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void>;
  onResponse(request: FastifyRequest, reply: FastifyReply): Promise<void>;
} {
  const { metrics, tracer, logger, clock } = options;
  const reached = new WeakSet<FastifyRequest>();
  const refusals = new WeakMap<FastifyRequest, { code: string; reason: string }>();
  const logLines = new Map<string, (fields: RefusalFields) => void>();
  const log = (fields: RefusalFields): void => {
    let line = logLines.get(fields.code);
    if (!line) {
      if (logLines.size >= MAX_LOGGED_CODES) logLines.clear();
      line = repeatedWarning<RefusalFields>((entry) => (entry.status >= 500 ? logger.warn(entry, "request refused before routing") : logger.info(entry, "request refused before routing")), () => clock.now());
      logLines.set(fields.code, line);
    }
    line(fields);
  };
  return {
    reached: (request) => {
      reached.add(request);
      // Its decision record names the id: not a refusal to remember for a lookup (`recent-refusals.ts`).
      request.doorHandled = true;
    },
    async onError(request, _reply, error) {
      if (reached.has(request)) return;
      const { envelope } = toErrorResponse(error);
      refusals.set(request, { code: envelope.error.code ?? envelope.error.type, reason: envelope.error.message.slice(0, 200) });
    },
    async onResponse(request, reply) {
      if (reached.has(request)) return;
      const status = reply.statusCode;
      metrics.observeRequest({ model: "none", tier: "none", status, stream: false, durationMs: reply.elapsedTime, timeToFirstTokenMs: null });
      const { code, reason } = refusals.get(request) ?? { code: `http_${status}`, reason: "" };
      const endMs = clock.now();
      tracer?.refused?.({ method: request.method, route: options.route, door: options.door, status, code, startMs: endMs - reply.elapsedTime, endMs });
      log({ status, code, reason, method: request.method, path: options.route, door: options.door, ip: request.ip, requestId: request.doorRequestId });
    },
  };
}
