/**
 * Three of the structure features' regexes, read character by character so the text-shape pass can answer them
 * while it reads the text anyway (the regexes each scanned the whole text again):
 * - a maths operator, `/[=+\-*\/^]\s*\d|\d\s*[=+*\/^]|\\frac|\\sqrt|\$[^$]+\$|[∫∑√π≤≥≠]/`;
 * - a question at the end, `/\?\s*$/`;
 * - a quotation of 20 characters or more, `/["“”«»][^"“”«»]{20,}["“”«»]/`;
 * - a line of code, `/^[^\S\n\r\u2028\u2029]*(def|class|function|import|from|const|let|var|public|#include|SELECT|for|while|if)\b/m`.
 * `text-marks.test.ts` holds each to its regex.
 * @module
 */
import { codeAt } from "../code-at.js";

/** JavaScript's `\s`: white space and line terminators. */
export function isJsSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (isJsSpace(codeAt(text, i))) i++;
  return i;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `=`, `+`, `*`, `/`, `^` (the operators that may follow a number). */
function isOperatorAfterNumber(code: number): boolean {
  return code === 61 || code === 43 || code === 42 || code === 47 || code === 94;
}

/** A maths symbol: ∫ ∑ √ π ≤ ≥ ≠. */
function isMathSymbol(code: number): boolean {
  return code === 0x222b || code === 0x2211 || code === 0x221a || code === 0x3c0 || code === 0x2264 || code === 0x2265 || code === 0x2260;
}

/** Whether a digit at `end - 1` (the last of its run) is followed, after spaces, by an operator: `\d\s*[=+*\/^]`. */
export function operatorAfterDigit(text: string, end: number): boolean {
  return isOperatorAfterNumber(codeAt(text, skipSpaces(text, end)));
}

/**
 * Whether the character `code` at `i` (not a digit) starts a maths-operator match other than the `$…$` one:
 * an operator then a digit, `\frac`, `\sqrt`, or a maths symbol.
 */
export function mathOperatorAt(text: string, i: number, code: number): boolean {
  if (isOperatorAfterNumber(code) || code === 45) return isAsciiDigit(codeAt(text, skipSpaces(text, i + 1)));
  if (code === 92) return text.startsWith("frac", i + 1) || text.startsWith("sqrt", i + 1);
  return code > 0x7f && isMathSymbol(code);
}

/** `"`, `“`, `”`, `«`, `»`. */
export function isQuoteMark(code: number): boolean {
  return code === 34 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb;
}

/** What starts a line of code, after indentation. */
const CODE_KEYWORDS = ["def", "class", "function", "import", "from", "const", "let", "var", "public", "#include", "SELECT", "for", "while", "if"];
const KEYWORD_FIRSTS = new Set(CODE_KEYWORDS.map((keyword) => keyword.charCodeAt(0)));

/** A line terminator: what `^` follows with the `m` flag. */
export function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** A `\w` character (ASCII letters, digits, `_`). */
function isRegexWordChar(code: number): boolean {
  const folded = code | 32;
  return (folded >= 97 && folded <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/** Whether the line starting at `start` opens, after indentation, with a code keyword that ends a word. */
export function codeLineAt(text: string, start: number): boolean {
  let i = start;
  for (let c = codeAt(text, i); isJsSpace(c) && !isLineTerminator(c); c = codeAt(text, ++i));
  if (!KEYWORD_FIRSTS.has(codeAt(text, i))) return false;
  for (const keyword of CODE_KEYWORDS) if (text.startsWith(keyword, i) && !isRegexWordChar(codeAt(text, i + keyword.length))) return true;
  return false;
}

/** The characters between two consecutive quote marks that make a quotation. */
export const QUOTED_CHARS = 20;

/** `/\?\s*$/`: the text ends with a question mark, spaces after it aside. */
export function endsWithQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isJsSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 63;
}
