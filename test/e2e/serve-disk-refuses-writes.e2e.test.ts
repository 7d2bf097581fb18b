/**
 * `serve` on the SQLite default whose disk stops taking writes (here a file-size limit, `ulimit -f`, which makes
 * SQLite's writes fail as a full disk does): every request is refused 503 `storage_unavailable`, since none can be
 * recorded, and `GET /readyz` must say so, or a load balancer keeps sending every request to the one instance that
 * refuses them all. It said `{"status":"ready","stores":{}}` (ADR 0068).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/switchyard.js", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "switchyard-disk-refuses-"));

/** Starts `serve --simulate` with every file it writes limited to `limitKb`; resolves with its URL. */
async function serveLimited(limitKb: number): Promise<{ child: ChildProcess; url: string }> {
  writeFileSync(path.join(dir, "switchyard.yaml"), `storage:\n  sqlite: ${path.join(dir, "gateway.db")}\nlog:\n  store_prompts: true\n`);
  // SIGXFSZ ignored, so a write past the limit fails (EFBIG) instead of killing the process.
  const child = spawn("bash", ["-c", `trap '' XFSZ; ulimit -f ${limitKb}; exec "${process.execPath}" "${BIN}" serve --simulate --port 0 --config switchyard.yaml`], { cwd: dir, env: { ...process.env, SWITCHYARD_ADMIN_KEY: "" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${String(code)}: ${out}`)));
  });
  return { child, url };
}

describe("serve on a disk that refuses writes", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("is not ready while the requests it cannot record are refused", async () => {
    const started = await serveLimited(1024);
    child = started.child;
    expect(await (await fetch(`${started.url}/readyz`)).json()).toEqual({ status: "ready", stores: {} });
    // 200 KB prompts, stored with their records, fill the 1 MB a file may hold within a few requests.
    const prompt = "lorem ipsum dolor sit amet ".repeat(8_000);
    let refused = 0;
    for (let sent = 0; sent < 30 && refused < 3; sent += 1) {
      const response = await fetch(`${started.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: `${prompt} ${sent}` }] }) });
      const body = (await response.json()) as { error?: { code?: string } };
      if (response.status === 503) {
        expect(body.error?.code).toBe("storage_unavailable");
        refused += 1;
      } else expect(response.status).toBe(200);
    }
    expect(refused).toBe(3);
    const ready = await fetch(`${started.url}/readyz`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 503, body: { status: "not_ready", stores: { sqlite: "refusing_writes" } } });
    // Liveness stays up: restarting the process would not free the disk.
    expect((await fetch(`${started.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
