/**
 * Request counters for answers a door's handler never saw: a request refused before the door reads it (a body that
 * is not JSON, over the size limit, compressed; a drain's 503) is answered by the error handler, and counted here
 * when its answer is sent, so `switchyard_requests_total` sums to every answer of the doors.
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from "fastify";
import type { GatewayMetrics } from "../gateway-metrics.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The door's handler saw this request and counts it itself (`countRefusedRequests`). */
    doorReached?: boolean;
  }
}

/**
 * `onResponse` counts the requests `reached` was not called for; the door's handler calls `reached` (and counts the
 * rest). The mark is a request decorator (a field every request is built with), not a WeakSet entry: the set's add
 * and the collector's work on its entries were ~0.2% of the gateway's busy time at 50 connections.
 */
export function countRefusedRequests(app: FastifyInstance, metrics: GatewayMetrics): { reached(request: FastifyRequest): void; onResponse(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void } {
  if (!app.hasRequestDecorator("doorReached")) app.decorateRequest("doorReached", false);
  return {
    reached: (request) => {
      request.doorReached = true;
    },
    onResponse(request, reply, done) {
      if (!request.doorReached) metrics.observeRequest({ model: "none", tier: "none", status: reply.statusCode, stream: false, durationMs: reply.elapsedTime, timeToFirstTokenMs: null });
      done();
    },
  };
}
