/**
 * `switchyard serve` keeps V8's new space at 16 MB (ADR 0018, amendment of 2026-12-06): `bin/switchyard.js` caps it
 * before the CLI's modules load, whose start-up tables would grow it to 32 MB first. A real process is started
 * through the bin with a preloaded probe; on SIGUSR2 the probe allocates in it as a loaded gateway does (short-lived
 * objects, a share kept, a worker thread started part way, the event loop turning) and prints the largest new space.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/switchyard.js", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "switchyard-new-space-"));
const probe = path.join(dir, "probe.mjs");
let child: ChildProcess | undefined;

writeFileSync(
  probe,
  `import { getHeapSpaceStatistics } from "node:v8";
import { Worker, isMainThread } from "node:worker_threads";
const newSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size;
let largest = newSpace();
if (isMainThread) process.on("SIGUSR2", async () => {
  const kept = [];
  for (let burst = 0; burst < 300; burst += 1) {
    for (let i = 0; i < 20000; i += 1) {
      const request = { id: "r" + i, labels: [i, i + 1], body: { text: "x" + i } };
      if (i % 5 === 0) kept.push(request);
    }
    if (kept.length > 200000) kept.splice(0, 100000);
    largest = Math.max(largest, newSpace());
    if (burst === 100) {
      const worker = new Worker("setTimeout(() => {}, 100)", { eval: true });
      await new Promise((resolve) => worker.once("online", resolve));
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  process.stderr.write("largest new space " + largest / 1024 / 1024 + " MB\\n");
});
`,
);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("the new space of a real `switchyard serve` process", () => {
  it("stays at 16 MB from start-up through a load that would grow it to 32 MB", async () => {
    writeFileSync(path.join(dir, "switchyard.yaml"), `storage:\n  sqlite: ${path.join(dir, "gateway.db")}\n`);
    child = spawn(process.execPath, ["--import", probe, BIN, "serve", "--simulate", "--port", "0", "--config", "switchyard.yaml"], { cwd: dir, env: { ...process.env, SWITCHYARD_ADMIN_KEY: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const listening = new Promise<void>((resolve, reject) => {
      child?.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (/listening on http/.test(out)) resolve();
      });
      child?.on("exit", (code) => reject(new Error(`serve exited ${String(code)}: ${out}${err}`)));
    });
    const largest = new Promise<number>((resolve) => {
      child?.stderr?.on("data", (chunk: Buffer) => {
        err += chunk.toString();
        const found = /largest new space (\d+(?:\.\d+)?) MB/.exec(err);
        if (found?.[1]) resolve(Number(found[1]));
      });
    });
    await listening;
    child.kill("SIGUSR2");
    expect(await largest).toBe(16);
  }, 90_000);
});
