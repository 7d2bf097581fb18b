/**
 * Wire shapes the simulator does not produce, from a scripted upstream: OpenRouter's mid-stream error chunk,
 * a bare `finish_reason: "error"`, an error chunk before any content, comments between content chunks.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChatStream } from "../../../src/routing/fallback/run-chat-stream.js";
import { createUpstreamClient, type UpstreamClient } from "../../../src/upstream/upstream-client.js";
import { collect, startFallbackKit, TEST_CHAIN, type FallbackKit } from "./fallback-test-kit.js";

const [PRIMARY, SECONDARY] = TEST_CHAIN;
const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}): string =>
  `data: ${JSON.stringify({ id: `gen-${model}`, object: "chat.completion.chunk", model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
const GOOD = (model: string): string[] => [chunk(model, { role: "assistant", content: "" }), chunk(model, { content: "Hello" }), chunk(model, {}, "stop"), "data: [DONE]\n\n"];

describe("streams from a scripted upstream", () => {
  const scripts = new Map<string, string[]>();
  let server: Server;
  let kit: FallbackKit;
  let upstream: UpstreamClient;
  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = "";
      request.on("data", (piece: Buffer) => (text += piece.toString()));
      request.on("end", () => {
        const model = (JSON.parse(text) as { model: string }).model;
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.end((scripts.get(model) ?? GOOD(model)).join(""));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    kit = await startFallbackKit();
    upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`, connectTimeoutMs: 1_000 });
  });
  afterAll(async () => {
    await upstream.close();
    await kit.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it("OpenRouter's mid-stream error chunk ends the stream with our error event, never [DONE]", async () => {
    scripts.set(PRIMARY, [chunk(PRIMARY, { content: "Hel" }), chunk(PRIMARY, { content: "" }, "error", { error: { code: 502, message: "Provider disconnected" } })]);
    const session = await runChatStream(kit.deps({ upstream }), kit.request({ stream: true }), { resume: false });
    const text = await collect(session.chunks);
    expect(text).not.toContain("[DONE]");
    expect(text).toContain("Provider disconnected");
    expect((await session.outcome).status).toBe("failed");
  });

  it('a bare finish_reason "error" after content is a failure, not a finish', async () => {
    scripts.set(PRIMARY, [chunk(PRIMARY, { content: "Hel" }), chunk(PRIMARY, {}, "error"), "data: [DONE]\n\n"]);
    const session = await runChatStream(kit.deps({ upstream }), kit.request({ stream: true }), { resume: false });
    const text = await collect(session.chunks);
    expect(text).not.toContain("[DONE]");
    expect((await session.outcome).status).toBe("failed");
  });

  it("an error chunk before any content fails over invisibly", async () => {
    scripts.set(PRIMARY, [": OPENROUTER PROCESSING\n\n", chunk(PRIMARY, { content: "" }, "error", { error: { code: 503, message: "No instances available" } })]);
    const session = await runChatStream(kit.deps({ upstream }), kit.request({ stream: true }), { resume: false });
    const text = await collect(session.chunks);
    expect(session.model).toBe(SECONDARY);
    expect(text).not.toContain(PRIMARY);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  it("passes comments between content chunks through and completes", async () => {
    scripts.set(PRIMARY, [chunk(PRIMARY, { content: "Hel" }), ": OPENROUTER PROCESSING\n\n", chunk(PRIMARY, { content: "lo" }, "stop"), "data: [DONE]\n\n"]);
    const session = await runChatStream(kit.deps({ upstream }), kit.request({ stream: true }), { resume: false });
    const text = await collect(session.chunks);
    expect(text).toContain(": OPENROUTER PROCESSING");
    expect((await session.outcome).text).toBe("Hello");
  });
});

describe("non-streaming answers from a scripted upstream", () => {
  it('fails over when the answer ends with finish_reason "error" (OpenRouter puts the error on the choice)', async () => {
    const { runChatCompletion } = await import("../../../src/routing/fallback/run-chat-completion.js");
    const server = createServer((request, response) => {
      let text = "";
      request.on("data", (piece: Buffer) => (text += piece.toString()));
      request.on("end", () => {
        const model = (JSON.parse(text) as { model: string }).model;
        const failed = model === PRIMARY;
        const choice = failed
          ? { index: 0, message: { role: "assistant", content: "Hal" }, finish_reason: "error", error: { code: 502, message: "Provider returned error" } }
          : { index: 0, message: { role: "assistant", content: "Hello" }, finish_reason: "stop" };
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ id: "x", object: "chat.completion", model, choices: [choice], usage: { prompt_tokens: 1, completion_tokens: 1 } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const kit = await startFallbackKit();
    const upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`, connectTimeoutMs: 1_000 });
    try {
      const result = await runChatCompletion(kit.deps({ upstream }), kit.request());
      expect(result.model).toBe(SECONDARY);
      expect(result.run.attempts[0]).toMatchObject({ model: PRIMARY, errorType: "http", status: 502 });
    } finally {
      await upstream.close();
      await kit.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
