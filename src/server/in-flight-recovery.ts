/**
 * Wires `log/in-flight.ts` into the gateway: the marks the request path writes, and the recovery that records the
 * requests a crashed process cut, at start (before listening) and every few minutes after (a neighbour process on
 * the same file, or a predecessor whose pid was reused, whose markers only age out).
 * @module
 */
import type { Logger } from "pino";
import type { DecisionLogStore } from "../log/decision-log-store.js";
import { createInFlightMarks, type InFlightMarks } from "../log/in-flight.js";
import { recoverInterrupted } from "../log/recover-interrupted.js";
import type { Storage } from "../storage/open-storage.js";
import { ownerIsGone, processIsGone, processOwner } from "./process-owner.js";
import { repeatedWarning } from "./repeated-warning.js";

/**
 * A marker older than this belongs to no live request: the budget ledger's reservations expire after the same
 * 10 minutes, far beyond `upstream.timeouts.total_ms`.
 */
export const IN_FLIGHT_STALE_AFTER_MS = 10 * 60_000;

/** The request path's marks and the background recovery; `stop` ends the recovery timer and waits out a pass. */
export interface InFlightTracking {
  marks?: InFlightMarks;
  stop(): Promise<void>;
}

/** Records what earlier processes' crashes cut, then starts marking this process's requests. */
export async function startInFlightTracking(input: {
  storage: Pick<Storage, "inFlight" | "retryWhileBusy"> & { ledger?: Pick<Storage["ledger"], "reservationCharges" | "settle"> };
  decisions: Pick<DecisionLogStore, "get" | "flush">;
  now: () => number;
  logger: Logger;
  onNotice: (message: string) => void;
}): Promise<InFlightTracking> {
  const { storage, decisions, now, logger } = input;
  const store = storage.inFlight;
  const ledger = storage.ledger;
  if (!store) return { stop: async () => {} };
  const owner = processOwner();
  const recover = async (): Promise<number> => {
    const result = await recoverInterrupted({
      store,
      isGone: ownerIsGone(owner, IN_FLIGHT_STALE_AFTER_MS, now()),
      // Settled at once only when it died; a marker taken by age may be a live owner's (see `isDead`).
      isDead: (marker) => processIsGone(owner, marker.owner),
      recorded: async (id) => (await decisions.get(id)) !== undefined,
      chargeOpen: true,
      ...(ledger?.reservationCharges ? { reservationCharges: ledger.reservationCharges.bind(ledger) } : {}),
      ...(ledger ? { settleHeld: (reservationId: string, actualInNanoUsd: number) => ledger.settle({ reservationId, actualInNanoUsd, now: now() }) } : {}),
      now: now(),
    });
    if (result.recorded > 0) await decisions.flush().catch(() => undefined); // ships in the background otherwise
    return result.recorded;
  };
  const recovered = await recover().catch((error: unknown) => {
    logger.warn({ err: error }, "could not record the requests a crash cut; will try again");
    return 0;
  });
  if (recovered > 0) input.onNotice(`Recorded ${recovered} request${recovered === 1 ? "" : "s"} cut by an earlier crash (outcome failed, error interrupted).`);
  // One pass at a time, and shutdown waits for the one running (it reads and writes the file storage closes).
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= recover()
      .then((count) => void (count > 0 && logger.warn({ recorded: count }, "recorded requests cut by a crash of another gateway process")))
      .catch((error: unknown) => logger.warn({ err: error }, "could not record the requests a crash cut; will try again"))
      .finally(() => (running = undefined));
  }, IN_FLIGHT_STALE_AFTER_MS);
  timer.unref();
  const markFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "in-flight marker write failed: the disk refused it, so those requests were refused before any model was called (503 storage_unavailable); or another process held the SQLite lock past the wait, so they went on and a crash now would leave them without records"), now);
  const marks = createInFlightMarks({ store, owner, now, retryWhileBusy: (run) => storage.retryWhileBusy(run), onError: (error) => markFailed({ err: error }) });
  return {
    marks,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
