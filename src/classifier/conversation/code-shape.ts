/**
 * Whether a message shows code: the shapes code takes in a turn, an assistant reply or a tool result, and why a tool's
 * JSON data or a fetched web page is not code. Moved out of `read-conversation.ts`, unchanged.
 * @module
 */

/**
 * Code in a message: a fence, a definition or declaration with its punctuation (`def f(`, `class Foo:`, `const x =`,
 * `func f(`), an import, a block opening after `)` or `=>`, a statement ending in `;` after an assignment or a call,
 * markup or patch headers, and (outside JSON data) a line that only closes a block. Keywords alone are not enough:
 * "let me know (…)", "return policy: 30 days" and a contract's clauses ending in ";" are prose; so is "public liability
 * insurance (min £5m)" (a Java method's name meets its parenthesis; twentieth round).
 */
const CODE_PARTS = [
  /```|\bdef \w+\s*\(|\bclass [A-Z_]\w*\s*[({:<]|\bfunction\s*\*?\s*\w*\s*\(|\b(?:func|fn) \w+\s*[(<]|\b(?:const|let|var) [\w{[$][\w$, {}[\]]{0,60}\s*[=:;]/.source,
  /\b(?:public|private|protected)(?: static)?(?: final)? [\w<>[\]]+ \w+(?:\(|\s*[=;])|\)[^\S\n\r\u2028\u2029]*(?:->[^\S\n\r\u2028\u2029]*[\w[\], ]+)?\{[^\S\n\r\u2028\u2029]*$|=>[^\S\n\r\u2028\u2029]*[{(]?[^\S\n\r\u2028\u2029]*$/.source,
  /=[^\n=]{0,80};[^\S\n\r\u2028\u2029]*$|\w\([^\n]{0,80}\);[^\S\n\r\u2028\u2029]*$|^[^\S\n\r\u2028\u2029]*return\b[^\n]{0,80};?[^\S\n\r\u2028\u2029]*$|^[^\S\n\r\u2028\u2029]*(?:#include|package \w|from \S+ import|import [\w{*"']|@@ )|\bdiff --git\b/.source,
  /^[^\S\n\r\u2028\u2029]*<(?:template|script|div|form|html|svg|view|button|input)\b/.source,
];
/** A line that only closes a block: code, except in pretty-printed JSON, where every object ends so. */
const CLOSING_LINE = /^[^\S\n\r\u2028\u2029]*[}\])]+[;,)]*[^\S\n\r\u2028\u2029]*$/.source;
const CODE_SHAPE = new RegExp([...CODE_PARTS, CLOSING_LINE].join("|"), "m");
/** The code shapes a tool's JSON data can show. */
const CODE_SHAPE_IN_DATA = new RegExp(CODE_PARTS.join("|"), "m");
/**
 * A fetched web page (a research agent's tool result): its markup is not code in context. So is a page's fragment, a
 * tool result that opens with a block of markup ("<div class=\"schedule\">…<table>…"; twentieth round).
 */
const WEB_PAGE = /^\s*(<!doctype html|<html[\s>]|<(?:div|table|section|main|body|article|header|ul|ol|p|h[1-6])[\s>])/i;
/** A tool result that is JSON data: an object or an array of objects, strings or numbers. */
const JSON_DATA = /^\s*(\{\s*("|\})|\[\s*[{"\d\]-])/;
/** JSON object keys (`"class":`, `"return":`), which name fields, not code. */
const JSON_KEY = /"[^"\n]{1,80}"\s*:/g;

/**
 * Whether a message shows code. A tool's JSON data (an order, a loan rate table, a search result) is not code because
 * it is pretty-printed with braces at line ends or has a key named `class`; the code its strings hold (a file read
 * through a JSON tool) still counts, read with its escaped line breaks restored.
 */
export function showsCode(role: string, text: string): boolean {
  const tool = role === "tool" || role === "function";
  if (!tool || !JSON_DATA.test(text)) return CODE_SHAPE.test(text) && !(tool && WEB_PAGE.test(text));
  return CODE_SHAPE_IN_DATA.test(text.replace(JSON_KEY, " ").replaceAll("\\n", "\n"));
}
