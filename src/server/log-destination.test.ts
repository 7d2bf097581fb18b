import { spawn } from "node:child_process";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createLogDestination, LineBatches, MAX_WAITING_LOG_BYTES } from "./log-destination.js";

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
    // The reader is killed at the end with megabytes still waiting: the writer's next retry then fails on the closed
    // pipe (EPIPE or EBADF, by timing), after this test is over.
    (destination.stream as LineBatches).sink.on("error", () => {});
    const logger = pino({ base: null }, destination.stream);
    stops.push(destination.flushEverySecond(logger));
    const line = "x".repeat(1_000);
    for (let i = 0; i < 12_000; i++) logger.info({ line, i }, "request");
    const waiting = ((destination.stream as LineBatches).sink as unknown as { _len: number })._len;
    expect(waiting).toBeLessThanOrEqual(MAX_WAITING_LOG_BYTES);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(notices.join("\n")).toMatch(/^\d+ log line\(s\) dropped: standard output is not being read/);
  });

  it("writes every line whole and in order, in batches, and the last ones on a flush", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", CHILD_LOGS_AND_FLUSHES], { stdio: ["ignore", "pipe", "inherit"] });
    const lines = await readLines(child);
    expect(lines).toEqual(Array.from({ length: 1_001 }, (_, i) => i));
  });

  it("writes the lines still gathered when the process exits (process.exit, no flush)", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", CHILD_LOGS_AND_EXITS], { stdio: ["ignore", "pipe", "inherit"] });
    const lines = await readLines(child);
    expect(lines).toEqual(Array.from({ length: 7 }, (_, i) => i));
  });

  it("passes a given stream through untouched", () => {
    const written: string[] = [];
    const destination = createLogDestination(() => {}, { given: { write: (text: string) => void written.push(text) } });
    pino({ base: null }, destination.stream).info("hello");
    expect(written.join("")).toMatch(/"msg":"hello"/);
  });
});

const MODULE = JSON.stringify(new URL("./log-destination.ts", import.meta.url).href);
/** 1,000 lines of varied lengths (batches of several lines), then one more and a flush from the timer's path. */
const CHILD_LOGS_AND_FLUSHES = `
import { pino } from "pino";
const { createLogDestination } = await import(${MODULE});
const destination = createLogDestination(() => {});
const logger = pino({ base: null, timestamp: false }, destination.stream);
for (let i = 0; i < 1000; i++) logger.info({ i, pad: "é".repeat(i % 97) });
setTimeout(() => { logger.info({ i: 1000 }); logger.flush(); }, 50);
`;
/** Seven short lines (far below one batch), then process.exit: pino's exit flush must see them. */
const CHILD_LOGS_AND_EXITS = `
import { pino } from "pino";
const { createLogDestination } = await import(${MODULE});
const destination = createLogDestination(() => {});
const logger = pino({ base: null, timestamp: false }, destination.stream);
for (let i = 0; i < 7; i++) logger.info({ i });
process.exit(0);
`;

/** The \`i\` of each line the child wrote to standard output, once it has exited. */
async function readLines(child: ReturnType<typeof spawn>): Promise<number[]> {
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  await new Promise((resolve) => child.once("close", resolve));
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { i: number }).i);
}
