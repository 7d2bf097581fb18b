/**
 * Opens the gateway's storage. A shared store that is down at start does not stop the gateway: it starts not ready
 * (GET /readyz answers 503), answers what needs the store with 503 storage_unavailable, and retries with backoff
 * (docs/deploy in gateway.md).
 * @module
 */
import type { Logger } from "pino";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import { openStorage, type HeldLedgerWritesSummary, type Storage } from "../storage/open-storage.js";
import type { StoreRetryDelays } from "../storage/postgres/postgres-stores.js";
import { repeatedWarning } from "./repeated-warning.js";
import { storeOutageLog } from "./store-outage-log.js";

/** How long after the store's own Redis warning a holds failure is taken as the same outage (its fold interval). */
const HOLDS_QUIET_AFTER_STORE_WARNING_MS = 60_000;

/** Opens `config.storage`, warning about failing stores once a minute and saying which store is not reachable yet. */
export async function openGatewayStorage(input: {
  config: SwitchyardConfig;
  cwd: string;
  namespace?: string | undefined;
  retry?: StoreRetryDelays | undefined;
  clock: Clock;
  logger: Logger;
  onNotice: (text: string) => void;
}): Promise<Storage> {
  const { clock, logger } = input;
  // A store that is down fails every reconnect (about once a second): one warning a minute per store and kind of
  // failure, with the count folded in, and one line once it works again (store-outage-log.ts).
  const opened: { storage?: Storage } = {};
  const outage = storeOutageLog({ logger, now: () => clock.now(), readiness: () => opened.storage?.readiness() ?? {} });
  const holdsFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "shared Retry-After holds failed; holding models on this instance only"), () => clock.now());
  const checkpointFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "SQLite WAL checkpoint off the event loop failed; the gateway's connection checkpoints as a backstop"), () => clock.now());
  // A Redis outage that drops the connection is named by the store's own warning (its error events): the holds'
  // subscriber (a second connection to the same server) failing too was a second line for one outage. A holds failure
  // with no such warning in the last minute (a stalled Redis raises no error event; a script refused) is still told.
  let redisWarnedAt = Number.NEGATIVE_INFINITY;
  const storage = await openStorage({
    storage: input.config.storage,
    cwd: input.cwd,
    ...(input.namespace ? { namespace: input.namespace } : {}),
    clock,
    onError: (error) => {
      if (clock.now() - redisWarnedAt >= HOLDS_QUIET_AFTER_STORE_WARNING_MS) holdsFailed({ err: error });
    },
    onStoreError: (store, error) => {
      if (store === "redis") redisWarnedAt = clock.now();
      outage.failed(store, error);
    },
    retryInBackground: input.retry ?? {},
    waitForLocksOffTheLoop: true,
    onCheckpointError: (error) => checkpointFailed({ err: error }),
    onHeldLedgerWrites: (summary) => logHeldLedgerWrites(logger, summary),
  });
  opened.storage = storage;
  const recoveryCheck = setInterval(() => outage.check(), 1_000);
  recoveryCheck.unref();
  const close = storage.close.bind(storage);
  // A recovery line held for its minute is said before the stop, not dropped with the interval.
  storage.close = () => (clearInterval(recoveryCheck), outage.flush(), close());
  for (const [store, state] of Object.entries(storage.readiness())) {
    if (state !== "ready") input.onNotice(`Storage: ${store} is not reachable; the gateway starts not ready (GET /readyz answers 503) and answers requests that need it with 503 storage_unavailable until it connects (retried in the background).`);
  }
  return storage;
}

/**
 * Settles and releases that waited for Redis across a stop (ADR 0059): saved to the SQLite file (their reservations
 * count at their worst case until the next start sends them), sent at a start, refused by Redis at a start (kept on
 * the file for the next one), or lost because the file refused them
 * (each reservation is then charged its worst case when it expires: the error names how many and how much).
 */
function logHeldLedgerWrites(logger: Logger, summary: HeldLedgerWritesSummary): void {
  const fields = { writes: summary.writes, settles: summary.settles, releases: summary.releases, settledUsd: summary.settledInUsd, sqlite: summary.path };
  if (summary.event === "lost") logger.error({ ...fields, error: summary.error }, "ledger settles and releases waiting for Redis are lost: they could not be saved to the local SQLite file, so their reservations will be charged at their worst case when they expire");
  else if (summary.event === "refused") {
    const when = summary.retryInMs === undefined ? "at the next start" : `in ${Math.round(summary.retryInMs / 1000)} s (and at the next start if this run stops first)`;
    logger.error({ ...fields, error: summary.error, retryInMs: summary.retryInMs }, `Redis refused the ledger settles and releases a previous run saved while it was unreachable: they stay in the local SQLite file and are sent again ${when} (their budgets count the reserved worst case until then)`);
  }
  else if (summary.event === "saved") logger.warn(fields, "Redis is unreachable at shutdown: the ledger settles and releases waiting for it were saved to the local SQLite file and are sent at the next start (their budgets count the reserved worst case until then)");
  else logger.info(fields, "sent the ledger settles and releases a previous run saved while Redis was unreachable");
}
