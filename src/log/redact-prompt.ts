/**
 * Redaction of prompt text before it is stored (only when `log.store_prompts` is on).
 * @module
 */
import { ConfigError } from "../core/errors/index.js";

/** What replaces each match. */
export const REDACTED = "[REDACTED]";

/** Always applied: e-mail addresses, API keys and bearer tokens, and long runs of digits (cards, phones, ids). */
export const BUILTIN_REDACTIONS: readonly RegExp[] = [
  // Bounded parts (RFC 5321: 64-character local part, 253-character domain), so a long run without "@" stays linear.
  /[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,253}\.[A-Z]{2,63}/gi,
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
    try {
      return new RegExp(source, "g");
    } catch (error) {
      throw new ConfigError([{ path: `log.redact.${index}`, message: `invalid regular expression ${JSON.stringify(source)}: ${(error as Error).message}` }]);
    }
  });
  const all = [...custom, ...BUILTIN_REDACTIONS];
  return (text) => all.reduce((redacted, pattern) => redacted.replace(pattern, REDACTED), text);
}
