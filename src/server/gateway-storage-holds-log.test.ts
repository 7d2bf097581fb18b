/**
 * A Retry-After holds failure is left out of the log only while the store's own warning names the outage. A Redis
 * that stalls (a partition, a server busy: no error event, so no "connection failed" line) is not ready, and its
 * holds failing is then the only word the log has for it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../test/support/tcp-forwarder.js";
import { parseConfig } from "../config/parse-config.js";
import { SYSTEM_CLOCK } from "../core/clock.js";
import type { Storage } from "../storage/open-storage.js";
import { openGatewayStorage } from "./gateway-storage.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe("shared Retry-After holds' failures in the gateway's log", () => {
  it("are logged when Redis stalls, where no connection error names the outage", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "switchyard-holds-log-"));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const forwarder: TcpForwarder = await startTcpForwarder(URL);
    cleanup.push(async () => (forwarder.resume(), await forwarder.close()));
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        callback();
      },
    });
    const storage: Storage = await openGatewayStorage({
      config: parseConfig({ storage: { sqlite: "./s.db", redis_url: forwarder.urlFor(URL) } }),
      cwd: dir,
      namespace: `holdslog-${randomUUID()}`,
      clock: SYSTEM_CLOCK,
      logger: pino({ level: "debug" }, stream),
      onNotice: () => {},
    });
    cleanup.push(() => storage.close());
    forwarder.stall();
    const deadline = Date.now() + 6_000;
    while (storage.readiness().redis === "ready" && Date.now() < deadline) await pause(50);
    expect(storage.readiness().redis).toBe("unavailable");
    await storage.sharedHolds?.hold("openai/gpt-5", Date.now() + 60_000);
    const said = lines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.level >= 40 && line.msg.startsWith("shared Retry-After holds failed"));
    // It was dropped: Redis read as not ready, so the store's own warning was taken to name it, and it named nothing.
    expect(said).toHaveLength(1);
  }, 20_000);
});
