/**
 * Opens the gateway's storage. A shared store that is down at start does not stop the gateway: it starts not ready
 * (GET /readyz answers 503), answers what needs the store with 503 storage_unavailable, and retries with backoff
 * (docs/deploy in gateway.md).
 * @module
 */
import type { Logger } from "pino";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import { openStorage, type Storage } from "../storage/open-storage.js";
import type { StoreRetryDelays } from "../storage/postgres/postgres-stores.js";
import { repeatedWarning } from "./repeated-warning.js";

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
  // A store that is down fails every reconnect (about once a second): one warning a minute, with the count folded in.
  const storeFailed = repeatedWarning<{ store: string; err: unknown }>((fields) => logger.warn(fields, "a shared store's connection failed; it reconnects on its own"), () => clock.now());
  const holdsFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "shared Retry-After holds failed; holding models on this instance only"), () => clock.now());
  const checkpointFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "SQLite WAL checkpoint off the event loop failed; the gateway's connection checkpoints as a backstop"), () => clock.now());
  const storage = await openStorage({
    storage: input.config.storage,
    cwd: input.cwd,
    ...(input.namespace ? { namespace: input.namespace } : {}),
    clock,
    onError: (error) => holdsFailed({ err: error }),
    onStoreError: (store, error) => storeFailed({ store, err: error }),
    retryInBackground: input.retry ?? {},
    waitForLocksOffTheLoop: true,
    onCheckpointError: (error) => checkpointFailed({ err: error }),
  });
  for (const [store, state] of Object.entries(storage.readiness())) {
    if (state !== "ready") input.onNotice(`Storage: ${store} is not reachable; the gateway starts not ready (GET /readyz answers 503) and answers requests that need it with 503 storage_unavailable until it connects (retried in the background).`);
  }
  return storage;
}
