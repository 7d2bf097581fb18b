/**
 * `serve` on the SQLite default whose disk stops taking writes (here a file-size limit, `ulimit -f`, which makes
 * SQLite's writes fail as a full disk does): every request is refused 503 `storage_unavailable`, since none can be
 * recorded, and `GET /readyz` must say so, or a load balancer keeps sending every request to the one instance that
 * refuses them all. It said `{"status":"ready","stores":{}}` (ADR 0068).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sendUntilRefused, serveOnLimitedDisk } from "../support/disk-limited-serve.js";
import type { ChildProcess } from "node:child_process";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-disk-refuses-"));

describe("serve on a disk that refuses writes", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("is not ready while the requests it cannot record are refused", async () => {
    const started = await serveOnLimitedDisk(dir, 1024);
    child = started.child;
    expect(await (await fetch(`${started.url}/readyz`)).json()).toEqual({ status: "ready", stores: {} });
    const refused = await sendUntilRefused(started.url, 3, 30);
    expect(refused).toBe(3);
    const ready = await fetch(`${started.url}/readyz`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 503, body: { status: "not_ready", stores: { sqlite: "refusing_writes" } } });
    // Liveness stays up: restarting the process would not free the disk.
    expect((await fetch(`${started.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
