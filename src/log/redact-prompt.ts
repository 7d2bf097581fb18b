/**
 * Redaction of prompt text before it is stored (only when `log.store_prompts` is on).
 * @module
 */
import safeRegex from "safe-regex2";
import { ConfigError } from "../core/errors/index.js";

/** What replaces each match. */
export const REDACTED = "[REDACTED]";

/**
 * E-mail addresses as one pattern reads them (RFC 5321 bounds: a 64-character local part, a 253-character domain):
 * `[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,253}\.[A-Z]{2,63}`, case-insensitive. As a regex it is tried at every position
 * and reads up to 64 characters ahead each time (~0.5 ms a kilobyte on text full of such characters: seconds for a
 * long prompt); {@link redactEmails} finds the same matches from each "@" instead.
 */
const EMAIL_DOMAIN = /@[A-Z0-9.-]{1,253}\.[A-Z]{2,63}/gi;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;

/** The e-mail addresses of `text` replaced, in one pass over its "@"s. */
export function redactEmails(text: string): string {
  if (!text.includes("@")) return text;
  let out = "";
  let last = 0;
  for (const match of text.matchAll(EMAIL_DOMAIN)) {
    const at = match.index;
    if (at < last) continue;
    let start = at;
    while (start > last && at - start < 64 && EMAIL_LOCAL.test(text.charAt(start - 1))) start--;
    if (start === at) continue;
    out += text.slice(last, start) + REDACTED;
    last = at + match[0].length;
  }
  return out + text.slice(last);
}

/** Always applied besides e-mail addresses: API keys and bearer tokens, and long runs of digits (cards, phones, ids). */
export const BUILTIN_REDACTIONS: readonly RegExp[] = [
  /\b(?:sk|pk|rk)-[A-Za-z0-9_-]{16,}/g,
  /\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*/gi,
  /\d(?:[ -]?\d){8,}/g,
];

/** Turns text into its redacted form. */
export type PromptRedactor = (text: string) => string;

/**
 * Builds a redactor from the built-in patterns plus `log.redact`. A bad pattern throws ConfigError naming it,
 * at startup rather than on the first request.
 */
export function createPromptRedactor(patterns: readonly string[] = []): PromptRedactor {
  const custom = patterns.map((source, index) => {
    const refuse = (why: string): never => {
      throw new ConfigError([{ path: `log.redact[${index}]`, message: `${JSON.stringify(source)} ${why}` }]);
    };
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, "g");
    } catch (error) {
      return refuse(`is not a valid regular expression: ${(error as Error).message}`);
    }
    // Redaction runs on every stored prompt, on the request's path: a pattern whose matching can take exponential
    // time (a quantifier inside a quantifier, such as (a+)+) would let one client's prompt stall the gateway.
    if (!safeRegex(source)) refuse("can take exponential time to match (a repeated group that itself repeats, such as (a+)+); write it without nested quantifiers");
    if (new RegExp(source).test("")) refuse("matches the empty string, so it would put [REDACTED] between every character");
    return pattern;
  });
  // The order the patterns always ran in: the deployment's own, e-mail addresses, then the other built-in ones.
  const replaceAll = (text: string, patterns: readonly RegExp[]): string => patterns.reduce((redacted, pattern) => redacted.replace(pattern, REDACTED), text);
  return (text) => replaceAll(redactEmails(replaceAll(text, custom)), BUILTIN_REDACTIONS);
}
