import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { readBody } from "./read-body.js";

interface Outcome {
  error: (Error & { code?: string; statusCode?: number }) | null;
  body: Buffer | undefined;
}

/** Feeds `chunks` (then ends, or fails with `failWith`) and resolves with what `readBody` said. */
function read(chunks: (Buffer | string)[], contentLength: string | undefined, limit: number, failWith?: Error): Promise<Outcome> {
  const payload = new PassThrough();
  const outcome = new Promise<Outcome>((resolve) => readBody(payload, contentLength, limit, (error, body) => resolve({ error, body })));
  for (const chunk of chunks) payload.write(chunk);
  if (failWith) payload.destroy(failWith);
  else payload.end();
  return outcome;
}

describe("readBody", () => {
  it("joins many tiny chunks, past the first buffer's size, byte for byte", async () => {
    const text = "é".repeat(20_000);
    const bytes = Buffer.from(text);
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    const { error, body } = await read(chunks, undefined, 1_000_000, undefined);
    expect(error).toBeNull();
    expect(body?.toString("utf8")).toBe(text);
  });

  it("reads a Content-Length body with one allocation of exactly that length, whatever its chunks", async () => {
    const pieces = Array.from({ length: 8 }, (_, index) => Buffer.alloc(8_192, 97 + index));
    const whole = Buffer.concat(pieces);
    const allocations = vi.spyOn(Buffer, "allocUnsafe");
    try {
      const { error, body } = await read(pieces, String(8 * 8_192), 1_000_000);
      expect(error).toBeNull();
      expect(allocations.mock.calls).toEqual([[8 * 8_192]]);
      expect(body?.equals(whole)).toBe(true);
    } finally {
      allocations.mockRestore();
    }
  });

  it("gives an empty buffer for an empty body", async () => {
    expect((await read([], undefined, 100)).body?.length).toBe(0);
    expect((await read([], "0", 100)).body?.length).toBe(0);
  });

  it("refuses a Content-Length over the limit before reading (413)", async () => {
    const { error } = await read(["x"], "101", 100);
    expect(error?.code).toBe("FST_ERR_CTP_BODY_TOO_LARGE");
    expect(error?.statusCode).toBe(413);
  });

  it("refuses a chunked body as soon as its bytes pass the limit, and stops reading", async () => {
    const payload = new PassThrough();
    const outcome = new Promise<Outcome>((resolve) => readBody(payload, undefined, 10, (error, body) => resolve({ error, body })));
    payload.write("123456");
    payload.write("789012");
    const { error } = await outcome;
    expect(error?.code).toBe("FST_ERR_CTP_BODY_TOO_LARGE");
    expect(payload.listenerCount("data")).toBe(0);
  });

  it("says FST_ERR_CTP_INVALID_CONTENT_LENGTH when the bytes are fewer than the length said", async () => {
    const { error } = await read(["abc"], "5", 100);
    expect(error?.code).toBe("FST_ERR_CTP_INVALID_CONTENT_LENGTH");
    expect(error?.statusCode).toBe(400);
  });

  it("passes a stream error (a client gone mid-body) on with a 400 status when it has none", async () => {
    const { error, body } = await read(["ab"], undefined, 100, Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    expect(error?.message).toBe("aborted");
    expect(error?.statusCode).toBe(400);
    expect(body).toBeUndefined();
  });
});
