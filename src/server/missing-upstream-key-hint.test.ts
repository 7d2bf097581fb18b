/**
 * A newcomer's gateway (started without OPENROUTER_API_KEY, not `--simulate`) on a machine with no network answered
 * every request with a 502 listing four `connection failed (ENOTFOUND)` attempts, and nothing said what that meant or
 * that `serve --simulate` runs offline. Its failed chain now ends with that hint; a gateway with its upstream key (a
 * production one, whose callers are not the operator) keeps the plain list.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { defaultConfig, parseConfig } from "../config/parse-config.js";
import type { UpstreamClient } from "../upstream/upstream-client.js";
import { createApp } from "./create-app.js";
import { startServer } from "./start-server.js";

const offline: UpstreamClient = {
  chatCompletions: () => Promise.reject(Object.assign(new Error("getaddrinfo ENOTFOUND openrouter.ai"), { code: "ENOTFOUND" })),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

const chat = { model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] };

async function failedChain(missingUpstreamKeyEnv: string | undefined, url = "/v1/chat/completions") {
  const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: offline, sleep: async () => {}, ...(missingUpstreamKeyEnv ? { missingUpstreamKeyEnv } : {}) });
  const body = url === "/v1/messages" ? { ...chat, max_tokens: 50 } : chat;
  const response = await app.inject({ method: "POST", url, payload: body });
  await app.close();
  return response;
}

describe("a failed chain on a gateway started without its upstream key", () => {
  it("says the upstream's host does not resolve and how to try offline (serve --simulate), or set the key", async () => {
    const response = await failedChain("OPENROUTER_API_KEY");
    expect(response.statusCode).toBe(502);
    const message = response.json<{ error: { message: string } }>().error.message;
    expect(message).toMatch(/connection failed \(ENOTFOUND\)/);
    expect(message).toMatch(/started without OPENROUTER_API_KEY/);
    expect(message).toMatch(/host name does not resolve/);
    expect(message).toMatch(/`switchyard serve --simulate`/);
    expect(message).not.toMatch(/openrouter\.ai/);
  });

  it("says it in the Anthropic door's envelope too", async () => {
    const response = await failedChain("OPENROUTER_API_KEY", "/v1/messages");
    expect(response.statusCode).toBe(502);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/`switchyard serve --simulate`/);
  });

  it("keeps the plain attempt list on a gateway that has its key (its callers are not its operator)", async () => {
    const response = await failedChain(undefined);
    expect(response.statusCode).toBe(502);
    expect(response.json<{ error: { message: string } }>().error.message).not.toMatch(/simulate|OPENROUTER_API_KEY/);
  });
});

describe("which gateways are started without their upstream key (startServer)", () => {
  const dir = mkdtempSync(join(tmpdir(), "switchyard-key-hint-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function served(name: string, upstreamUrl: string | undefined, upstream?: UpstreamClient, baseUrl?: string): Promise<string> {
    const config = parseConfig({ storage: { sqlite: join(dir, `${name}.db`) }, ...(baseUrl === undefined ? {} : { upstream: { base_url: baseUrl } }) });
    const server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, logStream: { write: () => {} }, ...(upstreamUrl === undefined ? {} : { upstreamUrl }), app: { sleep: async () => {}, ...(upstream ? { upstream } : {}) } });
    try {
      const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chat });
      expect(response.statusCode).toBe(502);
      return response.json<{ error: { message: string } }>().error.message;
    } finally {
      await server.close();
    }
  }

  it("one calling OpenRouter (the default upstream) gets the hint", async () => {
    expect(await served("openrouter", undefined, offline)).toMatch(/started without OPENROUTER_API_KEY.*serve --simulate/);
  });

  it("one calling an upstream of its own (--upstream-url: a proxy that adds the key, a simulator) keeps the plain list: it may serve callers who cannot run serve", async () => {
    const message = await served("own-upstream", "http://127.0.0.1:9/api/v1");
    expect(message).toMatch(/connection failed/);
    expect(message).not.toMatch(/OPENROUTER_API_KEY|simulate/);
  });

  it("so does one whose config names another upstream (upstream.base_url)", async () => {
    expect(await served("config-upstream", undefined, offline, "https://llm-proxy.internal.example/api/v1")).not.toMatch(/OPENROUTER_API_KEY|simulate/);
  });
});
