import { spawn } from "node:child_process";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createLogDestination, MAX_WAITING_LOG_BYTES } from "./log-destination.js";

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe("the gateway's log destination", () => {
  it("holds at most its cap while nobody reads standard output, and reports the dropped lines", async () => {
    // A real pipe whose reader never reads: `sleep` keeps its stdin open and never takes a byte.
    const reader = spawn("sleep", ["30"], { stdio: ["pipe", "ignore", "ignore"] });
    stops.push(() => reader.kill());
    const fd = (reader.stdin as unknown as { _handle: { fd: number } })._handle.fd;
    const notices: string[] = [];
    const destination = createLogDestination((text) => notices.push(text), { fd });
    const logger = pino({ base: null }, destination.stream);
    stops.push(destination.flushEverySecond(logger));
    const line = "x".repeat(1_000);
    for (let i = 0; i < 12_000; i++) logger.info({ line, i }, "request");
    const waiting = (destination.stream as unknown as { _len: number })._len;
    expect(waiting).toBeLessThanOrEqual(MAX_WAITING_LOG_BYTES);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(notices.join("\n")).toMatch(/^\d+ log line\(s\) dropped: standard output is not being read/);
  });

  it("passes a given stream through untouched", () => {
    const written: string[] = [];
    const destination = createLogDestination(() => {}, { given: { write: (text: string) => void written.push(text) } });
    pino({ base: null }, destination.stream).info("hello");
    expect(written.join("")).toMatch(/"msg":"hello"/);
  });
});
