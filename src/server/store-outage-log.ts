/**
 * The log of a shared store's outage (ADR 0084, 0088): the first failure of each store and kind at once, then at most
 * one line a minute per store and kind with the count folded in, and one line when the store works again. One fold
 * for every failure hid a second kind (Redis refusing writes after it came back, a Postgres outage during a Redis
 * one) for up to a minute, and a recovery was never said, so a reader could not tell when the outage ended.
 * @module
 */
import type { Logger } from "pino";
import { repeatedWarning } from "./repeated-warning.js";

type Store = "redis" | "postgres";

/** A connection that dropped or could not be made: one kind, however the client words it. */
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED", "EADDRNOTAVAIL"]);
const UNREACHABLE_MESSAGES = ["Connection is closed.", "Stream isn't writeable and enableOfflineQueue options is false", "Connection terminated unexpectedly", "Connection terminated due to connection timeout", "Command timed out"];
/** Past this many kinds in one store, the others share one fold: a store's error texts cannot grow the log unbounded. */
const MAX_KINDS = 8;
/** A store is taken to work again once it reads ready with no failure for this long. */
export const STORE_RECOVERY_QUIET_MS = 5_000;

/** What kind of failure `error` is: `unreachable`, a system or SQLSTATE code, a Redis reply's word (OOM, READONLY), else its name. */
export function storeErrorKind(error: unknown): string {
  if (!(error instanceof Error)) return "other";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return "unreachable";
  if (UNREACHABLE_MESSAGES.some((message) => error.message.startsWith(message))) return "unreachable";
  if (typeof code === "string" && code !== "") return code;
  const word = /^[A-Z]{2,16}(?=\s|$)/.exec(error.message);
  return word ? word[0] : error.name;
}

/** A store outage log: `failed` for each failure, `check` (about once a second) to tell a recovery. */
export function storeOutageLog(input: { logger: Logger; now: () => number; readiness: () => Partial<Record<string, string>> }): {
  failed(store: Store, error: unknown): void;
  check(): void;
} {
  const { logger, now } = input;
  const folds = new Map<string, (fields: { store: Store; kind: string; err: unknown }) => void>();
  const open = new Map<Store, { since: number; lastAt: number; failures: number }>();
  const foldFor = (key: string) => {
    let fold = folds.get(key);
    if (!fold) {
      fold = repeatedWarning<{ store: Store; kind: string; err: unknown }>((fields) => logger.warn(fields, "a shared store's connection failed; it reconnects on its own"), now);
      folds.set(key, fold);
    }
    return fold;
  };
  return {
    failed(store, error) {
      const at = now();
      const episode = open.get(store) ?? { since: at, lastAt: at, failures: 0 };
      open.set(store, { ...episode, lastAt: at, failures: episode.failures + 1 });
      const kind = storeErrorKind(error);
      const known = folds.has(`${store}:${kind}`) || [...folds.keys()].filter((key) => key.startsWith(`${store}:`)).length < MAX_KINDS;
      foldFor(known ? `${store}:${kind}` : `${store}:(other)`)({ store, kind, err: error });
    },
    check() {
      const at = now();
      const states = input.readiness();
      for (const [store, episode] of open) {
        if (states[store] !== "ready" || at - episode.lastAt < STORE_RECOVERY_QUIET_MS) continue;
        open.delete(store);
        // A later outage is said at once, not folded into this one's minute.
        for (const key of [...folds.keys()]) if (key.startsWith(`${store}:`)) folds.delete(key);
        logger.info({ store, failures: episode.failures, outageMs: episode.lastAt - episode.since }, "a shared store works again");
      }
    },
  };
}
