/**
 * A real `switchyard serve` process sent a real SIGHUP while streams are in flight (round 20, ADR 0073): with its
 * config file broken (not YAML), then valid YAML that is wrong (a task routed to an unknown tier, a budget below
 * zero), and its router state file garbled. The running config and routers stay, every request in flight and every
 * new one is served, and stderr says why nothing was applied. SIGHUP re-reads only the router files, never the config
 * (docs/deployment.md), so even a valid edit is not applied, and the log says a restart is needed; an invalid edit
 * is named with its error, since a restart into it would not start (the note said "Restart the gateway to apply it").
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/switchyard.js", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "switchyard-sighup-load-"));
const configFile = path.join(dir, "switchyard.yaml");
const stateFile = path.join(dir, ".switchyard", "router-state.json");
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

async function serve(): Promise<{ url: string; stderr: () => string }> {
  writeFileSync(configFile, `storage:\n  sqlite: ${path.join(dir, "gateway.db")}\n`);
  child = spawn(process.execPath, [BIN, "serve", "--simulate", "--port", "0", "--config", "switchyard.yaml"], { cwd: dir, env: { ...process.env, SWITCHYARD_ADMIN_KEY: "" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child?.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child?.on("exit", (code) => reject(new Error(`serve exited ${String(code)}: ${out}${err}`)));
  });
  return { url, stderr: () => err };
}

/** One streamed request, read to its end: its status and whether the stream completed (`[DONE]`). */
async function streamOne(url: string, n: number): Promise<string> {
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "switchyard/auto", stream: true, messages: [{ role: "user", content: `Write a long story about yards, number ${n}.` }] }),
  });
  const text = await response.text();
  return `${response.status}${text.includes("[DONE]") ? " done" : " cut"}`;
}

describe("SIGHUP under load on a real `switchyard serve` process", () => {
  it("refuses nothing in flight, keeps the running config and routers, and says why nothing was applied", async () => {
    const { url, stderr } = await serve();
    // Each edit, and what the SIGHUP's note must name: a restart into it would not start, so the operator is told why.
    const edits: [string, string | undefined][] = [
      ["storage: [\n  : :\n", "YAML syntax error at line 2"],
      [`storage:\n  sqlite: ${path.join(dir, "gateway.db")}\ntasks:\n  chat: nonexistent\n`, 'tasks.chat: unknown tier "nonexistent"'],
      [`storage:\n  sqlite: ${path.join(dir, "gateway.db")}\nbudgets:\n  - { scope: global, window: day, limit_usd: -5 }\n`, "budgets[0].limit_usd"],
      [`storage:\n  sqlite: ${path.join(dir, "gateway.db")}\ntasks:\n  chat: premium\n`, undefined], // valid: still not applied
    ];
    const results: Promise<string>[] = [];
    let n = 0;
    for (const [edit, why] of edits) {
      results.push(...Array.from({ length: 10 }, () => streamOne(url, (n += 1))));
      writeFileSync(configFile, edit);
      const from = stderr().length;
      child?.kill("SIGHUP");
      await expect.poll(() => stderr().slice(from), { timeout: 10_000 }).toContain(`${configFile} has changed since the gateway started`);
      const said = stderr().slice(from);
      expect(said).toContain("Reloaded the routers on SIGHUP");
      if (why === undefined) {
        expect(said).toContain("Restart the gateway to apply it");
        expect(said).not.toContain("would not start");
      } else {
        expect(said).toContain("it is invalid, so a restart would not start");
        expect(said).toContain(why);
        expect(said).not.toContain("Restart the gateway to apply it");
      }
    }
    // A router state file garbled under the running gateway: the reload fails and says so; the routers stay.
    mkdirSync(path.dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, "{ not json");
    results.push(...Array.from({ length: 10 }, () => streamOne(url, (n += 1))));
    const from = stderr().length;
    child?.kill("SIGHUP");
    await expect.poll(() => stderr().slice(from), { timeout: 10_000 }).toMatch(/Router reload failed, keeping the current routers: .+/);

    expect(await Promise.all(results)).toEqual(results.map(() => "200 done"));
    expect(child?.exitCode).toBeNull();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // Still the config it started with: `chat` is not sent to a tier called `nonexistent`, and no budget refuses.
    expect(await streamOne(url, 0)).toBe("200 done");
  }, 120_000);
});
