/**
 * The gateway's decision log over open storage: durable (each record on local disk before its response's last byte),
 * its write failures warned about once a minute, and the records a crashed predecessor left in the outbox shipped at start.
 * @module
 */
import type { Logger } from "pino";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import { createDecisionLog } from "../log/create-decision-log.js";
import type { DecisionLogStore } from "../log/decision-log-store.js";
import { DecisionRecordsRefusedError } from "../log/refused-records.js";
import type { Storage } from "../storage/open-storage.js";
import { repeatedWarning } from "./repeated-warning.js";

/** Opens the decision log on `storage`'s backend and outbox, with the config's prompt, feature and redaction settings. */
export function createGatewayDecisionLog(input: { config: SwitchyardConfig; storage: Storage; logger: Logger; clock: Clock }): DecisionLogStore {
  const { config, storage, logger, clock } = input;
  // A log that cannot write retries every 100 ms: one warning a minute says so, with the count of the others.
  const writeFailed = repeatedWarning<{ err: unknown; pending: number }>((fields) => logger.warn(fields, "decision log write failed; will retry"), () => clock.now());
  return createDecisionLog({
    backend: storage.decisionBackend,
    storePrompts: config.log.store_prompts,
    storeFeatures: config.log.store_features,
    redact: config.log.redact,
    onError: (error, pending) => {
      // Records set aside are news for the operator each time (they do not retry every 100 ms): never folded away.
      if (error instanceof DecisionRecordsRefusedError) logger.error({ err: error, refused: error.refused }, "decision log store refused records; set aside");
      else writeFailed({ err: error, pending });
    },
    // Each record is on local disk (the outbox) before its response's last byte; the decisions table (SQLite or
    // Postgres) gets it in batches off the request path (ADR 0008).
    durable: true,
    // Another process holding the SQLite lock is waited for with async pauses, never by blocking the event loop.
    retryWhileBusy: (run) => storage.retryWhileBusy(run),
    ...(storage.decisionOutbox ? { outbox: storage.decisionOutbox } : {}),
  });
}

/** Ships what a crashed predecessor left in the outbox; a store outage only delays it (retried in background). */
export async function shipLeftOutbox(input: { config: SwitchyardConfig; storage: Storage; decisionLog: DecisionLogStore; logger: Logger; onNotice: (text: string) => void }): Promise<void> {
  const waiting = input.storage.decisionOutbox?.count() ?? 0;
  if (waiting === 0) return;
  input.onNotice(`Shipping ${waiting} decision record${waiting === 1 ? "" : "s"} left in the local outbox to ${input.config.storage.postgres_url ? "Postgres" : "the decisions table"}.`);
  await input.decisionLog.flush().catch((error: unknown) => input.logger.warn({ err: error, pending: waiting }, "decision outbox replay failed; will retry"));
}
