/**
 * `SWITCHYARD_LOG_LEVEL` is read from the environment as written: empty (`SWITCHYARD_LOG_LEVEL=` in a compose file)
 * or a level pino does not know stopped `serve` with pino's own "default level:bogus must be included in custom
 * levels", which names neither the variable nor the levels it takes.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createGatewayLogger } from "./gateway-logger.js";

const sink = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });

function start(level: string | undefined) {
  return createGatewayLogger({ env: level === undefined ? {} : { SWITCHYARD_LOG_LEVEL: level }, logStream: sink(), listenLogLine: false, onNotice: () => {} });
}

describe("SWITCHYARD_LOG_LEVEL", () => {
  it("reads an empty or blank value as unset, and a level in any case", () => {
    for (const [given, level] of [[undefined, "info"], ["", "info"], ["  ", "info"], ["DEBUG", "debug"], [" warn ", "warn"]] as const) {
      const started = start(given);
      expect(started.logger.level, String(given)).toBe(level);
      started.stopLogFlush();
    }
  });

  it("refuses a level pino does not know, naming the variable and the levels", () => {
    expect(() => start("bogus")).toThrow(/SWITCHYARD_LOG_LEVEL: "bogus" is not a log level; use one of fatal, error, warn, info, debug, trace, silent/);
    expect(() => start("warning")).toThrow(/SWITCHYARD_LOG_LEVEL: "warning" is not a log level/);
  });
});
