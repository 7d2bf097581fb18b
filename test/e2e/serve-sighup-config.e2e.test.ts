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

describe("SIGHUP while `serve` runs", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-sighup-"));
  const configFile = path.join(cwd, "switchyard.yaml");
  const err: string[] = [];
  let simulator: Simulator;
  let served: ServeHandle;
  beforeAll(async () => {
    simulator = await createSimulator();
    writeFileSync(configFile, "storage:\n  sqlite: ./sy.db\n");
    const io: CliIo = { stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd };
    served = await startServe({ port: "0", upstreamUrl: simulator.url }, io);
  });
  afterAll(async () => {
    await served.close();
    await simulator.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  async function hangup(): Promise<string> {
    const from = err.length;
    process.emit("SIGHUP");
    await expect.poll(() => err.slice(from).join("")).toContain("Reloaded the routers on SIGHUP");
    return err.slice(from).join("");
  }

  it("with the config unchanged: reloads the routers, says from where and which are in use, and nothing more", async () => {
    const said = await hangup();
    expect(said).toContain(`router state file ${path.join(cwd, ".switchyard", "router-state.json")}): default router: the shipped one (no adapter); shadow: none.`);
    expect(said).not.toContain("has changed");
  });

  it("after the config was edited, or broken: says the edit is not applied and a restart is needed", async () => {
    writeFileSync(configFile, "storage:\n  sqlite: ./sy.db\nrouting:\n  weights: ./adapter.json\n");
    const edited = await hangup();
    expect(edited).toContain(`${configFile} has changed since the gateway started`);
    expect(edited).toContain("Restart the gateway");
    writeFileSync(configFile, "storage: [\n  : :\n");
    expect(await hangup()).toContain("has changed");
    // Still serving on the config it started with.
    expect((await fetch(`${served.server.url}/healthz`)).status).toBe(200);
  });

  it("after ./switchyard.yaml was removed: a restart runs on the defaults, so only the removal is said", async () => {
    unlinkSync(configFile);
    const said = await hangup();
    expect(said).toContain(`${configFile} has been removed since the gateway started`);
    expect(said).not.toContain("would not start");
  });
});

describe("SIGHUP while `serve --config` runs, after the named file was removed", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-sighup-named-"));
  const configFile = path.join(cwd, "gateway.yaml");
  const err: string[] = [];
  let simulator: Simulator;
  let served: ServeHandle;
  beforeAll(async () => {
    simulator = await createSimulator();
    writeFileSync(configFile, "storage:\n  sqlite: ./sy.db\n");
    const io: CliIo = { stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd };
    served = await startServe({ port: "0", upstreamUrl: simulator.url, config: "gateway.yaml" }, io);
  });
  afterAll(async () => {
    await served.close();
    await simulator.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it("says a restart would not start (the file it names is not there), and why", async () => {
    unlinkSync(configFile);
    const from = err.length;
    process.emit("SIGHUP");
    await expect.poll(() => err.slice(from).join("")).toContain("Reloaded the routers on SIGHUP");
    const said = err.slice(from).join("");
    expect(said).toContain(`${configFile} has been removed since the gateway started`);
    expect(said).toContain("a restart would not start");
    expect(said).toContain(`Config file not found: ${configFile}`);
    expect((await fetch(`${served.server.url}/healthz`)).status).toBe(200);
  });
});

describe("SIGHUP while `serve` runs on the defaults (no ./switchyard.yaml at start)", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-sighup-defaults-"));
  const err: string[] = [];
  let simulator: Simulator;
  let served: ServeHandle;
  beforeAll(async () => {
    simulator = await createSimulator();
    const io: CliIo = { stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd };
    served = await startServe({ port: "0", upstreamUrl: simulator.url }, io);
  });
  afterAll(async () => {
    await served.close();
    await simulator.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it("a ./switchyard.yaml written later: says it is not applied until a restart", async () => {
    writeFileSync(path.join(cwd, "switchyard.yaml"), "tasks:\n  chat: premium\n");
    const from = err.length;
    process.emit("SIGHUP");
    await expect.poll(() => err.slice(from).join("")).toContain("Reloaded the routers on SIGHUP");
    const said = err.slice(from).join("");
    expect(said).toContain(`${path.join(cwd, "switchyard.yaml")} did not exist when the gateway started`);
    expect(said).toContain("Restart the gateway");
  });
});
