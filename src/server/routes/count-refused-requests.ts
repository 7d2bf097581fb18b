/**
 * Request counters for answers a door's handler never saw: a request refused before the door reads it (a body that
 * is not JSON, over the size limit, compressed; a drain's 503) is answered by the error handler, and counted here
 * when its answer is sent, so `switchyard_requests_total` sums to every answer of the doors.
 * @module
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { GatewayMetrics } from "../gateway-metrics.js";

/** `onResponse` counts the requests `reached` was not called for; the door's handler calls `reached` (and counts the rest). */
export function countRefusedRequests(metrics: GatewayMetrics): { reached(request: FastifyRequest): void; onResponse(request: FastifyRequest, reply: FastifyReply): Promise<void> } {
  const reached = new WeakSet<FastifyRequest>();
  return {
    reached: (request) => void reached.add(request),
    async onResponse(request, reply) {
      if (reached.has(request)) return;
      metrics.observeRequest({ model: "none", tier: "none", status: reply.statusCode, stream: false, durationMs: reply.elapsedTime, timeToFirstTokenMs: null });
    },
  };
}
