/**
 * Writes an SSE stream straight to the socket: each piece is written as soon as it exists (no buffering),
 * waiting only for the socket to drain. Leaving the loop early (client gone) ends the producer, which aborts
 * the upstream.
 * @module
 */
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { FastifyReply } from "fastify";

const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
  "x-accel-buffering": "no",
  connection: "keep-alive",
};

/** HTTP trailers sent after the last event: their names are announced in the `Trailer` header up front. */
export interface EventStreamTrailers {
  names: readonly string[];
  /** Read once the events are over. */
  values(): Record<string, string>;
}

/** Takes the response over from Fastify and streams `chunks` to it, with the headers already set on `reply`. */
export async function sendEventStream(reply: FastifyReply, chunks: AsyncGenerator<string>, trailers?: EventStreamTrailers): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  const headers: OutgoingHttpHeaders = { ...EVENT_STREAM_HEADERS };
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
  if (trailers) headers.trailer = trailers.names.join(", ");
  response.writeHead(200, headers);
  try {
    for await (const chunk of chunks) {
      if (response.destroyed) break;
      if (!response.write(chunk)) await drained(response);
    }
  } catch (error) {
    // The producer reports stream failures as an error event itself; anything thrown here is a bug. The headers
    // are gone, so the only honest signal left is to cut the connection (never a clean end).
    reply.log.error({ err: error }, "event stream failed");
    response.destroy();
  } finally {
    if (!response.destroyed) {
      if (trailers) response.addTrailers(trailers.values());
      response.end();
    }
  }
}

function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off("drain", done);
      response.off("close", done);
      resolve();
    };
    response.on("drain", done);
    response.on("close", done);
  });
}
