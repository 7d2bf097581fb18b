/**
 * `switchyard serve` (the real CLI, SQLite default, no Redis) killed with SIGKILL while a Responses stream is
 * mid-answer, then started again on the same config: a response its client received complete still continues with
 * `previous_response_id` (it was kept in memory, so every restart, a deploy as much as a crash, forgot it), and the
 * response the crash cut is a clear 400 `previous_response_not_found`, never a 500.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../../../src/testing/simulator/index.js";

const MODEL = "switchyard/tier/crash";

interface Serve {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * `switchyard serve --port 0` in a child process, from the sources (run from the repository, where tsx resolves;
 * every path in the config is absolute); resolves once it prints where it listens.
 */
async function startServe(configFile: string, upstreamUrl: string): Promise<Serve> {
  const argv = JSON.stringify(["serve", "--port", "0", "--config", configFile, "--upstream-url", upstreamUrl]);
  const main = JSON.stringify(path.resolve("src/cli/main.ts"));
  const child = spawn(process.execPath, ["--import", "tsx", "-e", `const { runCli } = await import(${main}); process.exitCode = await runCli(${argv});`], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start within 20 s: ${output}`)), 20_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${String(code)}) before it listened: ${output}`));
    });
  });
  return { url, child, exited };
}

async function create(url: string, body: Record<string, unknown>): Promise<{ status: number; json: { id?: string; status?: string; error?: { code?: string; param?: string; message?: string } } }> {
  const response = await fetch(`${url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, ...body }) });
  return { status: response.status, json: (await response.json()) as { id?: string } };
}

/** A streamed response read to its end; returns the id of its `response.completed`. */
async function streamed(url: string, input: string): Promise<string> {
  const response = await fetch(`${url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, input, stream: true }) });
  const text = await response.text();
  expect(text).toContain("event: response.completed");
  return /"id":"(resp_[^"]+)"/.exec(text)?.[1] ?? "";
}

describe("kill -9 of switchyard serve during a Responses stream, then restart", () => {
  let simulator: Simulator;
  let dir: string;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    // A stream takes about 1.5 s, so the kill lands mid-answer.
    simulator = await createSimulator({ chunkDelayMs: 150, chunkCount: 10 });
    dir = mkdtempSync(path.join(tmpdir(), "switchyard-responses-crash-"));
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a completed response still continues with previous_response_id; the one the crash cut is a clear 400", async () => {
    const configFile = path.join(dir, "switchyard.yaml");
    const config = { tiers: { crash: { models: ["openai/gpt-5-nano"], max_tokens: 200 } }, budgets: [{ scope: "global", window: "day", limit_usd: 1 }], storage: { sqlite: path.join(dir, "switchyard.db") } };
    writeFileSync(configFile, JSON.stringify(config));
    const first = await startServe(configFile, simulator.url);
    children.push(first.child);
    const plain = await create(first.url, { input: "Remember the number 42." });
    expect(plain.status).toBe(200);
    const streamedId = await streamed(first.url, "Remember the colour blue.");

    // A stream the crash cuts: read until its first text delta, then kill -9.
    const cut = await fetch(`${first.url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, input: "This answer is cut.", stream: true }) });
    const reader = cut.body?.getReader();
    let seen = "";
    while (reader && !seen.includes("response.output_text.delta")) seen += new TextDecoder().decode((await reader.read()).value);
    const cutId = /"id":"(resp_[^"]+)"/.exec(seen)?.[1] ?? "";
    first.child.kill("SIGKILL");
    await first.exited;
    await reader?.read().catch(() => undefined);

    const second = await startServe(configFile, simulator.url);
    children.push(second.child);
    try {
      for (const previous of [plain.json.id, streamedId]) {
        simulator.reset();
        const next = await create(second.url, { input: "What did I ask you to remember?", previous_response_id: previous });
        expect(next.status, JSON.stringify(next.json)).toBe(200);
        expect(next.json.status).toBe("completed");
        const sent = simulator.calls[0]?.body as { messages: { role: string }[] };
        expect(sent.messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
      }
      const lost = await create(second.url, { input: "And this one?", previous_response_id: cutId });
      expect(lost.status).toBe(400);
      expect(lost.json.error).toMatchObject({ code: "previous_response_not_found", param: "previous_response_id" });
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 60_000);
});
