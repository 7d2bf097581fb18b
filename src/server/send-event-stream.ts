/**
 * Writes an SSE stream straight to the socket: each piece is written as soon as it exists (no buffering),
 * waiting only for the socket to drain. Leaving the loop early (client gone) ends the producer, which aborts
 * the upstream.
 * @module
 */
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { FastifyReply } from "fastify";
import { clientHungUp } from "./client-hung-up.js";
import { errorSummary } from "./error-handler.js";
import { safeOutgoingHeaders } from "./safe-header.js";

// No `connection` header: Node writes keep-alive or close itself, as for any answer. A forced keep-alive kept every
// stream's socket open, even when the client sent `Connection: close` or the socket had served
// server.max_requests_per_socket requests.
const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
  "x-accel-buffering": "no",
};

/** HTTP trailers sent after the last event: their names are announced in the `Trailer` header up front. */
export interface EventStreamTrailers {
  names: readonly string[];
  /** Read once the events are over. */
  values(): Record<string, string>;
}

/**
 * Takes the response over from Fastify and streams `chunks` to it, with the headers already set on `reply`. A client
 * that leaves its socket full for `stalledAfterMs` is cut (the producer then ends as for a client gone): waiting on
 * it for ever held the upstream's reservation, the in-flight marker and the record with it.
 */
export async function sendEventStream(reply: FastifyReply, chunks: AsyncGenerator<string>, trailers?: EventStreamTrailers, stalledAfterMs = 300_000): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  const headers: OutgoingHttpHeaders = { ...EVENT_STREAM_HEADERS };
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
  if (trailers) headers.trailer = trailers.names.join(", ");
  try {
    // eslint-disable-next-line no-restricted-syntax -- every value passes through safeOutgoingHeaders
    response.writeHead(200, safeOutgoingHeaders(headers));
    for await (const chunk of chunks) {
      if (clientHungUp(response)) {
        // A socket ending on the client's FIN: closing it now stops the producer (and the upstream) without waiting.
        response.destroy();
        break;
      }
      if (!response.write(chunk) && !(await drained(response, stalledAfterMs))) {
        reply.log.warn({ stalledAfterMs }, "client stopped reading its stream; connection cut");
        response.destroy();
        break;
      }
    }
  } catch (error) {
    // The producer reports stream failures as an error event itself; anything thrown here is a bug. The headers
    // are gone, so the only honest signal left is to cut the connection (never a clean end).
    reply.log.error({ err: errorSummary(error) }, "event stream failed");
    response.destroy();
    // Ends the producer (and so the upstream call) if the loop never started or stopped on the throw.
    await chunks.return(undefined).catch(() => undefined);
  } finally {
    if (!response.destroyed) {
      if (trailers) response.addTrailers(safeOutgoingHeaders(trailers.values()));
      response.end();
    }
  }
}

/** Resolves true once the socket drains (or closes), false when `withinMs` pass first. */
function drained(response: ServerResponse, withinMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (drainedInTime: boolean): void => {
      clearTimeout(timer);
      response.off("drain", onDrain);
      response.off("close", onDrain);
      resolve(drainedInTime);
    };
    const onDrain = (): void => done(true);
    const timer = setTimeout(() => done(false), withinMs);
    response.on("drain", onDrain);
    response.on("close", onDrain);
  });
}
