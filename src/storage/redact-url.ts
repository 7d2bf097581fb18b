/**
 * Connection URLs without their passwords, for logs and error messages.
 * @module
 */

/** A connection URL without its password, for logs. */
export function redactUrl(url: string | undefined): string {
  if (!url) return "";
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable url)";
  }
}
