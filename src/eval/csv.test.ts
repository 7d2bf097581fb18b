import { describe, expect, it } from "vitest";
import { parseCsv, parseJsonLines } from "./csv.js";

describe("parseJsonLines", () => {
  it("skips blank lines and names the line that is not JSON", () => {
    expect(parseJsonLines('{"a":1}\n\n{"b":2}\n')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseJsonLines('\uFEFF{"a":1}\r\n{"b":2}\r\n')).toEqual([{ a: 1 }, { b: 2 }]);
    // It threw JSON.parse's own message, so `eval` and `simulate-upstream --outcomes` never said which line.
    expect(() => parseJsonLines('{"a":1}\n\nnot json\n')).toThrow(/^line 3 is not JSON: /);
  });
});

describe("parseJsonLines and a byte-order mark inside the file", () => {
  it("reads a line that starts with one, as route --jsonl does: two Windows files joined with cat (round 24)", () => {
    // The error named an invisible character ("Unexpected token '\uFEFF'") and the whole dataset was refused.
    expect(parseJsonLines('\uFEFF{"a":1}\n\uFEFF{"b":2}\r\n')).toEqual([{ a: 1 }, { b: 2 }]);
  });
});

describe("parseCsv's unterminated quote", () => {
  it("names the line it opens on whatever ends the lines, a field's own line breaks counted", () => {
    // Lines 1 to 4: a header, a quoted field over two lines, then the quote never closed. Lines ended by a lone CR
    // (classic Mac, some exports) were not counted inside a quoted field, so the error named line 3.
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["p,a", '"x', 'y",1', '"z,1', ""].join(eol);
      expect(() => parseCsv(text), JSON.stringify(eol)).toThrow(/^line 4: a quoted field is never closed/);
    }
  });
});
