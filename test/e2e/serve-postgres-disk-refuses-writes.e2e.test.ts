/**
 * `serve` with `storage.postgres_url` whose local SQLite file (the outbox and the in-flight markers) stops taking
 * writes (a file-size limit, `ulimit -f`, fails SQLite's writes as a full disk does). Every request is refused 503
 * `storage_unavailable` (its record, or its marker, cannot be committed; ADR 0068), so `GET /readyz` must say so: it answered
 * `{"status":"ready"}` while it refused everything, since the records of the refusals ship to Postgres from memory
 * and the outbox's refusal showed for 100 ms at most (ADR 0072). Once the disk takes writes again, readiness must
 * come back by itself, with no traffic.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { sendUntilRefused, serveOnLimitedDisk } from "../support/disk-limited-serve.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const dir = mkdtempSync(path.join(tmpdir(), "switchyard-pg-disk-refuses-"));
const database = `sy_disk_${randomUUID().slice(0, 8)}`;
const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });

async function readiness(url: string): Promise<{ status: number; body: unknown }> {
  const ready = await fetch(`${url}/readyz`);
  return { status: ready.status, body: await ready.json() };
}

describe("serve on Postgres whose local disk refuses writes", () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill("SIGKILL");
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is not ready while it refuses the requests it cannot record, and ready again once the disk takes writes", async () => {
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${database}`;
    const started = await serveOnLimitedDisk(dir, 1024, url.toString());
    child = started.child;
    expect(await readiness(started.url)).toEqual({ status: 200, body: { status: "ready", stores: { postgres: "ready" } } });
    const refused = await sendUntilRefused(started.url);
    expect(refused).toBe(3);
    // Past the 100 ms in which the refusals' records ship to Postgres from memory.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await readiness(started.url)).toEqual({ status: 503, body: { status: "not_ready", stores: { postgres: "ready", sqlite: "refusing_writes" } } });
    expect((await fetch(`${started.url}/healthz`)).status).toBe(200);
    // Still not ready a second later with no traffic: the refusal holds until the disk takes a marker.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await readiness(started.url)).status).toBe(503);

    // The disk takes writes again (the limit lifted on the running process): ready by itself, with no request.
    execFileSync("prlimit", ["--pid", String(started.child.pid), "--fsize=unlimited"]);
    const deadline = Date.now() + 5_000;
    let now = await readiness(started.url);
    while (now.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      now = await readiness(started.url);
    }
    expect(now).toEqual({ status: 200, body: { status: "ready", stores: { postgres: "ready" } } });
    const served = await fetch(`${started.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: "hello again" }] }) });
    expect(served.status).toBe(200);
  }, 90_000);
});
