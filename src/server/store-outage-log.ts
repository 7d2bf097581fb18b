/**
 * The log of a shared store's outage (ADR 0084, 0088): the first failure of each store and kind at once, then at most
 * one line a minute per store and kind with the count folded in, and one line when the store works again (at most one
 * a minute: a flapping store's outages share it). One fold for every failure hid a second kind (Redis refusing writes
 * after it came back, a Postgres outage during a Redis one) for up to a minute, and a recovery was never said, so a
 * reader could not tell when the outage ended.
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

/** A store is taken to flap when it recovers again within this long of its last recovery line: one line says both. */
export const STORE_RECOVERY_LINE_INTERVAL_MS = 60_000;

/** One store's outages since its last recovery line: several when it flaps. */
interface Episode {
  /** The first failure of the current outage (the last one, when it flaps). */
  since: number;
  lastAt: number;
  /** How long the earlier outages since the last recovery line lasted, first failure to last, together. */
  earlierMs: number;
  failures: number;
  outages: number;
  /** When it read ready and quiet, while its recovery line waits for the minute since the last one. */
  recoveredAt?: number;
}

/**
 * A store outage log: `failed` for each failure, `check` (about once a second) to tell a recovery. A store that flaps
 * (Redis dropping every few seconds) logged a failure and a recovery line per cycle, about 20 a minute: a recovery
 * within a minute of the last recovery line is said when that minute ends, covering every outage since (`outages`),
 * and the folds outlive a recovery until that line. The first outage after a recovery line is said at once.
 */
export function storeOutageLog(input: { logger: Logger; now: () => number; readiness: () => Partial<Record<string, string>> }): {
  failed(store: Store, error: unknown): void;
  check(): void;
  /** Says each recovery line still waiting for its minute (at close: the log's last word on a store that works). */
  flush(): void;
} {
  const { logger, now } = input;
  const folds = new Map<string, (fields: { store: Store; kind: string; err: unknown }) => void>();
  const open = new Map<Store, Episode>();
  const lastRecoveryLine = new Map<Store, number>();
  const foldFor = (key: string) => {
    let fold = folds.get(key);
    if (!fold) {
      fold = repeatedWarning<{ store: Store; kind: string; err: unknown }>((fields) => logger.warn(fields, "a shared store's connection failed; it reconnects on its own"), now);
      folds.set(key, fold);
    }
    return fold;
  };
  const sayRecovered = (store: Store, episode: Episode, at: number): void => {
    open.delete(store);
    lastRecoveryLine.set(store, at);
    // The next outage is said at once: folded, a store that went down for good sat under this line for up to a minute.
    for (const key of [...folds.keys()]) if (key.startsWith(`${store}:`)) folds.delete(key);
    // outageMs is the outage that just ended: from the first failure of a flapping store's first outage it counted
    // every minute it worked between them (a minute's "outage" for five one-second drops). Their sum is totalOutageMs.
    const outageMs = episode.lastAt - episode.since;
    const outages = episode.outages > 1 ? { outages: episode.outages, totalOutageMs: episode.earlierMs + outageMs } : {};
    logger.info({ store, failures: episode.failures, outageMs, ...outages }, "a shared store works again");
  };
  return {
    failed(store, error) {
      const at = now();
      const episode = open.get(store);
      if (!episode) open.set(store, { since: at, lastAt: at, earlierMs: 0, failures: 1, outages: 1 });
      else if (episode.recoveredAt === undefined) open.set(store, { ...episode, lastAt: at, failures: episode.failures + 1 });
      // A new outage after a recovery not yet said (its line waits for the minute): the last one's length is kept.
      else open.set(store, { since: at, lastAt: at, earlierMs: episode.earlierMs + episode.lastAt - episode.since, failures: episode.failures + 1, outages: episode.outages + 1 });
      const kind = storeErrorKind(error);
      const known = folds.has(`${store}:${kind}`) || [...folds.keys()].filter((key) => key.startsWith(`${store}:`)).length < MAX_KINDS;
      foldFor(known ? `${store}:${kind}` : `${store}:(other)`)({ store, kind, err: error });
    },
    check() {
      const at = now();
      const states = input.readiness();
      for (const [store, episode] of open) {
        if (states[store] !== "ready") continue;
        if (episode.recoveredAt === undefined) {
          if (at - episode.lastAt < STORE_RECOVERY_QUIET_MS) continue;
          episode.recoveredAt = at;
        }
        if (at - (lastRecoveryLine.get(store) ?? Number.NEGATIVE_INFINITY) >= STORE_RECOVERY_LINE_INTERVAL_MS) sayRecovered(store, episode, at);
      }
    },
    flush() {
      const states = input.readiness();
      for (const [store, episode] of open) if (episode.recoveredAt !== undefined && states[store] === "ready") sayRecovered(store, episode, now());
    },
  };
}
