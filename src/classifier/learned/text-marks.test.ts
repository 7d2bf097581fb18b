import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsWithQuestion } from "./text-marks.js";
import { readTextShape } from "./text-shape.js";

/** The regexes the structure features used; the text-shape pass must answer exactly as they do. */
const MATH_OPERATOR = /[=+\-*/^]\s*\d|\d\s*[=+*/^]|\\frac|\\sqrt|\$[^$]+\$|[∫∑√π≤≥≠]/;
const ENDS_WITH_QUESTION = /\?\s*$/;
const QUOTED = /["“”«»][^"“”«»]{20,}["“”«»]/;
const CODE_LINE = /^[^\S\n\r\u2028\u2029]*(def|class|function|import|from|const|let|var|public|#include|SELECT|for|while|if)\b/m;

const UNITS = ["a", "Z", "1", "9", ".", "=", "+", "-", "*", "/", "^", "\\", "frac", "sqrt", "$", "∫", "π", "≠", "?", " ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u180e", "\u200b", '"', "“", "”", "«", "»", "=>", "->", "::", "()", "%", "€", "x".repeat(10), "x".repeat(19), "x".repeat(20), "é", "def", "class", "import", "from", "if", "for", "format", "SELECT", "select", "#include", "_", "\u2028", "\u2029", "\v"];

describe("text marks", () => {
  it("answer as the regexes do, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }), (units) => {
        const text = units.join("");
        const shape = readTextShape(text);
        expect(shape.hasMathOperator).toBe(MATH_OPERATOR.test(text));
        expect(shape.hasQuotation).toBe(QUOTED.test(text));
        expect(shape.hasCodeLine).toBe(CODE_LINE.test(text));
        expect(endsWithQuestion(text)).toBe(ENDS_WITH_QUESTION.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("read the usual cases", () => {
    expect(readTextShape("solve 2x + 3 = 7").hasMathOperator).toBe(true);
    expect(readTextShape("a well-known fact").hasMathOperator).toBe(false);
    expect(readTextShape("costs $5 and $").hasMathOperator).toBe(true);
    expect(readTextShape('he said "this is a long enough quotation" loudly').hasQuotation).toBe(true);
    expect(endsWithQuestion("why? \n")).toBe(true);
    expect(readTextShape(`"${"x".repeat(20)}"`).hasQuotation).toBe(true);
    expect(readTextShape(`"${"x".repeat(19)}"`).hasQuotation).toBe(false);
  });
});
