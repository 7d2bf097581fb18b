/**
 * The shape of a text in one pass over its character codes (no regex, no arrays): code symbols,
 * digits and numbers, question marks, lines, list and multiple-choice lines, non-ASCII share,
 * sentence ends, and money / decimal / fraction / percent marks. Feeds the learned classifier's
 * structure features.
 * @module
 */
import { codeAt } from "../code-at.js";
import { codeLineAt, isLineTerminator, isQuoteMark, mathOperatorAt, operatorAfterDigit, QUOTED_CHARS } from "./text-marks.js";

/** Counts and marks of one text. */
export interface TextShape {
  codeSymbols: number;
  digits: number;
  numbers: number;
  distinctNumbers: number;
  qmarks: number;
  lines: number;
  listLines: number;
  choiceLines: number;
  /** Non-ASCII characters among the first 2,000. */
  nonAscii: number;
  sentenceEnds: number;
  hasDecimal: boolean;
  hasMoney: boolean;
  hasFraction: boolean;
  hasPercent: boolean;
  /** A maths operator by `text-marks.ts`'s rule (an operator next to a number, `\\frac`, `$…$`, a maths symbol). */
  hasMathOperator: boolean;
  /** Two consecutive quote marks with 20 characters or more between them. */
  hasQuotation: boolean;
  /** A line that opens with a code keyword (`def`, `class`, `import`, `for`...), by `text-marks.ts`'s rule. */
  hasCodeLine: boolean;
}

const NON_ASCII_SCAN = 2_000;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetterOrSpace(code: number): boolean {
  const folded = code | 32;
  return (folded >= 97 && folded <= 122) || code === 32;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Single-character code symbols: `{ } ; = < > [ ]`. */
function isCodeSymbol(code: number): boolean {
  return code === 123 || code === 125 || code === 59 || code === 61 || code === 60 || code === 62 || code === 91 || code === 93;
}

/** Whether a line starting at `start` is a list item ("- ", "* ", "• ", "1. ", "2) ") or a choice ("A. ", "(B) "). */
function lineStartKind(text: string, start: number): 0 | 1 | 2 {
  let i = start;
  while (codeAt(text, i) === 32 || codeAt(text, i) === 9) i++;
  const c = codeAt(text, i);
  if ((c === 45 || c === 42 || c === 0x2022) && isSpace(codeAt(text, i + 1))) return 1;
  if (isDigit(c)) {
    let j = i + 1;
    while (isDigit(codeAt(text, j))) j++;
    const after = codeAt(text, j);
    if ((after === 46 || after === 41) && isSpace(codeAt(text, j + 1))) return 1;
  }
  const letterAt = c === 40 ? i + 1 : i;
  const letter = codeAt(text, letterAt);
  const mark = codeAt(text, letterAt + 1);
  if (letter >= 65 && letter <= 68 && (mark === 46 || mark === 41 || mark === 58) && isSpace(codeAt(text, letterAt + 2))) return 2;
  return 0;
}

/** Reads the shape of `text` (see the module comment). */
export function readTextShape(text: string): TextShape {
  const shape: TextShape = { codeSymbols: 0, digits: 0, numbers: 0, distinctNumbers: 0, qmarks: 0, lines: 1, listLines: 0, choiceLines: 0, nonAscii: 0, sentenceEnds: 0, hasDecimal: false, hasMoney: false, hasFraction: false, hasPercent: false, hasMathOperator: false, hasQuotation: false, hasCodeLine: codeLineAt(text, 0) };
  let lastDollar = -1;
  let lastQuote = -1;
  let distinct: Set<string> | undefined;
  const countLine = (start: number): void => {
    const kind = lineStartKind(text, start);
    if (kind === 1) shape.listLines++;
    else if (kind === 2) shape.choiceLines++;
  };
  countLine(0);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    // Letters and spaces, most of any text, mark nothing: skip the cascade below.
    if (isAsciiLetterOrSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (isDigit(codeAt(text, i))) i++;
      shape.digits += i - start;
      if (codeAt(text, i) === 46 && isDigit(codeAt(text, i + 1))) {
        shape.hasDecimal = true;
        const fraction = ++i;
        while (isDigit(codeAt(text, i))) i++;
        shape.digits += i - fraction;
      }
      shape.numbers++;
      (distinct ??= new Set()).add(text.slice(start, i));
      if (!shape.hasMathOperator && operatorAfterDigit(text, i)) shape.hasMathOperator = true;
      continue;
    }
    if (!shape.hasMathOperator && mathOperatorAt(text, i, c)) shape.hasMathOperator = true;
    if (!shape.hasCodeLine && isLineTerminator(c) && codeLineAt(text, i + 1)) shape.hasCodeLine = true;
    if (c === 36) {
      if (lastDollar >= 0 && i - lastDollar > 1) shape.hasMathOperator = true;
      lastDollar = i;
    } else if (isQuoteMark(c)) {
      if (lastQuote >= 0 && i - lastQuote > QUOTED_CHARS) shape.hasQuotation = true;
      lastQuote = i;
    }
    if (c > 127 && i < NON_ASCII_SCAN) shape.nonAscii++;
    if (c === 10) {
      shape.lines++;
      countLine(i + 1);
    } else if (c === 63) {
      shape.qmarks++;
      if (isSpace(codeAt(text, i + 1)) || i + 1 === length) shape.sentenceEnds++;
    } else if (c === 46 || c === 33) {
      if (isSpace(codeAt(text, i + 1)) || i + 1 === length) shape.sentenceEnds++;
    } else if (isCodeSymbol(c)) {
      const next = codeAt(text, i + 1);
      shape.codeSymbols++;
      if (c === 61 && next === 62) i++; // "=>" counts once
    } else if (c === 40 && codeAt(text, i + 1) === 41) {
      shape.codeSymbols++;
      i++;
    } else if ((c === 58 && codeAt(text, i + 1) === 58) || (c === 45 && codeAt(text, i + 1) === 62)) {
      shape.codeSymbols++;
      i++;
    } else if (c === 37) shape.hasPercent = true;
    else if (c === 47 && isDigit(codeAt(text, i - 1)) && isDigit(codeAt(text, i + 1))) shape.hasFraction = true;
    else if ((c === 36 || c === 0x20ac || c === 0xa3) && isDigit(codeAt(text, i + 1))) shape.hasMoney = true;
    i++;
  }
  shape.distinctNumbers = distinct?.size ?? 0;
  return shape;
}
