/**
 * The admin JSON API, called with the session cookie (same origin). A 401 means the session ended: back to
 * sign-in. Errors carry the server's own message; when there is none (the gateway is unreachable, a proxy in
 * between answered with an HTML page, or nothing answered in time) the message says that in words.
 * @module
 */

/** How long a call may take before the page gives up and says so (a hung store must not leave a blank page). */
export const API_TIMEOUT_MS = 30_000;

/** What a page that does not try again by itself says after a call that got no answer or a 5xx (errorBox adds it). */
export const RELOAD_ADVICE = "Reload to try again.";

/**
 * An error answer from the API (status 0: no answer at all). errorBox says whose side it is on from the status: a
 * refusal (4xx), the gateway's own failure (5xx), or no answer; `fromGateway` is false when something else answered (a
 * proxy's HTML page), whose message says so itself.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fromGateway = true,
  ) {
    super(message);
  }
}

/** A change refused because the session ended while the page was open: the page says so and keeps its inputs. */
export class SessionEndedError extends ApiError {
  /** Where to sign in again (errorBox links it, opening in a new tab so this page stays as it is). */
  readonly signInUrl = "/dashboard/sign-in";
  constructor() {
    super("Your session ended, so this was not done. Sign in again in another tab, then try again here: what you typed is kept.", 401);
  }
}

/** Calls the API and parses JSON. Query values that are empty are left out. */
export async function api<T>(path: string, options: { method?: string; body?: unknown; query?: Record<string, string | number | undefined> } = {}): Promise<T> {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined && value !== "") url.searchParams.set(name, String(value));
  // A timer rather than AbortSignal.timeout, so the same clock as the rest of the page decides (and tests can move it).
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), API_TIMEOUT_MS);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: options.method ?? "GET",
      credentials: "same-origin",
      signal: controller.signal,
      headers: options.body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    text = await response.text();
  } catch {
    throw controller.signal.aborted
      ? new ApiError(`The gateway did not answer within ${API_TIMEOUT_MS / 1000} seconds (${url.pathname}). Its storage may be stuck.`, 0)
      : new ApiError(`Could not reach the gateway (${url.pathname}): it may be down or restarting.`, 0);
  } finally {
    window.clearTimeout(timer);
  }
  if (response.status === 401) {
    // A change or a playground run stays on its page, so what was typed (a long prompt, a key's limits) is kept.
    if ((options.method ?? "GET") !== "GET") throw new SessionEndedError();
    // Back to this page after signing in again (the sign-in page accepts only dashboard paths as `next`).
    location.assign(`/dashboard/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`);
    throw new ApiError("Your session ended. Sign in again.", 401);
  }
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not the gateway's own JSON: a proxy or load balancer in front of it answered instead.
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    throw new ApiError(`The gateway's answer to ${url.pathname} was not JSON (HTTP ${status}): something between the browser and the gateway answered instead.`, response.status, false);
  }
  if (!response.ok) {
    const message = (parsed as { error?: { message?: string } } | undefined)?.error?.message ?? `${response.status} ${response.statusText}`;
    throw new ApiError(message, response.status);
  }
  return parsed as T;
}
