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

  it("flushes an unterminated last event on end", () => {
    const parser = new SseEventParser();
    expect(parser.push(encode("data: x"))).toEqual([]);
    expect(parser.end()).toEqual([{ raw: "data: x\n\n", data: "x" }]);
  });
});
