/**
 * The gateway's log destination: standard output in 4 KB batches (one syscall per ~15 requests instead of one
 * each), flushed at least every second so a quiet gateway's log is never more than a second behind, with at most
 * 8 MiB waiting. A reader that stops reading (a blocked pipe, a stalled log collector) costs dropped log lines,
 * counted and reported once a second on the notice channel, never memory without bound: without the cap, a
 * gateway whose standard output was not read grew by about 12 MB per 1,000 requests.
 *
 * The lines are gathered here and handed to sonic-boom (which does the writing: partial writes, EAGAIN, the cap,
 * the flush at exit) one batch at a time. Given the lines one by one, sonic-boom appends each to its pending string
 * and measures that whole string's UTF-8 length again (`Buffer.byteLength`, flattening it first): ~2.7 µs of a
 * ~4.5 µs log line, measured in process (docs/benchmarks.md, issue 11, seventh pass).
 * @module
 */
import { pino, type Logger } from "pino";

/** Most bytes of log lines held while standard output does not take them. */
export const MAX_WAITING_LOG_BYTES = 8 * 1024 * 1024;

/** Lines are handed to the writer once this many characters wait (the batch size). */
const BATCH_LENGTH = 4096;

/** A destination and its once-a-second flush; `stop` ends the timer. */
export interface LogDestination {
  stream: pino.DestinationStream;
  /** Flushes `logger` every second and reports dropped lines; returns the stop function. */
  flushEverySecond(logger: Logger): () => void;
}

type SonicBoom = ReturnType<typeof pino.destination>;

/** Gathers lines and hands them to `sink` joined, once `BATCH_LENGTH` characters wait or on a flush. */
export class LineBatches implements pino.DestinationStream {
  private lines: string[] = [];
  private length = 0;

  constructor(readonly sink: SonicBoom) {}

  write(line: string): void {
    this.lines.push(line);
    this.length += line.length;
    if (this.length >= BATCH_LENGTH) this.handOver();
  }

  /** Gives the waiting lines to the writer (which writes them as soon as it is not busy). */
  handOver(): void {
    const lines = this.lines;
    if (lines.length === 0) return;
    this.lines = [];
    this.length = 0;
    this.sink.write(lines.length === 1 ? (lines[0] as string) : lines.join(""));
  }

  /** pino's `logger.flush`. */
  flush(callback?: (error?: Error) => void): void {
    this.handOver();
    this.sink.flush(callback);
  }

  flushSync(): void {
    this.handOver();
    this.sink.flushSync();
  }
}

/** Batches of live destinations, handed over before pino's own exit flush of their writers (see below). */
const live = new Set<LineBatches>();
let exitHooked = false;

/**
 * Standard output (or file descriptor `fd`), batched and capped (see the module comment); `onNotice` hears about
 * dropped lines. A `given` stream (tests, embedders) is used as it is and only flushed.
 */
export function createLogDestination(onNotice: (text: string) => void, options: { fd?: number; given?: pino.DestinationStream } = {}): LogDestination {
  let dropped = 0;
  let stream: pino.DestinationStream;
  if (options.given) stream = options.given;
  else {
    // minLength 0: the batches are made here; the writer writes each one as soon as it is not busy.
    const sink = pino.destination({ fd: options.fd ?? 1, sync: false, minLength: 0, maxLength: MAX_WAITING_LOG_BYTES });
    const batches = new LineBatches(sink);
    // A dropped batch is several lines: each ends with a newline.
    sink.on("drop", (data: unknown) => {
      dropped += typeof data === "string" ? countLines(data) : 1;
    });
    live.add(batches);
    sink.on("close", () => live.delete(batches));
    hookExit();
    stream = batches;
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

/**
 * pino flushes its writers when the process is about to exit (`beforeExit`, `exit`): the lines still gathered here
 * go to their writers first (these listeners run before pino's), so exiting loses no more lines than before.
 */
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  const handOverAll = (): void => {
    for (const batches of live) batches.handOver();
  };
  process.prependListener("beforeExit", handOverAll);
  process.prependListener("exit", handOverAll);
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  return Math.max(count, 1);
}
