/**
 * Reading an upstream body with a ceiling. A broken upstream (or a provider behind OpenRouter) can send an answer
 * that never ends; read whole, it would grow the gateway's memory until the attempt's `total_ms`, for every such
 * request at once, and could take the process (and every request in flight) down with it.
 * @module
 */
/** What `readBodyCapped` reads: the bytes as they come, a way to drop the rest, and (optionally) the whole at once. */
export type CappedBody = AsyncIterable<Uint8Array> & { destroy(error?: Error): unknown; arrayBuffer?(): Promise<ArrayBuffer> };

/**
 * The most a whole chat answer may be: far above any real one (128k tokens of text is about 0.5 MB; an answer
 * carrying generated images in base64 a few MB each), far below what hurts the process.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** The most of an error body kept: enough for any provider's message, which is all that is read of it. */
export const MAX_ERROR_BODY_BYTES = 256 * 1024;

/**
 * The whole body as bytes, or `undefined` when it is over `maxBytes` (the rest is dropped, the connection closed).
 * A declared length within the ceiling is read in one go (undici holds the body to that length).
 */
export async function readBodyCapped(body: CappedBody, contentLength: unknown, maxBytes: number = MAX_ANSWER_BYTES): Promise<Buffer | undefined> {
  const declared = typeof contentLength === "string" && /^\d+$/.test(contentLength) ? Number(contentLength) : undefined;
  if (declared !== undefined && declared > maxBytes) {
    body.destroy();
    return undefined;
  }
  if (declared !== undefined && body.arrayBuffer) return Buffer.from(await body.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** An error body's text, its first `maxBytes` only (the rest is dropped). */
export async function readErrorText(body: CappedBody, maxBytes: number = MAX_ERROR_BODY_BYTES): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    const room = maxBytes - size;
    chunks.push(chunk.byteLength > room ? chunk.subarray(0, room) : chunk);
    size += Math.min(chunk.byteLength, room);
    if (size >= maxBytes) {
      body.destroy();
      break;
    }
  }
  return new TextDecoder().decode(Buffer.concat(chunks, size));
}
