/**
 * The gateway's log destination: standard output in 4 KB batches (one syscall per ~15 requests instead of one
 * each), flushed at least every second so a quiet gateway's log is never more than a second behind, with at most
 * 8 MiB waiting. A reader that stops reading (a blocked pipe, a stalled log collector) costs dropped log lines,
 * counted and reported once a second on the notice channel, never memory without bound: without the cap, a
 * gateway whose standard output was not read grew by about 12 MB per 1,000 requests.
 * @module
 */
import { pino, type Logger } from "pino";

/** Most bytes of log lines held while standard output does not take them. */
export const MAX_WAITING_LOG_BYTES = 8 * 1024 * 1024;

/** A destination and its once-a-second flush; `stop` ends the timer. */
export interface LogDestination {
  stream: pino.DestinationStream;
  /** Flushes `logger` every second and reports dropped lines; returns the stop function. */
  flushEverySecond(logger: Logger): () => void;
}

/**
 * Standard output (or file descriptor `fd`), batched and capped (see the module comment); `onNotice` hears about
 * dropped lines. A `given` stream (tests, embedders) is used as it is and only flushed.
 */
export function createLogDestination(onNotice: (text: string) => void, options: { fd?: number; given?: pino.DestinationStream } = {}): LogDestination {
  let dropped = 0;
  const stream = options.given ?? pino.destination({ fd: options.fd ?? 1, sync: false, minLength: 4096, maxLength: MAX_WAITING_LOG_BYTES });
  if (!options.given) {
    (stream as ReturnType<typeof pino.destination>).on("drop", () => {
      dropped++;
    });
  }
  return {
    stream,
    flushEverySecond(logger) {
      const timer = setInterval(() => {
        logger.flush();
        if (dropped === 0) return;
        onNotice(`${dropped} log line(s) dropped: standard output is not being read, and ${MAX_WAITING_LOG_BYTES / 1024 / 1024} MiB of log lines are waiting.`);
        dropped = 0;
      }, 1_000);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
