/**
 * `switchyard serve --latency-seed FILE` and `routing.latency_seed`: the real OpenRouter endpoints file seeds the
 * gateway's latency estimates, so a tight `max_latency_ms` acts from the first request.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { startServe } from "../../src/cli/commands/serve.js";
import { expectedLatencyMs, loadLatencySeedFile } from "../../src/routing/latency/index.js";
import { SHARED_DATA } from "../support/shared-data.js";

const SEED = path.join(SHARED_DATA, "openrouter", "endpoints-by-provider-2026-05-18.json");
type Body = Parameters<OpenAI["chat"]["completions"]["create"]>[0] & { stream?: false };

describe("latency seed at startup", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-latency-seed-"));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const io = (err: string[]): CliIo => ({ stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd });

  it("serve --latency-seed: a max_latency_ms no tier model meets falls back to the fastest seeded model", async () => {
    const err: string[] = [];
    const handle = await startServe({ simulate: true, port: "0", latencySeed: SEED }, io(err));
    try {
      const seed = await loadLatencySeedFile(SEED);
      expect(err.join("")).toContain(`Latency seed: ${seed.size} models from ${SEED}.`);
      const client = new OpenAI({ baseURL: `${handle.server.url}/v1`, apiKey: "unused", maxRetries: 0 });
      const body = { model: "switchyard/tier/budget", messages: [{ role: "user" as const, content: "hello" }], max_tokens: 64 };
      const plain = await client.chat.completions.create(body).withResponse();
      expect(plain.response.headers.get("x-switchyard-model")).toBe("openai/gpt-5-nano");
      const fast = await client.chat.completions.create({ ...body, switchyard: { max_latency_ms: 1 } } as Body).withResponse();
      // Independently: the non-free builtin model with the lowest seeded expected latency for 64 output tokens.
      const fastest = builtinCatalog()
        .list()
        .filter((model) => !model.isFree && !model.isRouter && seed.has(model.id))
        .map((model) => ({ id: model.id, ms: expectedLatencyMs({ ...(seed.get(model.id) as { ttftMs: number; tokensPerSecond: number | undefined }), samples: 0 }, 64) }))
        .sort((a, b) => a.ms - b.ms)[0];
      expect(fastest).toBeDefined();
      expect(fast.response.headers.get("x-switchyard-model")).toBe(`${fastest?.id}:nitro`);
      expect(fast.data.choices[0]?.message.content).toContain("simulated answer");
    } finally {
      await handle.close();
    }
  });

  it("routing.latency_seed in the config file is read relative to the working directory; a bad file stops the start", async () => {
    writeFileSync(path.join(cwd, "bad-seed.json"), JSON.stringify({ data: [] }));
    writeFileSync(path.join(cwd, "switchyard.yaml"), "routing:\n  latency_seed: ./bad-seed.json\n");
    await expect(startServe({ simulate: true, port: "0", config: "switchyard.yaml" }, io([]))).rejects.toThrow(/routing\.latency_seed/);
    writeFileSync(path.join(cwd, "switchyard.yaml"), `routing:\n  latency_seed: ${JSON.stringify(path.relative(cwd, SEED))}\n`);
    const err: string[] = [];
    const handle = await startServe({ simulate: true, port: "0", config: "switchyard.yaml" }, io(err));
    await handle.close();
    expect(err.join("")).toMatch(/Latency seed: \d{3} models/);
  });
});
