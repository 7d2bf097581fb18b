/**
 * Reads a request body into one Buffer as it arrives. Fastify's `parseAs: "buffer"` kept one Buffer per chunk until
 * the end, and `body_limit_bytes` counts bytes, not chunks: 1 MB sent as 1-byte chunks (`1\r\nx\r\n`) took a
 * gateway from 66 MB to about 500 MB (ADR 0105). Here each chunk is copied into one growing buffer and let go: a
 * `Content-Length` body (within the limit) gets exactly one allocation of its length and one copy of each chunk; a
 * chunked one grows by doubling, so it holds at most twice its bytes.
 *
 * Errors are Fastify's own, as its reader gave them: `FST_ERR_CTP_BODY_TOO_LARGE` (413) past the limit,
 * `FST_ERR_CTP_INVALID_CONTENT_LENGTH` (400) when the bytes are not the length said, and the stream's error (a client
 * gone mid-body, `aborted`) with a 400 status when it has none.
 * @module
 */
import type { Readable } from "node:stream";
import { errorCodes } from "fastify";

/** A chunked body's first buffer: one allocation for the usual small request, grown by doubling past it. */
const FIRST_CAPACITY = 16 * 1024;

type Done = (error: Error | null, body: Buffer | undefined) => void;

/**
 * Reads `payload` to its end, then calls `done` with its bytes, or with the error (and stops reading) as soon as it is
 * past `limit` bytes. `contentLength` is the request's `Content-Length` header, when it sent one.
 */
export function readBody(payload: Readable, contentLength: string | undefined, limit: number, done: Done): void {
  const announced = Number(contentLength);
  if (announced > limit) {
    done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
    return;
  }
  const exact = Number.isSafeInteger(announced) && announced >= 0;
  let buffer: Buffer | undefined = exact ? Buffer.allocUnsafe(announced) : undefined;
  let received = 0;
  const stop = (): void => {
    payload.removeListener("data", onData);
    payload.removeListener("end", onEnd);
    payload.removeListener("error", onEnd);
  };
  function onData(chunk: Buffer | string): void {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    const length = received + bytes.length;
    if (length > limit) {
      stop();
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
      return;
    }
    const into = buffer === undefined || length > buffer.length ? grown(buffer, received, length, limit) : buffer;
    bytes.copy(into, received);
    buffer = into;
    received = length;
  }
  function onEnd(error?: Error & { statusCode?: number }): void {
    stop();
    if (error != null) {
      if (!(typeof error.statusCode === "number" && error.statusCode >= 400)) error.statusCode = 400;
      done(error, undefined);
      return;
    }
    if (!Number.isNaN(announced) && received !== announced) {
      done(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH(), undefined);
      return;
    }
    done(null, buffer === undefined ? Buffer.alloc(0) : buffer.length === received ? buffer : buffer.subarray(0, received));
  }
  payload.on("data", onData);
  payload.on("end", onEnd);
  payload.on("error", onEnd);
  payload.resume();
}

/** A buffer of at least `needed` bytes (doubling, at most `limit`) holding the `used` bytes of `old`. */
function grown(old: Buffer | undefined, used: number, needed: number, limit: number): Buffer {
  let capacity = Math.max(FIRST_CAPACITY, old?.length ?? 0);
  while (capacity < needed) capacity *= 2;
  const next = Buffer.allocUnsafe(Math.min(capacity, Math.max(limit, needed)));
  old?.copy(next, 0, 0, used);
  return next;
}
