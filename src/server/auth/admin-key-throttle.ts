/**
 * The brake on guessing the admin key, shared by the dashboard's sign-in form and `Authorization: Bearer` on
 * `/api/*` (otherwise the API would be an unthrottled way round the form). Two limits over a rolling minute:
 * wrong keys per client address (`request.ip`, which follows `server.trust_proxy`), and wrong keys for the admin
 * account from all addresses together, so a guess spread over many addresses is slowed too. Per instance, in memory.
 * @module
 */
import type { Clock } from "../../core/clock.js";

/** Why a key attempt is refused before it is checked: this address failed too often, or every address together did. */
export type AdminKeyRefusal = "client" | "account";

/** Counts wrong admin keys and says when to stop checking them. */
export interface AdminKeyThrottle {
  /** Whether an attempt from `client` is refused now (without looking at its key), and why. */
  refusal(client: string): AdminKeyRefusal | undefined;
  /** Records a wrong key from `client`. */
  fail(client: string): void;
}

/** Options of createAdminKeyThrottle. */
export interface AdminKeyThrottleOptions {
  clock: Clock;
  /** Wrong keys one address may send per rolling minute. */
  perClientPerMinute?: number;
  /** Wrong keys all addresses together may send per rolling minute. */
  perAccountPerMinute?: number;
}

/** Wrong keys per client address per minute before a 429. */
export const MAX_WRONG_ADMIN_KEYS_PER_CLIENT = 10;
/** Wrong keys from every address together per minute before a 429 for everyone (a distributed guess). */
export const MAX_WRONG_ADMIN_KEYS_PER_ACCOUNT = 100;
/** Addresses tracked at once; past it the oldest entries are dropped, so memory stays bounded under a spray. */
const MAX_TRACKED_CLIENTS = 10_000;
const WINDOW_IN_MS = 60_000;

/** Seconds a refused client should wait: the rolling window. */
export const ADMIN_KEY_RETRY_AFTER_SECONDS = WINDOW_IN_MS / 1000;

/** Creates the throttle. */
export function createAdminKeyThrottle({
  clock,
  perClientPerMinute = MAX_WRONG_ADMIN_KEYS_PER_CLIENT,
  perAccountPerMinute = MAX_WRONG_ADMIN_KEYS_PER_ACCOUNT,
}: AdminKeyThrottleOptions): AdminKeyThrottle {
  const byClient = new Map<string, number[]>();
  let account: number[] = [];
  const recent = (times: readonly number[]) => times.filter((at) => at > clock.now() - WINDOW_IN_MS);
  return {
    refusal(client) {
      if (recent(byClient.get(client) ?? []).length >= perClientPerMinute) return "client";
      return recent(account).length >= perAccountPerMinute ? "account" : undefined;
    },
    fail(client) {
      const times = [...recent(byClient.get(client) ?? []), clock.now()].slice(-perClientPerMinute);
      byClient.delete(client);
      byClient.set(client, times);
      // A Map iterates in insertion order: the first key is the address that failed longest ago.
      if (byClient.size > MAX_TRACKED_CLIENTS) byClient.delete(byClient.keys().next().value as string);
      account = [...recent(account), clock.now()].slice(-perAccountPerMinute);
    },
  };
}

/** What a refused client is told. */
export function adminKeyRefusalMessage(refusal: AdminKeyRefusal): string {
  return refusal === "client"
    ? "Too many wrong admin keys from this address. Wait a minute and try again."
    : "Too many wrong admin keys from many addresses in the last minute, so no key is checked for now. Wait a minute and try again; dashboard sessions already signed in keep working.";
}
