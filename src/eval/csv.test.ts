import { describe, expect, it } from "vitest";
import { parseJsonLines } from "./csv.js";

describe("parseJsonLines", () => {
  it("skips blank lines and names the line that is not JSON", () => {
    expect(parseJsonLines('{"a":1}\n\n{"b":2}\n')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseJsonLines('\uFEFF{"a":1}\r\n{"b":2}\r\n')).toEqual([{ a: 1 }, { b: 2 }]);
    // It threw JSON.parse's own message, so `eval` and `simulate-upstream --outcomes` never said which line.
    expect(() => parseJsonLines('{"a":1}\n\nnot json\n')).toThrow(/^line 3 is not JSON: /);
  });
});
