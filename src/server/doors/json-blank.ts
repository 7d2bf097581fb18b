/** JSON's whitespace (RFC 8259: space, tab, line feed, carriage return), nothing else. */
const JSON_BLANK = /^[ \t\n\r]*$/;

/**
 * True when a call's arguments hold nothing but JSON's whitespace: a call without arguments, which both doors give
 * as `{}`. `String.prototype.trim` also strips U+00A0, U+2028 and the like, which JSON does not ignore: `{}` after
 * them still did not parse, so such arguments are passed on as they came.
 */
export function isJsonBlank(text: string): boolean {
  return JSON_BLANK.test(text);
}

/** JSON's whitespace at the start of a text. */
const LEADING_JSON_BLANK = /^[ \t\n\r]+/;

/** The text without JSON's whitespace before its first other character (which JSON ignores before a value). */
export function withoutLeadingJsonBlank(text: string): string {
  return text.replace(LEADING_JSON_BLANK, "");
}
