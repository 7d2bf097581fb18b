import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinModels } from "../../catalog/builtin-catalog.js";
import { createSimulator, renderModelsBody } from "../../testing/index.js";
import type { CliIo } from "../cli-io.js";
import { runCli } from "../main.js";
import { startSimulateUpstream, type SimulateUpstreamOptions } from "./simulate-upstream.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const MODEL = builtinModels().find((model) => !model.isFree)?.id ?? "openai/gpt-5-mini";

function memoryIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text), env: {}, cwd: repoRoot };
}

const DEFAULTS: SimulateUpstreamOptions = {
  port: "0",
  host: "127.0.0.1",
  latencyMs: "0",
  chunkDelayMs: "0",
  chunkCount: "4",
  slowMs: "3000",
  fault: [],
};

describe("simulate-upstream", () => {
  it("starts a simulator with per-model faults and a catalog file, and prints its URL", async () => {
    const io = memoryIo();
    const [first] = renderModelsBody(builtinModels().filter((model) => model.id === MODEL)).data;
    const catalogFile = path.join(mkdtempSync(path.join(tmpdir(), "simulate-upstream-")), "models.json");
    writeFileSync(catalogFile, JSON.stringify({ data: [{ ...first, id: "test/only-model" }] }));
    const simulator = await startSimulateUpstream(
      { ...DEFAULTS, fault: [`${MODEL}=rate_limit`], catalog: catalogFile, acceptUnknownModels: true },
      io,
    );
    try {
      expect(io.out.join("")).toContain(simulator.url);
      const body = { model: MODEL, messages: [{ role: "user", content: "hi" }] };
      const response = await fetch(`${simulator.url}/chat/completions`, { method: "POST", body: JSON.stringify(body) });
      expect(response.status).toBe(429);
      const models = (await (await fetch(`${simulator.url}/models`)).json()) as { data: { id: string }[] };
      expect(models.data.map((row) => row.id)).toEqual(["test/only-model"]);
      const unknown = { model: "made/up", messages: [{ role: "user", content: "hi" }] };
      expect((await fetch(`${simulator.url}/chat/completions`, { method: "POST", body: JSON.stringify(unknown) })).status).toBe(200);
    } finally {
      await simulator.close();
    }
  });

  it("says the per-request fault header works on calls made to it directly, and how to fail a model behind a gateway", async () => {
    // It printed "Per request: header x-sim-fault" right above "Try: switchyard serve --upstream-url": sent to the
    // gateway, which passes no client header upstream, the header did nothing and the fault never fired.
    const io = memoryIo();
    const simulator = await startSimulateUpstream(DEFAULTS, io);
    try {
      const out = io.out.join("");
      expect(out).toContain("on calls made to this simulator directly (a gateway does not pass it upstream): header x-sim-fault:");
      expect(out).toContain(`Behind a gateway, fail a model with --fault MODEL=FAULT (e.g. --fault ${"openai/gpt-5-nano"}=rate_limit).`);
    } finally {
      await simulator.close();
    }
  });

  it("warns about a fault on a model its catalog lacks (it would never fire), with the closest id", async () => {
    const io = memoryIo();
    const simulator = await startSimulateUpstream({ ...DEFAULTS, fault: [`${MODEL}x=rate_limit`, `${MODEL}:nitro=unavailable`] }, io);
    try {
      const warnings = io.err.join("");
      expect(warnings).toContain(`warning: --fault ${MODEL}x: not in the simulator's catalog, so the fault never fires`);
      expect(warnings).toContain(`did you mean "${MODEL}"?`);
      expect(warnings).not.toContain(`${MODEL}:nitro`); // a variant of a served id is served
    } finally {
      await simulator.close();
    }
  });

  it("rejects an unknown fault with the list of valid ones", async () => {
    const io = memoryIo();
    const code = await runCli(["simulate-upstream", "--port", "0", "--fault", "a/b=explode"], io);
    expect(code).toBe(1);
    expect(io.err.join("")).toMatch(/Unknown fault "explode".*rate_limit/);
  });

  it("names the fault a typo was meant to be, on the flag and in the x-sim-fault header", async () => {
    const io = memoryIo();
    expect(await runCli(["simulate-upstream", "--port", "0", "--fault", "a/b=rate_limt"], io)).toBe(1);
    expect(io.err.join("")).toContain('Did you mean "rate_limit"?');
    const simulator = await createSimulator({ recordCalls: false });
    try {
      const response = await fetch(`${simulator.url}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-sim-fault": "stream_cutt" },
        body: JSON.stringify({ model: "openai/gpt-5-nano", messages: [{ role: "user", content: "hi" }] }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain('Did you mean "stream_cut"?');
    } finally {
      await simulator.close();
    }
  });

  it("runs as a process until SIGTERM", async () => {
    const script = `import("./src/cli/main.ts").then(async (m) => { process.exitCode = await m.runCli(["simulate-upstream", "--port", "0", "--latency-ms", "1"]); });`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /listening on (\S+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", () => reject(new Error(`exited early: ${stderr}`)));
    });
    const response = await fetch(`${url}/models`);
    expect(response.status).toBe(200);
    const exitCode = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exitCode).toBe(0);
    expect(stderr).toContain("Received SIGTERM");
  });
});
