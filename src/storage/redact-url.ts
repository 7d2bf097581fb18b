/**
 * Connection URLs without their passwords, for logs and error messages.
 * @module
 */

/**
 * A query setting that may hold a secret: pg and ioredis both take `?password=` (pg also `?sslpassword=`), and a
 * key or token could be passed the same way.
 */
const SECRET_SETTING = /pass|secret|token|key|auth|cred/i;

/** A connection URL without its password (in the userinfo or the query string), for logs. */
export function redactUrl(url: string | undefined): string {
  if (!url) return "";
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    for (const name of new Set(parsed.searchParams.keys())) if (SECRET_SETTING.test(name)) parsed.searchParams.set(name, "***");
    return parsed.toString();
  } catch {
    return "(unparseable url)";
  }
}
