/**
 * The gateway's JSON logger: pino with secret paths redacted, writing to standard output in batches (or to a given
 * stream), and the "Server listening at" line the CLI may replace with its own.
 * @module
 */
import { pino, type DestinationStream, type Logger } from "pino";
import { createLogDestination } from "./log-destination.js";
import { errorSummary } from "./error-handler.js";
import { listenLogLine, type ListenLogLine } from "./listen-log-line.js";
import { LOG_REDACT_PATHS } from "./log-redaction.js";
import { ConfigError } from "../core/errors/index.js";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * `SWITCHYARD_LOG_LEVEL` as pino takes it: blank is unset (`info`), any case is read. Another word stops the start
 * naming the variable and the levels (pino's own message named neither).
 */
function logLevel(value: string | undefined): string {
  const level = (value ?? "").trim().toLowerCase();
  if (level === "") return "info";
  if (!LEVELS.includes(level)) throw new ConfigError([{ path: "SWITCHYARD_LOG_LEVEL", message: `${JSON.stringify(value?.slice(0, 40))} is not a log level; use one of ${LEVELS.join(", ")}` }]);
  return level;
}

/** A started logger, its listen line and how to stop its flush timer. */
export interface GatewayLogger {
  logger: Logger;
  listenLine: ListenLogLine;
  stopLogFlush(): void;
}

/** Starts the logger: level from `SWITCHYARD_LOG_LEVEL` (default info), lines to `logStream` or standard output. */
export function createGatewayLogger(options: {
  env: NodeJS.ProcessEnv;
  logStream?: DestinationStream | undefined;
  listenLogLine?: boolean | undefined;
  onNotice: (text: string) => void;
}): GatewayLogger {
  const level = logLevel(options.env.SWITCHYARD_LOG_LEVEL);
  // Standard output in 4 KB batches, flushed every second, at most 8 MiB waiting (src/server/log-destination.ts).
  const logDestination = createLogDestination(options.onNotice, options.logStream ? { given: options.logStream } : {});
  const listenLine = listenLogLine(options.listenLogLine ?? true);
  const logger = pino(
    { hooks: listenLine.hooks, level, redact: { paths: LOG_REDACT_PATHS, censor: "[REDACTED]" }, base: { service: "switchyard" }, serializers: { err: errorSummary } },
    logDestination.stream,
  );
  const stopLogFlush = logDestination.flushEverySecond(logger);
  return { logger, listenLine, stopLogFlush };
}
