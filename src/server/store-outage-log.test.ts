import pino from "pino";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { STORE_RECOVERY_QUIET_MS, storeErrorKind, storeOutageLog } from "./store-outage-log.js";

function logged() {
  const lines: { level: number; msg: string; store?: string; kind?: string; repeats?: number; failures?: number; outages?: number; outageMs?: number; totalOutageMs?: number }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as (typeof lines)[number]);
      callback();
    },
  });
  return { lines, logger: pino({ level: "info" }, stream) };
}
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe("storeErrorKind", () => {
  it("takes a dropped or refused connection as one kind, and names a refusal by Redis's word or the code", () => {
    expect(storeErrorKind(withCode("connect ECONNREFUSED 127.0.0.1:6379", "ECONNREFUSED"))).toBe("unreachable");
    expect(storeErrorKind(withCode("read ECONNRESET", "ECONNRESET"))).toBe("unreachable");
    expect(storeErrorKind(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe("unreachable");
    expect(storeErrorKind(new Error("OOM command not allowed when used memory > 'maxmemory'."))).toBe("OOM");
    expect(storeErrorKind(new Error("READONLY You can't write against a read only replica."))).toBe("READONLY");
    expect(storeErrorKind(withCode("password authentication failed", "28P01"))).toBe("28P01");
    expect(storeErrorKind("not an error")).toBe("other");
  });
});

describe("storeOutageLog", () => {
  it("folds one kind for a minute but says a new kind at once, and says the recovery once the store is quiet and ready", async () => {
    const { lines, logger } = logged();
    let at = 0;
    let ready = "unavailable";
    const log = storeOutageLog({ logger, now: () => at, readiness: () => ({ redis: ready }) });
    log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
    at = 1_000;
    log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
    at = 2_000;
    log.failed("redis", new Error("OOM command not allowed when used memory > 'maxmemory'."));
    ready = "ready";
    at = 2_000 + STORE_RECOVERY_QUIET_MS - 1;
    log.check();
    at = 2_000 + STORE_RECOVERY_QUIET_MS;
    log.check();
    log.check();
    await flush();
    expect(lines.map((line) => [line.level, line.msg, line.kind ?? line.failures])).toEqual([
      [40, "a shared store's connection failed; it reconnects on its own", "unreachable"],
      [40, "a shared store's connection failed; it reconnects on its own", "OOM"],
      [30, "a shared store works again", 3],
    ]);
  });

  it("says an outage that begins after a recovery line at once, not under that line for up to a minute", async () => {
    const { lines, logger } = logged();
    let at = 0;
    let ready = "unavailable";
    const log = storeOutageLog({ logger, now: () => at, readiness: () => ({ redis: ready }) });
    log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
    ready = "ready";
    at = STORE_RECOVERY_QUIET_MS;
    log.check();
    // Down for good 3 s after "works again": the next failure line came only at 60 s, so for 52 s the log's last
    // line said the store worked while it did not.
    ready = "unavailable";
    at += 3_000;
    log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
    await flush();
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [40, "a shared store's connection failed; it reconnects on its own"],
      [30, "a shared store works again"],
      [40, "a shared store's connection failed; it reconnects on its own"],
    ]);
  });

  it("logs a store that flaps for five minutes in a few lines a minute, and still says when it works again", async () => {
    const { lines, logger } = logged();
    let at = 0;
    let ready = "ready";
    const log = storeOutageLog({ logger, now: () => at, readiness: () => ({ redis: ready }) });
    // Redis drops every 7 s for 1 s (two failed commands), 43 times; the gateway checks once a second.
    for (let cycle = 0; cycle < 43; cycle += 1) {
      ready = "unavailable";
      log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
      at += 500;
      log.failed("redis", new Error("Connection is closed."));
      at += 500;
      ready = "ready";
      for (let second = 0; second < 6; second += 1) {
        log.check();
        at += 1_000;
      }
    }
    for (let second = 0; second < 60; second += 1) {
      log.check();
      at += 1_000;
    }
    await flush();
    const minutes = at / 60_000;
    // It was two lines a cycle: 86 in five minutes.
    expect(lines.length / minutes).toBeLessThanOrEqual(3);
    const recoveries = lines.filter((line) => line.msg === "a shared store works again");
    expect(recoveries.at(-1)).toMatchObject({ level: 30, store: "redis" });
    // Every failure is counted in some line: the recovery lines' failures add up to all 86.
    expect(recoveries.reduce((sum, line) => sum + (line.failures ?? 0), 0)).toBe(86);
    expect(recoveries.at(-1)).toHaveProperty("outages");
  });

  it("gives outageMs of the outage that ended, not from a flapping store's first failure, and their sum beside", async () => {
    const { lines, logger } = logged();
    let at = 0;
    let ready = "ready";
    const log = storeOutageLog({ logger, now: () => at, readiness: () => ({ redis: ready }) });
    const outage = (lengthInMs: number): void => {
      ready = "unavailable";
      log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
      at += lengthInMs;
      log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
      ready = "ready";
      at += STORE_RECOVERY_QUIET_MS;
      log.check();
    };
    outage(2_000);
    at += 10_000;
    outage(3_000);
    at += 10_000;
    outage(1_000);
    for (let second = 0; second < 60; second += 1) {
      at += 1_000;
      log.check();
    }
    await flush();
    const recoveries = lines.filter((line) => line.msg === "a shared store works again");
    expect(recoveries.map(({ failures, outages, outageMs, totalOutageMs }) => ({ failures, outages, outageMs, totalOutageMs }))).toEqual([
      { failures: 2, outages: undefined, outageMs: 2_000, totalOutageMs: undefined },
      // It said outageMs 19,000: from the second outage's first failure to the third's last, 15 s of it up.
      { failures: 4, outages: 2, outageMs: 1_000, totalOutageMs: 4_000 },
    ]);
  });

  it("says a recovery line still waiting for its minute when the log is flushed at close", async () => {
    const { lines, logger } = logged();
    let at = 0;
    let ready = "ready";
    const log = storeOutageLog({ logger, now: () => at, readiness: () => ({ redis: ready }) });
    const outage = (): void => {
      ready = "unavailable";
      log.failed("redis", withCode("connect ECONNREFUSED", "ECONNREFUSED"));
      ready = "ready";
      at += STORE_RECOVERY_QUIET_MS;
      log.check();
    };
    outage();
    at += 2_000;
    // The second recovery waits for the minute since the first line; the gateway stops within it.
    outage();
    log.flush();
    await flush();
    const recoveries = lines.filter((line) => line.msg === "a shared store works again");
    expect(recoveries).toHaveLength(2);
    expect(recoveries.at(-1)).toMatchObject({ failures: 1 });
  });
});
