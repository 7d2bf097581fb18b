/**
 * A shared store's outage in the gateway's log (ADR 0088): a second store's outage during the first's minute is said
 * at once, and a store that works again is said once. One fold for every failure hid a Postgres outage that began
 * within a minute of a Redis one, and the end of an outage was never logged.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startTcpForwarder } from "../../test/support/tcp-forwarder.js";
import { parseConfig } from "../config/parse-config.js";
import { SYSTEM_CLOCK } from "../core/clock.js";
import { openGatewayStorage } from "./gateway-storage.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

interface Line {
  level: number;
  msg: string;
  store?: string;
}

async function openLogged(storage: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-outage-log-"));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const lines: Line[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Line);
      callback();
    },
  });
  const namespace = `sy_outage_${randomUUID().slice(0, 8)}`;
  const opened = await openGatewayStorage({ config: parseConfig({ storage: { sqlite: "./s.db", ...storage } }), cwd: dir, namespace, clock: SYSTEM_CLOCK, logger: pino({ level: "info" }, stream), onNotice: () => {} });
  cleanup.push(() => opened.close());
  return { opened, lines, namespace };
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await pause(50);
}

describe("a shared store's outage in the log", () => {
  it("says once that Redis works again after its outage", async () => {
    const forwarder = await startTcpForwarder(REDIS_URL);
    cleanup.push(() => forwarder.close());
    const { opened, lines } = await openLogged({ redis_url: forwarder.urlFor(REDIS_URL) });
    await forwarder.down();
    await until(() => lines.some((line) => line.level === 40 && line.store === "redis"), 5_000);
    expect(lines.filter((line) => line.level === 40 && line.store === "redis")).toHaveLength(1);
    await forwarder.up();
    await until(() => opened.readiness().redis === "ready", 10_000);
    await until(() => lines.some((line) => line.msg === "a shared store works again"), 10_000);
    expect(lines.filter((line) => line.msg === "a shared store works again")).toEqual([expect.objectContaining({ level: 30, store: "redis" })]);
  }, 40_000);

  it("says a Postgres outage that begins within a minute of a Redis one, instead of folding it into Redis's line", async () => {
    const redis = await startTcpForwarder(REDIS_URL);
    const postgres = await startTcpForwarder(POSTGRES_URL);
    cleanup.push(() => redis.close(), () => postgres.close());
    const { lines, namespace } = await openLogged({ redis_url: redis.urlFor(REDIS_URL), postgres_url: postgres.urlFor(POSTGRES_URL) });
    cleanup.push(async () => {
      const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
      await admin.query(`DROP SCHEMA IF EXISTS ${namespace} CASCADE`);
      await admin.end();
    });
    await redis.down();
    await until(() => lines.some((line) => line.level === 40 && line.store === "redis"), 5_000);
    await postgres.down();
    await until(() => lines.some((line) => line.level === 40 && line.store === "postgres"), 8_000);
    expect(lines.filter((line) => line.level === 40 && line.msg.startsWith("a shared store's connection failed")).map((line) => line.store)).toEqual(["redis", "postgres"]);
    await redis.up();
    await postgres.up();
  }, 40_000);
});
