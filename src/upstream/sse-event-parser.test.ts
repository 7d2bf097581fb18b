import { describe, expect, it } from "vitest";
import { SseEventParser } from "./sse-event-parser.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("SseEventParser", () => {
  it("splits events across chunk boundaries and keeps comments apart from data", () => {
    const parser = new SseEventParser();
    const events = [
      ...parser.push(encode(": OPENROUTER PROCESSING\n\ndata: {\"a\"")),
      ...parser.push(encode(":1}\n\ndata: [DONE]\n\n")),
    ];
    expect(events).toEqual([
      { raw: ": OPENROUTER PROCESSING\n\n", data: undefined },
      { raw: 'data: {"a":1}\n\n', data: '{"a":1}' },
      { raw: "data: [DONE]\n\n", data: "[DONE]" },
    ]);
  });

  it("handles CRLF, multi-line data and a split UTF-8 character", () => {
    const parser = new SseEventParser();
    const bytes = encode("data: é\r\ndata: b\r\n\r\n");
    const events = [...parser.push(bytes.subarray(0, 7)), ...parser.push(bytes.subarray(7))];
    expect(events).toEqual([{ raw: "data: é\ndata: b\n\n", data: "é\nb" }]);
  });

  it("reads a CRLF split between two reads as one line end, not an event's end", () => {
    const parser = new SseEventParser();
    const bytes = encode("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n");
    const cut = "data: a\r".length;
    const events = [...parser.push(bytes.subarray(0, cut)), ...parser.push(bytes.subarray(cut))];
    expect(events).toEqual([
      { raw: "data: a\ndata: b\n\n", data: "a\nb" },
      { raw: "data: c\n\n", data: "c" },
    ]);
    const last = new SseEventParser();
    expect(last.push(encode("data: x\r"))).toEqual([]);
    expect(last.end()).toEqual([{ raw: "data: x\n\n", data: "x" }]);
  });

  it("gives an event ended by bare CRs at once, not a read later", () => {
    const parser = new SseEventParser();
    expect(parser.push(encode("data: x\r\r"))).toEqual([{ raw: "data: x\n\n", data: "x" }]);
    expect(parser.push(encode("\ndata: y\r\n\r\n"))).toEqual([{ raw: "data: y\n\n", data: "y" }]);
  });

  it("counts what it holds of an event not yet ended, and finds an end arriving in pieces", () => {
    const parser = new SseEventParser();
    for (let i = 0; i < 1_000; i += 1) expect(parser.push(encode("x".repeat(100)))).toEqual([]);
    expect(parser.pendingChars).toBe(100_000);
    expect(parser.push(encode("\n"))).toEqual([]);
    expect(parser.push(encode("\n")).map((event) => event.raw.length)).toEqual([100_002]);
    expect(parser.pendingChars).toBe(0);
  });

  it("flushes an unterminated last event on end", () => {
    const parser = new SseEventParser();
    expect(parser.push(encode("data: x"))).toEqual([]);
    expect(parser.end()).toEqual([{ raw: "data: x\n\n", data: "x" }]);
  });
});
