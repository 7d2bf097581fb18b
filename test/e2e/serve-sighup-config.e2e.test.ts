/**
 * SIGHUP reloads the routers, not the config file: an operator who edits `switchyard.yaml` (or breaks it) and sends
 * SIGHUP is told the edit is not applied, instead of only "Reloaded the routers".
 * @module
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe, type ServeHandle } from "../../src/cli/commands/serve.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

/** `serve` in a fresh folder (with `file` written there when given), its standard error kept, stopped after the block. */
function serveForSighup(prefix: string, file?: { name: string; text: string; named?: boolean }): { cwd: string; err: string[]; url: () => string } {
  const cwd = mkdtempSync(path.join(tmpdir(), prefix));
  const err: string[] = [];
  let simulator: Simulator;
  let served: ServeHandle;
  beforeAll(async () => {
    simulator = await createSimulator();
    if (file) writeFileSync(path.join(cwd, file.name), file.text);
    const io: CliIo = { stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd };
    served = await startServe({ port: "0", upstreamUrl: simulator.url, ...(file?.named ? { config: file.name } : {}) }, io);
  });
  afterAll(async () => {
    await served.close();
    await simulator.close();
    rmSync(cwd, { recursive: true, force: true });
  });
  return { cwd, err, url: () => served.server.url };
}

/** Sends SIGHUP and returns what standard error said of it. */
async function hangup(err: string[]): Promise<string> {
  const from = err.length;
  process.emit("SIGHUP");
  await expect.poll(() => err.slice(from).join("")).toContain("Reloaded the routers on SIGHUP");
  return err.slice(from).join("");
}

describe("SIGHUP while `serve` runs", () => {
  const { cwd, err, url } = serveForSighup("switchyard-sighup-", { name: "switchyard.yaml", text: "storage:\n  sqlite: ./sy.db\n" });
  const configFile = path.join(cwd, "switchyard.yaml");

  it("with the config unchanged: reloads the routers, says from where and which are in use, and nothing more", async () => {
    const said = await hangup(err);
    expect(said).toContain(`router state file ${path.join(cwd, ".switchyard", "router-state.json")}): default router: the shipped one (no adapter); shadow: none.`);
    expect(said).not.toContain("has changed");
  });

  it("after the config was edited, or broken: says the edit is not applied, and a broken one that a restart would not start", async () => {
    writeFileSync(configFile, "storage:\n  sqlite: ./sy.db\nrouting:\n  weights: ./adapter.json\n");
    const edited = await hangup(err);
    expect(edited).toContain(`${configFile} has changed since the gateway started`);
    expect(edited).toContain("Restart the gateway");
    writeFileSync(configFile, "storage: [\n  : :\n");
    const broken = await hangup(err);
    expect(broken).toContain("has changed");
    expect(broken).toContain("a restart would not start");
    // Still serving on the config it started with.
    expect((await fetch(`${url()}/healthz`)).status).toBe(200);
  });

  it("after ./switchyard.yaml was removed: a restart runs on the defaults, so only the removal is said", async () => {
    unlinkSync(configFile);
    const said = await hangup(err);
    expect(said).toContain(`${configFile} has been removed since the gateway started`);
    expect(said).not.toContain("would not start");
  });
});

describe("SIGHUP while `serve --config` runs, after the named file was removed", () => {
  const { cwd, err, url } = serveForSighup("switchyard-sighup-named-", { name: "gateway.yaml", text: "storage:\n  sqlite: ./sy.db\n", named: true });
  const configFile = path.join(cwd, "gateway.yaml");

  it("says a restart would not start (the file it names is not there), and why", async () => {
    unlinkSync(configFile);
    const said = await hangup(err);
    expect(said).toContain(`${configFile} has been removed since the gateway started`);
    expect(said).toContain("a restart would not start");
    expect(said).toContain(`Config file not found: ${configFile}`);
    expect((await fetch(`${url()}/healthz`)).status).toBe(200);
  });
});

describe("SIGHUP while `serve` runs on the defaults (no ./switchyard.yaml at start)", () => {
  const { cwd, err } = serveForSighup("switchyard-sighup-defaults-");

  it("a ./switchyard.yaml written later: says it is not applied until a restart", async () => {
    writeFileSync(path.join(cwd, "switchyard.yaml"), "tasks:\n  chat: premium\n");
    const said = await hangup(err);
    expect(said).toContain(`${path.join(cwd, "switchyard.yaml")} did not exist when the gateway started`);
    expect(said).toContain("Restart the gateway");
  });
});
