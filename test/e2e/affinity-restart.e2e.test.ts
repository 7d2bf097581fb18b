/**
 * Conversation affinity across a restart of a gateway without Redis: the embedded SQLite file keeps which model each
 * conversation is on, so the Messages and Chat Completions doors (whose conversation id is a hash or
 * `metadata.user_id`, nothing stored to seed from) continue on it instead of being routed afresh on the next process.
 * Real `startServer` over one SQLite file, two processes one after the other, the real SDKs, the simulator upstream.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";
import { anthropicClient } from "../support/messages-gateway.js";

const UPSTREAM_KEY = "sk-or-v1-affinity-restart-0123456789";
const PRIMARY = "openai/gpt-5-nano";
const SECONDARY = "mistralai/mistral-small-3.2-24b-instruct";
const MODEL = "switchyard/tier/e2e";

describe("conversation affinity survives a restart on the embedded SQLite store (no Redis)", () => {
  let directory: string;
  let simulator: Simulator;
  let running: RunningServer | undefined;
  const start = async (): Promise<RunningServer> => {
    running = await startServer({
      config: parseConfig({
        tiers: { e2e: { models: [PRIMARY, SECONDARY], max_tokens: 300 } },
        tasks: { probe: "e2e" },
        upstream: { timeouts: { connect_ms: 1_000, first_token_ms: 2_000, idle_ms: 1_000, total_ms: 5_000 }, max_retry_after_ms: 100 },
        storage: { sqlite: path.join(directory, "gateway.db") },
      }),
      catalog: builtinCatalog(),
      env: { OPENROUTER_API_KEY: UPSTREAM_KEY },
      cwd: directory,
      port: 0,
      upstreamUrl: simulator.url,
      listenLogLine: false,
    });
    return running;
  };
  const restart = async (): Promise<RunningServer> => {
    await running?.close();
    simulator.reset();
    return start();
  };
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "switchyard-affinity-sqlite-"));
    simulator = await createSimulator({ apiKey: UPSTREAM_KEY, slowMs: 500, processingIntervalMs: 50 });
  });
  afterAll(async () => {
    await running?.close();
    await simulator.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("Messages door: a conversation answered by the fallback model stays on it in the next process", async () => {
    let gateway = await start();
    simulator.setFault(PRIMARY, "server_error");
    const question: Anthropic.MessageParam = { role: "user", content: "Explain recursion with one example." };
    const first = await anthropicClient(gateway.url).messages.create({ model: MODEL, max_tokens: 100, messages: [question] }).withResponse();
    expect(first.response.headers.get("x-switchyard-model")).toBe(SECONDARY);
    gateway = await restart();
    const text = first.data.content[0]?.type === "text" ? first.data.content[0].text : "";
    const second = await anthropicClient(gateway.url)
      .messages.create({ model: MODEL, max_tokens: 100, messages: [question, { role: "assistant", content: text }, { role: "user", content: "Shorter, please." }] })
      .withResponse();
    // Routed afresh, the healthy PRIMARY would answer: the conversation keeps its model, and says so.
    expect(second.response.headers.get("x-switchyard-model")).toBe(SECONDARY);
    expect(second.response.headers.get("x-switchyard-affinity")).toBe("hit");
  });

  it("Chat Completions door with x-switchyard-session: the same", async () => {
    let gateway = await start();
    simulator.setFault(PRIMARY, "server_error");
    const client = (url: string): OpenAI => new OpenAI({ baseURL: `${url}/v1`, apiKey: "unused", maxRetries: 0, defaultHeaders: { "x-switchyard-session": "agent-run-restart" } });
    const first = await client(gateway.url).chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "List three sorting algorithms." }] }).withResponse();
    expect(first.response.headers.get("x-switchyard-model")).toBe(SECONDARY);
    gateway = await restart();
    const second = await client(gateway.url).chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "Which is fastest?" }] }).withResponse();
    expect(second.response.headers.get("x-switchyard-model")).toBe(SECONDARY);
    expect(second.response.headers.get("x-switchyard-affinity")).toBe("hit");
  });
});
