import { describe, expect, it } from "vitest";
import { readBodyCapped, readErrorText } from "./read-capped-body.js";
import type { UpstreamBody } from "./upstream-client.js";

/** A body of `pieces`, noting whether it was dropped and how much of it was read. */
function body(pieces: string[]): UpstreamBody & { destroyed: boolean; read: number } {
  const state = {
    destroyed: false,
    read: 0,
    async *[Symbol.asyncIterator]() {
      for (const piece of pieces) {
        if (state.destroyed) return;
        state.read += 1;
        yield new TextEncoder().encode(piece);
      }
    },
    text: async () => pieces.join(""),
    arrayBuffer: async () => new TextEncoder().encode(pieces.join("")).buffer as ArrayBuffer,
    destroy: () => {
      state.destroyed = true;
    },
  };
  return state;
}

describe("readBodyCapped", () => {
  it("reads a body within the ceiling whole, declared or not", async () => {
    expect((await readBodyCapped(body(["ab", "cd"]), undefined, 4))?.toString()).toBe("abcd");
    expect((await readBodyCapped(body(["ab", "cd"]), "4", 4))?.toString()).toBe("abcd");
  });

  it("stops at the ceiling without reading the rest, and drops the connection", async () => {
    const endless = body(Array.from({ length: 1_000 }, () => "x".repeat(10)));
    expect(await readBodyCapped(endless, undefined, 25)).toBeUndefined();
    expect(endless.read).toBe(3);
    expect(endless.destroyed).toBe(true);
    const declared = body(["never read"]);
    expect(await readBodyCapped(declared, "1000", 25)).toBeUndefined();
    expect(declared.read).toBe(0);
    expect(declared.destroyed).toBe(true);
  });
});

describe("readErrorText", () => {
  it("keeps an error body's first bytes only", async () => {
    const long = body(Array.from({ length: 1_000 }, () => "e".repeat(10)));
    expect(await readErrorText(long, 25)).toBe("e".repeat(25));
    expect(long.destroyed).toBe(true);
    expect(await readErrorText(body(['{"error":', '"x"}']), 100)).toBe('{"error":"x"}');
  });
});
