/**
 * Removes a secret (the upstream key) from any text before it reaches a response or a log line.
 * @module
 */

const REDACTED = "[REDACTED]";

/** Replaces every occurrence of `secret` in `text`. Secrets shorter than 8 characters are left alone (too common). */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 8 || !text.includes(secret)) return text;
  return text.split(secret).join(REDACTED);
}
